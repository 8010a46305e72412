"""``aceml serve``: start the web app."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from aceml.cli.context import runtime
from aceml.cli.errors import translate_errors
from aceml.errors import ConfigError


@translate_errors
def serve(
    host: Annotated[
        str | None, typer.Option(help="Interface to bind (default ACEML_HOST or 127.0.0.1).")
    ] = None,
    port: Annotated[
        int | None, typer.Option(min=1, max=65535, help="Port (default ACEML_PORT or 8000).")
    ] = None,
) -> None:
    """Serve the web app (local mode: this machine only, no login)."""
    import threading

    import uvicorn

    from aceml.cli import render
    from aceml.services.grading import warm_grader
    from aceml.web.app import create_app

    state = runtime()
    updates = {key: value for key, value in {"host": host, "port": port}.items() if value is not None}
    settings = state.settings.model_copy(update=updates)
    _refuse_unsafe_bind(settings.mode, settings.host)
    state.settings = settings
    application = create_app(state)
    # The grader embeds the bank's key points in the background, so the first answer to each
    # question is as fast as the rest (a no-op when the vectors are already cached on disk).
    threading.Thread(target=warm_grader, args=(state,), name="warm-grader", daemon=True).start()
    render.info(
        f"aceml is serving {len(state.bank)} items on http://{settings.host}:{settings.port}  (Ctrl+C stops)"
    )
    uvicorn.run(application, host=settings.host, port=settings.port, log_level="warning")


def _refuse_unsafe_bind(mode: str, host: str) -> None:
    if mode == "server":
        return  # accounts, sessions and CSRF protect it; the secret was checked by the settings
    if host == "localhost":
        return
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ConfigError(
            f"local mode has no login, so it binds only to this machine; {host!r} is not a loopback address"
        )


def register(app: typer.Typer) -> None:
    """Add this module's command to the root app."""
    app.command("serve")(serve)
