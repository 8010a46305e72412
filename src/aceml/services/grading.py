"""Grading free-text answers: against a bank item, a reference answer, or a batch."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from aceml.bank.models import DatasetItem, FreeTextItem
from aceml.errors import InputError
from aceml.grading.matcher import GradeResult, Point, grade, item_points, point_texts, points_from_reference
from aceml.services.runtime import Runtime

MAX_ANSWER_CHARS = 20_000


def _check_answer(answer: str) -> str:
    if len(answer) > MAX_ANSWER_CHARS:
        raise InputError(f"the answer is {len(answer)} characters; the limit is {MAX_ANSWER_CHARS}")
    return answer


def grade_item_answer(*, runtime: Runtime, item_id: str, answer: str) -> GradeResult:
    """Grade an answer to a bank item (for a dataset task: its written analysis).

    Raises:
        ItemNotFound: no such item.
        InputError: the item is not answered in prose, or the answer is too long.
    """
    item = runtime.bank.get(item_id)
    if not isinstance(item, FreeTextItem | DatasetItem):
        raise InputError(f"{item_id!r} is a {item.kind} item; it is judged, not graded (try `aceml judge`)")
    points, mistakes = item_points(item)
    result = grade(
        answer=_check_answer(answer),
        points=points,
        mistakes=mistakes,
        question=item.analysis.prompt if isinstance(item, DatasetItem) else item.prompt,
        embedder=runtime.embedder,
    )
    runtime.save_embeddings()
    return result


def grade_dataset_analysis(*, runtime: Runtime, item_id: str, answer: str) -> GradeResult:
    """Grade a dataset task's written analysis against its key points.

    Raises:
        ItemNotFound: no such item.
        InputError: the item is not a dataset task, or the answer is empty or too long.
    """
    if not isinstance(runtime.bank.get(item_id), DatasetItem):
        raise InputError(f"{item_id!r} is not a dataset task; only those have a written analysis")
    if not answer.strip():
        raise InputError("the answer is empty")
    return grade_item_answer(runtime=runtime, item_id=item_id, answer=answer)


def grade_reference_answer(
    *, runtime: Runtime, reference: str, answer: str, question: str = ""
) -> GradeResult:
    """Grade an answer against a reference answer whose sentences become the key points.

    Raises:
        InputError: the reference has no sentence, or the answer is too long.
    """
    points = points_from_reference(reference)
    if not points:
        raise InputError("the reference answer is empty")
    return grade(
        answer=_check_answer(answer),
        points=points,
        question=question,
        embedder=runtime.embedder,
        learned=False,
    )


def _batch_line(runtime: Runtime, raw: str) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return {"error": f"not valid JSON: {exc.msg}"}
    if not isinstance(data, dict):
        return {"error": "each line must be a JSON object"}
    answer = data.get("answer")
    if not isinstance(answer, str):
        return {"error": "'answer' (a string) is required"}
    question = data.get("question", "")
    if not isinstance(question, str):
        return {"error": "'question' must be a string"}
    try:
        if isinstance(data.get("reference"), str):
            return grade_reference_answer(
                runtime=runtime, reference=data["reference"], answer=answer, question=question
            ).to_dict()
        key_points = data.get("key_points")
        if (
            isinstance(key_points, list)
            and key_points
            and all(isinstance(k, str) and k.strip() for k in key_points)
        ):
            points = [Point(f"k{i}", text) for i, text in enumerate(key_points, 1)]
            return grade(
                answer=_check_answer(answer), points=points, question=question, embedder=runtime.embedder
            ).to_dict()
    except InputError as exc:
        return {"error": str(exc)}
    return {"error": "give 'reference' (a string) or 'key_points' (a list of strings)"}


def grade_batch(*, runtime: Runtime, lines: Iterable[str]) -> list[dict[str, Any]]:
    """Grade one JSON object per line; a bad line yields an error object, never a crash."""
    results = [_batch_line(runtime, line) for line in lines if line.strip()]
    runtime.save_embeddings()
    return results


WARM_CHUNK = 256


def warm_grader(runtime: Runtime) -> int:
    """Embed every bank item's key points and mistakes ahead of the first answer; return how many
    texts were embedded.

    A web server calls it once in the background at start: the first answer to each question then
    pays only for the answer. Vectors already in the on-disk cache cost nothing, so only the very
    first start of an installation (or new content) does real work; chunks keep the embedder's
    lock free for answers in between.
    """
    if not runtime.embedder.semantic:
        return 0
    texts: list[str] = []
    for item in runtime.bank:
        if isinstance(item, FreeTextItem | DatasetItem):
            points, mistakes = item_points(item)
            question = item.analysis.prompt if isinstance(item, DatasetItem) else item.prompt
            texts.extend(point_texts(points, mistakes, question))
    for start in range(0, len(texts), WARM_CHUNK):
        runtime.embedder.encode(texts[start : start + WARM_CHUNK])
    runtime.save_embeddings()
    return len(texts)
