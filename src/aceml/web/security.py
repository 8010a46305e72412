"""Who is asking, and what they may do: sessions, CSRF, rate and size limits.

Local mode (loopback only) has one user and no sign-in. Server mode signs a session cookie
(HTTP-only, SameSite=Lax, Secure over HTTPS) with the server's secret; every state-changing
request must carry the CSRF token bound to that session (a form field or the X-CSRF-Token
header); submissions and sign-in attempts are rate limited per user and per client address;
request bodies are capped. Services check that every object belongs to the user, so another
user's id is simply not found (404).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections import defaultdict, deque
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from aceml.errors import AcemlError
from aceml.services.practice import ensure_local_user
from aceml.services.runtime import Runtime

SESSION_COOKIE = "aceml_session"
SESSION_DAYS = 14
MAX_BODY_BYTES = 1 << 20
MAX_UPLOAD_BYTES = 50 << 20
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class NotSignedIn(AcemlError):
    """Server mode and no valid session."""


class Forbidden(AcemlError):
    """A state-changing request without a valid CSRF token."""


class TooManyRequests(AcemlError):
    """A rate limit was hit."""


def _serializer(runtime: Runtime) -> URLSafeTimedSerializer:
    secret = runtime.settings.secret_key
    assert secret is not None  # server mode refuses to start without one
    return URLSafeTimedSerializer(secret.get_secret_value(), salt="aceml-session")


def server_mode(runtime: Runtime) -> bool:
    """Return True when the app serves several users with accounts."""
    return runtime.settings.mode == "server"


def session_cookie(runtime: Runtime, user_id: int) -> str:
    """Return the signed cookie value for a signed-in user."""
    return _serializer(runtime).dumps({"u": user_id})


def session_user(runtime: Runtime, request: Request) -> int | None:
    """Return the signed-in user's id, or None."""
    value = request.cookies.get(SESSION_COOKIE)
    if not value:
        return None
    try:
        data = _serializer(runtime).loads(value, max_age=SESSION_DAYS * 86_400)
    except BadSignature:
        return None
    user = data.get("u") if isinstance(data, dict) else None
    return user if isinstance(user, int) else None


def csrf_token(runtime: Runtime, request: Request) -> str:
    """Return the CSRF token for this request's session ('' in local mode)."""
    if not server_mode(runtime):
        return ""
    secret = _serializer(runtime).secret_key
    session = request.cookies.get(SESSION_COOKIE, "anonymous")
    return hmac.new(secret, f"csrf:{session}".encode(), hashlib.sha256).hexdigest()


def check_csrf(runtime: Runtime, request: Request, submitted: str | None) -> None:
    """Refuse a state-changing request whose CSRF token does not match its session.

    Raises:
        Forbidden: missing or wrong token.
    """
    if not server_mode(runtime) or request.method not in UNSAFE:
        return
    token = submitted or request.headers.get("x-csrf-token", "")
    if not token or not hmac.compare_digest(token, csrf_token(runtime, request)):
        raise Forbidden("this form has expired or did not come from this site; reload the page and try again")


class RateLimiter:
    """At most ``limit`` events per ``window_s`` per key (a sliding window), thread-safe."""

    def __init__(self, limit: int, window_s: float) -> None:
        self.limit, self.window_s = limit, window_s
        self._events: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def hit(self, key: str, what: str) -> None:
        """Count one event for ``key``.

        Raises:
            TooManyRequests: more than ``limit`` events in the window.
        """
        now = time.monotonic()
        with self._lock:
            events = self._events[key]
            while events and now - events[0] > self.window_s:
                events.popleft()
            if len(events) >= self.limit:
                raise TooManyRequests(f"too many {what}; wait a minute and try again")
            events.append(now)


SUBMISSIONS = RateLimiter(30, 60.0)
SIGN_INS = RateLimiter(10, 60.0)


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def current_user(request: Request) -> int:
    """The user making the request: the local user, or the signed-in one in server mode.

    Raises:
        NotSignedIn: server mode without a valid session.
    """
    runtime = _runtime(request)
    if not server_mode(runtime):
        return ensure_local_user(database=runtime.database, clock=runtime.clock)
    user = session_user(runtime, request)
    if user is None:
        raise NotSignedIn("sign in first")
    return user


def limit_submissions(request: Request, user: Annotated[int, Depends(current_user)]) -> int:
    """Count a grading or judging request against the user's rate limit; return the user."""
    if server_mode(_runtime(request)):
        SUBMISSIONS.hit(f"user:{user}", "submissions")
    return user


UserDep = Annotated[int, Depends(current_user)]
SubmitterDep = Annotated[int, Depends(limit_submissions)]


def _same_origin_only(request: Request) -> None:
    """Local mode: refuse a state-changing request a browser sends from another site.

    Local mode has no login, so any web page the candidate visits could otherwise post a form to
    http://127.0.0.1:8000 (cross-site request forgery). Browsers name the page that sent a
    request in ``Origin`` (and ``Sec-Fetch-Site``); the CLI and scripts send neither and pass.

    Raises:
        Forbidden: the request comes from a page of another origin.
    """
    origin = request.headers.get("origin")
    if request.headers.get("sec-fetch-site") == "cross-site" or (
        origin is not None and urlsplit(origin).netloc != request.headers.get("host", "")
    ):
        raise Forbidden("cross-site request refused: open aceml itself to make changes")


async def csrf_guard(request: Request) -> None:
    """Router dependency: every state-changing request carries proof that it comes from aceml's
    own pages: the session's CSRF token in server mode, a same-origin browser request (or none
    from a browser at all) in local mode.

    Raises:
        Forbidden: missing or wrong token, or a cross-site request.
    """
    runtime = _runtime(request)
    if request.method not in UNSAFE:
        return
    if not server_mode(runtime):
        _same_origin_only(request)
        return
    submitted = request.headers.get("x-csrf-token")
    content_type = request.headers.get("content-type", "")
    if submitted is None and content_type.startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()  # parsed once; the endpoint's Form fields reuse it
        value = form.get("csrf_token")
        submitted = value if isinstance(value, str) else None
    check_csrf(runtime, request, submitted)
