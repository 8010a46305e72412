"""Split a Markdown file into YAML front matter and body, with precise error messages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

_FENCE = "---"


class FrontMatterError(ValueError):
    """The front matter block is missing, unterminated, or not a YAML mapping."""


@dataclass(frozen=True)
class Document:
    """A parsed Markdown document: its front matter fields and its body text."""

    fields: dict[str, Any]
    body: str


def parse_document(text: str) -> Document:
    """Parse ``text`` (a Markdown file with YAML front matter).

    Returns:
        the front matter as a dict and the body after the closing fence.

    Raises:
        FrontMatterError: with a message an author can act on (line numbers are 1-based
            and count from the top of the file).
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        raise FrontMatterError(
            "missing front matter: the file must start with a '---' line, then YAML fields, "
            "then a closing '---' line"
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == _FENCE)
    except StopIteration:
        raise FrontMatterError("front matter is not closed: add a '---' line after the YAML fields") from None
    raw = "\n".join(lines[1:end])
    try:
        fields = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise FrontMatterError(_describe_yaml_error(exc)) from exc
    if fields is None:
        raise FrontMatterError("front matter is empty")
    if not isinstance(fields, dict):
        raise FrontMatterError(
            f"front matter must be a mapping of 'field: value' lines, got {type(fields).__name__}"
        )
    return Document(fields={str(k): v for k, v in fields.items()}, body="\n".join(lines[end + 1 :]))


def load_yaml(text: str) -> Any:
    """Parse a plain YAML file (such as ``tests.yaml``).

    Raises:
        FrontMatterError: the text is not valid YAML; the message gives line and column.
    """
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FrontMatterError(_describe_yaml_error(exc, offset=0)) from exc


def _describe_yaml_error(exc: yaml.YAMLError, offset: int = 1) -> str:
    # The front matter starts on line 2 of the file (after the opening fence), so YAML's
    # 0-based line index plus 1 for 1-based, plus the fence line, is the file's line.
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is not None:
        return f"invalid YAML at line {mark.line + 1 + offset}, column {mark.column + 1}: {problem}"
    return f"invalid YAML: {problem}"
