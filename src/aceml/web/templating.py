"""Jinja2 templates and the Markdown filter (raw HTML in content is escaped, never rendered)."""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markdown_it import MarkdownIt
from markupsafe import Markup

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")  # task data tables

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def render_markdown(text: str) -> Markup:
    """Return ``text`` rendered from Markdown to HTML, with any raw HTML escaped."""
    return Markup(_markdown.render(text))  # noqa: S704 - html=False escapes raw HTML


def csrf_value(request: Request) -> str:
    """The CSRF token for this request's session ('' in local mode)."""
    from aceml.web.security import csrf_token

    return csrf_token(request.app.state.runtime, request)


def csrf_input(request: Request) -> Markup:
    """A hidden form field carrying the CSRF token (nothing in local mode)."""
    token = csrf_value(request)
    return Markup('<input type="hidden" name="csrf_token" value="{}">').format(token) if token else Markup("")


def signed_in(request: Request) -> bool:
    """True in server mode with a valid session (shows the sign-out button)."""
    from aceml.web.security import server_mode, session_user

    runtime = request.app.state.runtime
    return server_mode(runtime) and session_user(runtime, request) is not None


templates.env.filters["markdown"] = render_markdown
templates.env.globals.update(csrf_input=csrf_input, csrf_value=csrf_value, signed_in=signed_in)
