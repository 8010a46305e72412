"""Pydantic models of bank items, one per kind (see CONTENT.md for the file formats).

Front matter is validated strictly: unknown fields are errors, so a typo such as
``key_point:`` is reported instead of silently ignored. ``source`` and ``content_hash``
are filled in by the loader, never by authors.
"""

from __future__ import annotations

import keyword
import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    StringConstraints,
    field_validator,
    model_validator,
)

from aceml.bank.taxonomy import Competency, Difficulty, Kind, ProblemGroup, Stage, Topic, closest

MIN_KEY_POINTS = 3
MAX_KEY_POINTS = 7
MAX_WEIGHT = 5.0
MIN_MODEL_ANSWER_WORDS = 30

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=1, max_length=80),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _member_of(enum: type[StrEnum], label: str) -> BeforeValidator:
    """Validate a taxonomy value with a message that suggests the closest known value."""

    def check(value: object) -> object:
        if isinstance(value, str) and value not in enum._value2member_map_:
            guess = closest(value, enum)
            hint = f" (did you mean {guess!r}?)" if guess else ""
            known = ", ".join(member.value for member in enum)
            raise ValueError(f"unknown {label} {value!r}{hint}; known {label}s: {known}")
        return value

    return BeforeValidator(check)


TopicField = Annotated[Topic, _member_of(Topic, "topic")]
StageField = Annotated[Stage, _member_of(Stage, "stage")]
CompetencyField = Annotated[Competency, _member_of(Competency, "competency")]
DifficultyField = Annotated[Difficulty, _member_of(Difficulty, "difficulty")]


def _unique(values: list[Any], what: str) -> list[Any]:
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{what} {value!r} is listed twice")
        seen.add(value)
    return values


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KeyPoint(_Model):
    """One checkable idea a strong answer contains."""

    id: Slug
    text: Text
    weight: float = Field(default=1.0, gt=0, le=MAX_WEIGHT)
    aliases: list[Text] = Field(default_factory=list)
    # The terms that name this point's technique, method, remedy or concept ("SMOTE", "nested CV"):
    # a bare list of terms holding one of them earns the point partial credit. [] says no single
    # term names it (a relationship, trade-off, condition or reason); None leaves it to a heuristic.
    names: list[Text] | None = None

    @field_validator("names")
    @classmethod
    def _names_have_words(cls, names: list[str] | None) -> list[str] | None:
        unmatchable = [name for name in names or [] if not re.search(r"[A-Za-z0-9]", name)]
        if unmatchable:
            raise ValueError(f"names need a letter or digit to be matched: {', '.join(unmatchable)}")
        return names


class Mistake(_Model):
    """A misconception interviewers hear; detected as an anti-point."""

    id: Slug
    text: Text
    aliases: list[Text] = Field(default_factory=list)


class ItemBase(_Model):
    """Fields every item has, whatever its kind."""

    id: Slug
    kind: Kind
    topics: list[TopicField] = Field(min_length=1)
    stages: list[StageField] = Field(min_length=1)
    competencies: list[CompetencyField] = Field(min_length=1)
    difficulty: DifficultyField
    source: str = ""
    content_hash: str = ""

    @field_validator("topics", "stages", "competencies")
    @classmethod
    def _no_repeats(cls, values: list[Any]) -> list[Any]:
        return _unique(values, "value")

    @property
    def title(self) -> str:
        """Return a one-line label for lists and search results."""
        raise NotImplementedError


class Level(StrEnum):
    """Seniority a question is typical for, where that matters."""

    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"


class FreeTextItem(ItemBase):
    """An item answered in prose and graded by key-point coverage."""

    prompt: Text
    levels: list[Annotated[Level, _member_of(Level, "level")]] = Field(default_factory=list)
    key_points: list[KeyPoint]
    mistakes: list[Mistake] = Field(min_length=1)
    follow_ups: list[Slug] = Field(default_factory=list)
    model_answer: str

    @field_validator("key_points")
    @classmethod
    def _key_point_count(cls, points: list[KeyPoint]) -> list[KeyPoint]:
        if not MIN_KEY_POINTS <= len(points) <= MAX_KEY_POINTS:
            raise ValueError(f"expected {MIN_KEY_POINTS} to {MAX_KEY_POINTS} key points, found {len(points)}")
        _unique([point.id for point in points], "key point id")
        return points

    @field_validator("mistakes")
    @classmethod
    def _mistake_ids(cls, mistakes: list[Mistake]) -> list[Mistake]:
        _unique([mistake.id for mistake in mistakes], "mistake id")
        return mistakes

    @field_validator("follow_ups")
    @classmethod
    def _follow_up_ids(cls, ids: list[str]) -> list[str]:
        return _unique(ids, "follow-up")

    @field_validator("model_answer")
    @classmethod
    def _model_answer_length(cls, text: str) -> str:
        words = len(text.split())
        if words < MIN_MODEL_ANSWER_WORDS:
            raise ValueError(
                f"the model answer (the Markdown body after the front matter) has {words} "
                f"words; it needs at least {MIN_MODEL_ANSWER_WORDS}"
            )
        return text.strip()

    @property
    def title(self) -> str:
        """Return the prompt, which is what lists show for prose items."""
        return self.prompt

    @property
    def total_weight(self) -> float:
        """Return the sum of the key points' weights."""
        return sum(point.weight for point in self.key_points)


class ConceptItem(FreeTextItem):
    """A technical question."""

    kind: Literal[Kind.CONCEPT] = Kind.CONCEPT


class BehavioralItem(FreeTextItem):
    """Background, project stories, career goals, culture fit, trends, strategy."""

    kind: Literal[Kind.BEHAVIORAL] = Kind.BEHAVIORAL


class DesignItem(FreeTextItem):
    """ML system design, graded by a rubric of components."""

    kind: Literal[Kind.DESIGN] = Kind.DESIGN


class CaseItem(FreeTextItem):
    """A business case study or project presentation prompt."""

    kind: Literal[Kind.CASE] = Kind.CASE


class Limits(_Model):
    """Resource limits for running a candidate's code."""

    cpu_s: float = Field(gt=0, le=120)
    wall_s: float = Field(gt=0, le=600)
    memory_mb: int = Field(ge=16, le=8192)

    @model_validator(mode="after")
    def _wall_covers_cpu(self) -> Limits:
        if self.wall_s < self.cpu_s:
            raise ValueError("wall_s must be at least cpu_s")
        return self


class CheckerKind(StrEnum):
    """How a problem's output is compared with the expected output."""

    EXACT = "exact"
    ALLCLOSE = "allclose"
    SIGN_INVARIANT = "sign-invariant"
    PERMUTATION_INVARIANT = "permutation-invariant"
    PROBABILITY = "probability"
    PROPERTY = "property"


PROPERTY_CHECKS = frozenset({"loss-decreases", "agreement-at-least"})
_CHECKER_OPTIONS: dict[CheckerKind, tuple[str, frozenset[str]]] = {
    CheckerKind.SIGN_INVARIANT: ("per", frozenset({"row", "column", "whole"})),
    CheckerKind.PERMUTATION_INVARIANT: ("mode", frozenset({"labels", "rows"})),
    CheckerKind.PROPERTY: ("property", PROPERTY_CHECKS),
}


class Checker(_Model):
    """The checker named in a problem's front matter, with its tolerances."""

    kind: Annotated[CheckerKind, _member_of(CheckerKind, "checker kind")]
    rtol: float = Field(default=1e-6, ge=0)
    atol: float = Field(default=1e-8, ge=0)
    options: dict[str, JsonValue] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_option(self) -> Checker:
        if self.kind in _CHECKER_OPTIONS:
            name, allowed = _CHECKER_OPTIONS[self.kind]
            value = self.options.get(name)
            if value is None and self.kind != CheckerKind.PROPERTY:
                return self
            if value not in allowed:
                raise ValueError(f"options.{name} must be one of {', '.join(sorted(allowed))}, got {value!r}")
        return self


class TestCase(_Model):
    """One test: keyword arguments for the entry point, as plain data."""

    __test__ = False  # not a pytest test class

    input: dict[str, JsonValue]
    name: str | None = None


DATASET_MIN_MEMORY_MB = 1024


def _require_section(statement: str, heading: str, purpose: str) -> str:
    if not re.search(rf"^## {heading}\s*$", statement, re.MULTILINE):
        raise ValueError(f"the statement needs a '## {heading}' section {purpose}")
    return statement


class ProblemItem(ItemBase):
    """A coding problem judged against sample and hidden tests (a folder)."""

    kind: Literal[Kind.PROBLEM] = Kind.PROBLEM
    title_text: Text = Field(alias="title")
    group: Annotated[ProblemGroup, _member_of(ProblemGroup, "problem group")]
    entry_point: str
    signature: Text
    array_args: list[str] = Field(default_factory=list)
    limits: Limits
    checker: Checker
    statement: Text
    starter_code: str
    solution_code: str
    sample_tests: list[TestCase] = Field(min_length=1)
    hidden_tests: list[TestCase] = Field(default_factory=list)
    generator_code: str | None = None
    wrong_solutions: dict[str, str] = Field(default_factory=dict)

    model_config = ConfigDict(populate_by_name=True)

    @field_validator("entry_point")
    @classmethod
    def _identifier(cls, name: str) -> str:
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f"{name!r} is not a valid Python function name")
        return name

    @field_validator("statement")
    @classmethod
    def _states_how_it_is_checked(cls, statement: str) -> str:
        return _require_section(statement, "Checking", "naming tolerances and tie-breaking rules")

    @model_validator(mode="after")
    def _array_args_are_inputs(self) -> ProblemItem:
        for test in [*self.sample_tests, *self.hidden_tests]:
            missing = [name for name in self.array_args if name not in test.input]
            if missing:
                raise ValueError(f"array_args {missing} are not inputs of every test")
        return self

    @property
    def has_generator(self) -> bool:
        """Return True when hidden inputs also come from ``generator.py``."""
        return self.generator_code is not None

    @property
    def title(self) -> str:
        """Return the problem's title."""
        return self.title_text


class DatasetAnalysis(_Model):
    """The short written analysis a candidate submits with a dataset task, graded by key points."""

    prompt: Text
    key_points: list[KeyPoint] = Field(min_length=3, max_length=7)
    model_answer: Text

    @field_validator("key_points")
    @classmethod
    def _unique_ids(cls, points: list[KeyPoint]) -> list[KeyPoint]:
        seen = [point.id for point in points]
        duplicates = sorted({name for name in seen if seen.count(name) > 1})
        if duplicates:
            raise ValueError(f"duplicate key point ids: {', '.join(duplicates)}")
        return points


class DatasetItem(ItemBase):
    """A dataset task: train on a split, scored on held-out data (a folder).

    Trusted code in the folder makes the split (``prepare.py``) and scores predictions
    (``score.py``); ``solution.py`` must pass, ``baseline.py`` must not, and the optional
    ``trap.py`` (a leakage trap) passes the public split but fails the private one.
    """

    kind: Literal[Kind.DATASET] = Kind.DATASET
    title_text: Text = Field(alias="title")
    seed: int = 0
    metric: Text  # what score.py computes, in words ("recall at 80% precision")
    greater_is_better: bool
    threshold: float
    limits: Limits
    gap_feedback: Text | None = None
    analysis: DatasetAnalysis
    statement: Text
    prepare_code: str
    score_code: str
    solution_code: str
    baseline_code: str
    trap_code: str | None = None

    model_config = ConfigDict(populate_by_name=True)

    @field_validator("statement")
    @classmethod
    def _states_the_scoring(cls, statement: str) -> str:
        return _require_section(statement, "Scoring", "with the metric, threshold and conventions")

    @field_validator("limits")
    @classmethod
    def _room_for_pandas(cls, limits: Limits) -> Limits:
        if limits.memory_mb < DATASET_MIN_MEMORY_MB:
            raise ValueError(
                f"dataset tasks need memory_mb >= {DATASET_MIN_MEMORY_MB} (pandas and scikit-learn)"
            )
        return limits

    def passes(self, score: float) -> bool:
        """Return True if ``score`` meets the task's threshold."""
        return score >= self.threshold if self.greater_is_better else score <= self.threshold

    @property
    def title(self) -> str:
        """Return the task's title."""
        return self.title_text


Item = FreeTextItem | ProblemItem | DatasetItem

FREE_TEXT_MODELS: dict[Kind, type[FreeTextItem]] = {
    Kind.CONCEPT: ConceptItem,
    Kind.BEHAVIORAL: BehavioralItem,
    Kind.DESIGN: DesignItem,
    Kind.CASE: CaseItem,
}
