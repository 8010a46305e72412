"""Jinja2 templates and the Markdown filter (raw HTML in content is escaped, never rendered)."""

from __future__ import annotations

from pathlib import Path

from fastapi.templating import Jinja2Templates
from markdown_it import MarkdownIt
from markupsafe import Markup

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False})

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def render_markdown(text: str) -> Markup:
    """Return ``text`` rendered from Markdown to HTML, with any raw HTML escaped."""
    return Markup(_markdown.render(text))  # noqa: S704 - html=False escapes raw HTML


templates.env.filters["markdown"] = render_markdown
