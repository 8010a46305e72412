"""The application factory: wires the runtime, routes, templates and error pages."""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from aceml import __version__
from aceml.errors import AcemlError, InputError, ItemNotFound
from aceml.services.runtime import Runtime
from aceml.web import accounts, api, mock, pages, practice, settings
from aceml.web.security import (
    MAX_BODY_BYTES,
    MAX_UPLOAD_BYTES,
    Forbidden,
    NotSignedIn,
    TooManyRequests,
    csrf_guard,
)
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


class _BodyLimit(BaseHTTPMiddleware):
    """Refuse a request body larger than the cap (uploads of progress files get a larger one)."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        length = request.headers.get("content-length", "")
        cap = MAX_UPLOAD_BYTES if request.url.path == "/settings/import" else MAX_BODY_BYTES
        if length.isdigit() and int(length) > cap:
            return JSONResponse(
                {"detail": f"the request body is larger than {cap >> 20} MiB"}, status_code=413
            )
        return await call_next(request)


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
    app.add_middleware(_BodyLimit)
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    guarded = [Depends(csrf_guard)]  # server mode: every state-changing request carries the CSRF token
    for router in (practice.router, practice.api, mock.router, mock.api, settings.router, accounts.router):
        app.include_router(router, dependencies=guarded)

    @app.exception_handler(AcemlError)
    async def _aceml_error(request: Request, exc: AcemlError) -> Response:
        api_call = request.url.path.startswith("/api/")
        if isinstance(exc, NotSignedIn):
            if api_call:
                return JSONResponse({"detail": str(exc)}, status_code=401)
            return RedirectResponse(f"/signin?next={request.url.path}", status_code=303)
        status = (
            404
            if isinstance(exc, ItemNotFound)
            else 403
            if isinstance(exc, Forbidden)
            else 429
            if isinstance(exc, TooManyRequests)
            else 400
            if isinstance(exc, InputError)
            else 500
        )
        if api_call:
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": str(exc)}, status_code=status
        )

    return app
