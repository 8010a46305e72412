"""Sign-up, sign-in and sign-out (server mode only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from aceml.errors import InputError
from aceml.services.accounts import MAX_PASSWORD, sign_in, sign_up
from aceml.web.dependencies import RuntimeDep
from aceml.web.security import SESSION_COOKIE, SESSION_DAYS, SIGN_INS, server_mode, session_cookie
from aceml.web.templating import templates

router = APIRouter(include_in_schema=False)


def _safe_next(target: str) -> str:
    """Only a path on this site (never another host) may follow sign-in."""
    return target if target.startswith("/") and not target.startswith("//") else "/"


def _signed_in(request: Request, user_id: int, target: str) -> Response:
    response = RedirectResponse(_safe_next(target), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        session_cookie(request.app.state.runtime, user_id),
        max_age=SESSION_DAYS * 86_400,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


def _form(request: Request, page: str, error: str | None = None, status: int = 200) -> Response:
    return templates.TemplateResponse(
        request, page, {"error": error, "next": request.query_params.get("next", "/")}, status_code=status
    )


@router.get("/signin", response_class=HTMLResponse)
def signin_page(request: Request, runtime: RuntimeDep) -> Response:
    """The sign-in form."""
    if not server_mode(runtime):
        return RedirectResponse("/", status_code=303)
    return _form(request, "signin.html")


@router.post("/signin")
def signin(
    request: Request,
    runtime: RuntimeDep,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=MAX_PASSWORD)],
    next_url: Annotated[str, Form(alias="next")] = "/",
) -> Response:
    """Check the credentials (rate limited per address and per name) and start a session."""
    client = request.client.host if request.client else "unknown"
    SIGN_INS.hit(f"ip:{client}", "sign-in attempts")
    SIGN_INS.hit(f"name:{username.strip().lower()}", "sign-in attempts")
    try:
        user = sign_in(database=runtime.database, username=username, password=password)
    except InputError as exc:
        return _form(request, "signin.html", str(exc), status=400)
    return _signed_in(request, user, next_url)


@router.get("/signup", response_class=HTMLResponse)
def signup_page(request: Request, runtime: RuntimeDep) -> Response:
    """The sign-up form."""
    if not server_mode(runtime):
        return RedirectResponse("/", status_code=303)
    return _form(request, "signup.html")


@router.post("/signup")
def signup(
    request: Request,
    runtime: RuntimeDep,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=MAX_PASSWORD)],
) -> Response:
    """Create an account and sign it in."""
    if not server_mode(runtime):
        raise InputError("accounts exist only in server mode")
    client = request.client.host if request.client else "unknown"
    SIGN_INS.hit(f"ip:{client}", "sign-up attempts")
    try:
        user = sign_up(database=runtime.database, clock=runtime.clock, username=username, password=password)
    except InputError as exc:
        return _form(request, "signup.html", str(exc), status=400)
    return _signed_in(request, user, "/progress")


@router.post("/signout")
def signout() -> Response:
    """End the session."""
    response = RedirectResponse("/signin", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
