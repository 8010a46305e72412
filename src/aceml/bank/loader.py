"""Load content directories into a validated :class:`Bank`.

Layout of a content directory (see CONTENT.md):

- any ``*.md`` file (except ``README.md``) is one prose item (concept, behavioral, design, case);
- a folder holding ``problem.md`` is a coding problem; one holding ``task.md`` is a dataset task.

Loading never stops at the first broken file: every problem is collected as a
:class:`ContentProblem` (file, field, reason), the broken item is skipped, and the rest loads.
"""

from __future__ import annotations

import ast
import hashlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from aceml.bank.frontmatter import FrontMatterError, load_yaml, parse_document
from aceml.bank.models import (
    FREE_TEXT_MODELS,
    DatasetItem,
    FreeTextItem,
    Item,
    ProblemItem,
)
from aceml.bank.taxonomy import FREE_TEXT_KINDS, Kind

log = logging.getLogger(__name__)
_M = TypeVar("_M", bound=BaseModel)

PROBLEM_FILES = ("problem.md", "starter.py", "solution.py", "tests.yaml")
DATASET_FILES = ("task.md", "prepare.py", "score.py", "solution.py", "baseline.py")
_LOADER_FIELDS = frozenset({"source", "content_hash"})
_BODY_FIELD = {"model_answer": "model answer", "statement": "statement"}


@dataclass(frozen=True)
class ContentProblem:
    """One thing wrong with the content: where, which field, and why."""

    path: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.reason}" if self.field else f"{self.path}: {self.reason}"


class _Invalid(Exception):
    """Internal: an item could not be built; carries its problems."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__(problems)
        self.problems = problems


def display_path(path: Path) -> str:
    """Return ``path`` relative to the working directory when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def discover(root: Path) -> Iterator[Path]:
    """Yield the item sources under ``root`` in a stable order: files and item folders."""
    if root.is_file():
        yield root
        return
    for entry in sorted(root.iterdir()):
        if entry.name.startswith((".", "_")):
            continue
        if entry.is_dir():
            if (entry / "problem.md").is_file() or (entry / "task.md").is_file():
                yield entry
            else:
                yield from discover(entry)
        elif entry.suffix == ".md" and entry.name.lower() != "readme.md":
            yield entry


def load_item(source: Path) -> Item:
    """Load one item from a Markdown file or a problem/dataset folder.

    Raises:
        _Invalid: with every problem found (never a bare parsing exception).
    """
    if source.is_dir():
        if (source / "problem.md").is_file():
            return _load_problem(source)
        return _load_dataset(source)
    return _load_prose(source)


def _read_text(path: Path, problems: list[ContentProblem]) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(ContentProblem(display_path(path), "", "file is missing"))
    except UnicodeDecodeError as exc:
        problems.append(ContentProblem(display_path(path), "", f"not valid UTF-8 text ({exc.reason})"))
    except OSError as exc:
        problems.append(ContentProblem(display_path(path), "", f"cannot be read ({exc.strerror})"))
    return None


def _front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    where = display_path(path)
    try:
        document = parse_document(text)
    except FrontMatterError as exc:
        raise _Invalid([ContentProblem(where, "front matter", str(exc))]) from exc
    reserved = sorted(_LOADER_FIELDS.intersection(document.fields))
    if reserved:
        raise _Invalid([ContentProblem(where, name, "is set by the loader; remove it") for name in reserved])
    return document.fields, document.body


def _check_id_matches(path: Path, fields: dict[str, Any], expected: str) -> None:
    item_id = fields.get("id")
    if isinstance(item_id, str) and item_id != expected:
        raise _Invalid(
            [
                ContentProblem(
                    display_path(path), "id", f"{item_id!r} must match the file or folder name {expected!r}"
                )
            ]
        )


def _load_prose(path: Path) -> FreeTextItem:
    problems: list[ContentProblem] = []
    text = _read_text(path, problems)
    if text is None:
        raise _Invalid(problems)
    fields, body = _front_matter(path, text)
    where = display_path(path)
    kind = fields.get("kind")
    allowed = ", ".join(sorted(FREE_TEXT_KINDS))
    if kind is None:
        raise _Invalid([ContentProblem(where, "kind", f"required field is missing (one of {allowed})")])
    if kind not in FREE_TEXT_KINDS:
        if kind in (Kind.PROBLEM, Kind.DATASET):
            marker = "problem.md" if kind == Kind.PROBLEM else "task.md"
            reason = f"{kind!r} items are folders with {marker}, not single files"
        else:
            reason = f"unknown kind {kind!r}; a Markdown item is one of {allowed}"
        raise _Invalid([ContentProblem(where, "kind", reason)])
    _check_id_matches(path, fields, path.stem)
    if "model_answer" in fields:
        raise _Invalid(
            [
                ContentProblem(
                    where, "model_answer", "write the model answer as the body after the front matter"
                )
            ]
        )
    model = FREE_TEXT_MODELS[Kind(kind)]
    data = {**fields, "model_answer": body, "source": where, "content_hash": _hash_file(text)}
    return _validate(model, data, where)


def _read_folder(
    folder: Path, names: Sequence[str], kind: Kind
) -> tuple[dict[str, str], dict[str, Any], str]:
    """Read an item folder's required files; the first names the Markdown file with the front matter."""
    problems: list[ContentProblem] = []
    texts = {name: _read_text(folder / name, problems) for name in names}
    if problems:
        raise _Invalid(problems)
    markdown = folder / names[0]
    contents = {name: text or "" for name, text in texts.items()}
    fields, body = _front_matter(markdown, contents[names[0]])
    _check_id_matches(markdown, fields, folder.name)
    fields.setdefault("kind", kind.value)
    return contents, fields, body


def _load_problem(folder: Path) -> ProblemItem:
    texts, fields, body = _read_folder(folder, PROBLEM_FILES, Kind.PROBLEM)
    problems: list[ContentProblem] = []
    entry_point = fields.get("entry_point")
    for name in ("starter.py", "solution.py"):
        problems.extend(_check_python(folder / name, texts[name], entry_point))
    tests = _parse_tests(folder / "tests.yaml", texts["tests.yaml"], problems)
    wrong: dict[str, str] = {}
    wrong_dir = folder / "wrong"
    if wrong_dir.is_dir():
        for path in sorted(wrong_dir.glob("*.py")):
            code = _read_text(path, problems)
            if code is not None:
                problems.extend(_check_python(path, code, entry_point))
                wrong[path.name] = code
    generator = _optional_python(folder / "generator.py", problems)
    if problems:
        raise _Invalid(problems)
    data = {
        **fields,
        "statement": body,
        "starter_code": texts["starter.py"],
        "solution_code": texts["solution.py"],
        "sample_tests": tests.get("sample", []),
        "hidden_tests": tests.get("hidden", []),
        "generator_code": generator,
        "wrong_solutions": wrong,
        "source": display_path(folder),
        "content_hash": _hash_folder(folder),
    }
    return _validate(ProblemItem, data, display_path(folder / "problem.md"))


def _load_dataset(folder: Path) -> DatasetItem:
    texts, fields, body = _read_folder(folder, DATASET_FILES, Kind.DATASET)
    entry_points = {
        "prepare.py": "prepare",
        "score.py": "score",
        "solution.py": "fit_predict",
        "baseline.py": "fit_predict",
    }
    problems = [
        p for name, entry in entry_points.items() for p in _check_python(folder / name, texts[name], entry)
    ]
    trap: str | None = None
    if (folder / "trap.py").is_file():
        trap = _read_text(folder / "trap.py", problems)
        if trap is not None:
            problems.extend(_check_python(folder / "trap.py", trap, "fit_predict"))
    if problems:
        raise _Invalid(problems)
    data = {
        **fields,
        "statement": body,
        "prepare_code": texts["prepare.py"],
        "score_code": texts["score.py"],
        "solution_code": texts["solution.py"],
        "baseline_code": texts["baseline.py"],
        "trap_code": trap,
        "source": display_path(folder),
        "content_hash": _hash_folder(folder),
    }
    return _validate(DatasetItem, data, display_path(folder / "task.md"))


def _optional_python(path: Path, problems: list[ContentProblem]) -> str | None:
    if not path.is_file():
        return None
    code = _read_text(path, problems)
    if code is not None:
        problems.extend(_check_python(path, code, "generate"))
    return code


def _check_python(path: Path, code: str, entry_point: object) -> list[ContentProblem]:
    """Parse (never run) a Python file; check it defines the entry point if one is named."""
    where = display_path(path)
    try:
        tree = ast.parse(code, filename=where)
    except SyntaxError as exc:
        return [ContentProblem(where, f"line {exc.lineno}", f"Python syntax error: {exc.msg}")]
    if isinstance(entry_point, str):
        defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
        if entry_point not in defined:
            return [ContentProblem(where, "entry_point", f"does not define a function {entry_point!r}")]
    return []


def _parse_tests(path: Path, text: str, problems: list[ContentProblem]) -> dict[str, Any]:
    where = display_path(path)
    try:
        tests = load_yaml(text)
    except FrontMatterError as exc:
        problems.append(ContentProblem(where, "", str(exc)))
        return {}
    if not isinstance(tests, dict):
        problems.append(ContentProblem(where, "", "must be a mapping with 'sample' and 'hidden' lists"))
        return {}
    unknown = sorted(set(tests) - {"sample", "hidden"})
    for key in unknown:
        problems.append(ContentProblem(where, str(key), "unknown section; use 'sample' and 'hidden'"))
    for key in ("sample", "hidden"):
        if key in tests and not isinstance(tests[key], list):
            problems.append(ContentProblem(where, key, "must be a list of tests"))
    return tests


def _validate(model: type[_M], data: dict[str, Any], where: str) -> _M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise _Invalid([_describe(error, where, model) for error in exc.errors()]) from exc


def _describe(error: Any, where: str, model: type[BaseModel]) -> ContentProblem:
    loc = error["loc"]
    field = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc).lstrip(".")
    if loc and loc[0] in _BODY_FIELD:
        field = f"body ({_BODY_FIELD[str(loc[0])]})"
    message = str(error["msg"]).removeprefix("Value error, ")
    kind = error["type"]
    if kind == "missing":
        message = "required field is missing"
    elif kind == "extra_forbidden":
        allowed = sorted(
            (info.alias or name)
            for name, info in model.model_fields.items()
            if name not in _LOADER_FIELDS and name not in _BODY_FIELD
        )
        message = (
            f"unknown field; allowed fields here: {', '.join(allowed)}" if len(loc) == 1 else "unknown field"
        )
    elif kind.endswith("_type") and "input" in error:
        message = f"{message} (got {type(error['input']).__name__})"
    return ContentProblem(where, field, message)


def _hash_file(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _hash_folder(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def load_sources(sources: Sequence[Path]) -> tuple[list[Item], list[ContentProblem]]:
    """Load each source; return the valid items and the problems of the invalid ones."""
    items: list[Item] = []
    problems: list[ContentProblem] = []
    for source in sources:
        try:
            items.append(load_item(source))
        except _Invalid as exc:
            problems.extend(exc.problems)
    return items, problems
