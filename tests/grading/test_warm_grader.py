"""Warming the grader: the bank's key points are embedded once and kept on disk for the next start."""

from __future__ import annotations

import numpy as np

from aceml.bank.models import FreeTextItem
from aceml.config import Settings
from aceml.grading.embeddings import model_available
from aceml.grading.matcher import item_points, point_texts
from aceml.services.grading import warm_grader
from aceml.services.runtime import Runtime


def test_warming_embeds_every_point_and_mistake_and_persists_them(settings: Settings) -> None:
    runtime = Runtime(settings)
    prose = [item for item in runtime.bank if isinstance(item, FreeTextItem)]
    expected = sum(len(points) + len(mistakes) for points, mistakes in map(item_points, prose))
    if not model_available():
        assert warm_grader(runtime) == 0  # the lexical fallback has nothing to warm
        return
    assert warm_grader(runtime) == expected > 0
    unique = {text for item in prose for text in point_texts(*item_points(item), item.prompt)}
    with np.load(settings.data_dir / "embeddings.npz") as stored:
        assert len(stored.files) == len(unique)  # each distinct text once
    assert warm_grader(Runtime(settings)) == expected  # a second start finds them all cached


def test_the_lexical_backend_needs_no_warming(settings: Settings) -> None:
    runtime = Runtime(settings.model_copy(update={"grader_backend": "lexical"}))
    assert warm_grader(runtime) == 0
