"""The taxonomy of the bank, defined once: kinds, stages, competencies, difficulty, topics.

Extend these enums deliberately; the validator, the stats and every filter read them.
"""

from __future__ import annotations

import difflib
from enum import StrEnum


class Kind(StrEnum):
    """What sort of item this is, and so how it is practised and graded."""

    CONCEPT = "concept"
    BEHAVIORAL = "behavioral"
    DESIGN = "design"
    CASE = "case"
    PROBLEM = "problem"
    DATASET = "dataset"


FREE_TEXT_KINDS = frozenset({Kind.CONCEPT, Kind.BEHAVIORAL, Kind.DESIGN, Kind.CASE})


class Stage(StrEnum):
    """The five stages of an ML interview loop, in the order they happen."""

    SCREENING = "screening"
    TECHNICAL = "technical"
    ML_ROUND = "ml-round"
    PRESENTATION = "presentation"
    FINAL = "final"


class Competency(StrEnum):
    """What employers judge; every report shows all five."""

    TECHNICAL_SKILLS = "technical-skills"
    PRACTICAL_EXPERIENCE = "practical-experience"
    BUSINESS = "business"
    ETHICS = "ethics"
    COMMUNICATION = "communication"


class Difficulty(StrEnum):
    """How hard an item is for a mid-level candidate."""

    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class ProblemGroup(StrEnum):
    """Which part of the loop a coding problem rehearses."""

    ML_FROM_SCRATCH = "ml-from-scratch"
    CODING = "coding"
    MATH = "math"


class Topic(StrEnum):
    """Subject areas of the bank (see CONTENT.md for what each covers)."""

    FUNDAMENTALS = "fundamentals"
    LINEAR_ALGEBRA = "linear-algebra"
    CALCULUS = "calculus"
    PROBABILITY = "probability"
    STATISTICS = "statistics"
    SUPERVISED = "supervised"
    ENSEMBLES = "ensembles"
    NEURAL_NETWORKS = "neural-networks"
    UNSUPERVISED = "unsupervised"
    REINFORCEMENT_LEARNING = "reinforcement-learning"
    FEATURE_ENGINEERING = "feature-engineering"
    DATA_PROCESSING = "data-processing"
    VISUALIZATION = "visualization"
    EVALUATION = "evaluation"
    REGULARIZATION = "regularization"
    NLP = "nlp"
    COMPUTER_VISION = "computer-vision"
    RECOMMENDER_SYSTEMS = "recommender-systems"
    PYTHON = "python"
    LIBRARIES = "libraries"
    R = "r"
    MLOPS = "mlops"
    SYSTEM_DESIGN = "system-design"
    BIG_DATA = "big-data"
    CLOUD = "cloud"
    ETHICS = "ethics"
    BUSINESS = "business"
    BEHAVIORAL = "behavioral"


def closest(value: str, choices: type[StrEnum]) -> str | None:
    """Return the member of ``choices`` closest to ``value`` (for "did you mean"), or None."""
    matches = difflib.get_close_matches(value, [member.value for member in choices], n=1)
    return matches[0] if matches else None
