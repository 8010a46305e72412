"""The application factory: wires the runtime, routes, templates and error pages."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from aceml import __version__
from aceml.errors import AcemlError, InputError, ItemNotFound
from aceml.services.runtime import Runtime
from aceml.web import api, mock, pages, practice, settings
from aceml.web.templating import templates

_STATIC = Path(__file__).parent / "static"
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


class _SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        for header, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(header, value)
        return response


def create_app(runtime: Runtime) -> FastAPI:
    """Return the web app serving ``runtime``'s bank (and, later, its database)."""
    # /docs is served by pages.py from local assets: FastAPI's default page loads a CDN.
    app = FastAPI(title="aceml", version=__version__, docs_url=None, redoc_url=None)
    app.state.runtime = runtime
    app.add_middleware(_SecurityHeaders)
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(practice.router)
    app.include_router(practice.api)
    app.include_router(mock.router)
    app.include_router(mock.api)
    app.include_router(settings.router)

    @app.exception_handler(AcemlError)
    async def _aceml_error(request: Request, exc: AcemlError) -> Response:
        status = 404 if isinstance(exc, ItemNotFound) else 400 if isinstance(exc, InputError) else 500
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": str(exc)}, status_code=status
        )

    return app
