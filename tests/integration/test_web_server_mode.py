"""Server mode: accounts, sessions, CSRF, per-user authorization, rate and size limits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from aceml.config import Settings, shipped_content_dir
from aceml.services.runtime import Runtime
from aceml.web import security
from aceml.web.app import create_app

SECRET = "x" * 48


@pytest.fixture
def app_runtime(tmp_path: Path) -> Iterator[Runtime]:
    runtime = Runtime(
        Settings(
            mode="server",
            secret_key=SECRET,
            data_dir=tmp_path / "data",
            content_dir=shipped_content_dir(),
            content_path=[],
            grader_backend="lexical",
        )
    )
    yield runtime
    runtime.close()


def client_for(runtime: Runtime) -> TestClient:
    return TestClient(create_app(runtime))


def token(client: TestClient, page: str = "/signup") -> str:
    match = re.search(r'name="csrf-token" content="([0-9a-f]*)"', client.get(page).text)
    assert match is not None
    return match.group(1)


def signed_up(runtime: Runtime, name: str) -> TestClient:
    client = client_for(runtime)
    response = client.post(
        "/signup", data={"username": name, "password": "correct horse battery", "csrf_token": token(client)}
    )
    assert response.status_code == 200 and "Dashboard" in response.text, response.text
    return client


def test_pages_need_a_session_and_sign_up_sign_in_and_out_work(app_runtime: Runtime) -> None:
    anonymous = client_for(app_runtime)
    assert anonymous.get("/progress", follow_redirects=False).headers["location"] == "/signin?next=/progress"
    assert anonymous.get("/api/v1/progress").status_code == 401
    assert anonymous.get("/").status_code == 200  # the bank itself is public
    alice = signed_up(app_runtime, "alice")
    cookie = alice.cookies.get(security.SESSION_COOKIE)
    assert cookie
    taken = alice.post(
        "/signup",
        data={"username": "Alice", "password": "another long one", "csrf_token": token(alice, "/signin")},
    )
    assert taken.status_code == 400
    fresh = client_for(app_runtime)
    wrong = fresh.post(
        "/signin",
        data={"username": "alice", "password": "wrong password!", "csrf_token": token(fresh, "/signin")},
    )
    assert wrong.status_code == 400 and "wrong username or password" in wrong.text
    right = fresh.post(
        "/signin",
        data={
            "username": "alice",
            "password": "correct horse battery",
            "next": "//evil.example/",
            "csrf_token": token(fresh, "/signin"),
        },
        follow_redirects=False,
    )
    assert right.status_code == 303 and right.headers["location"] == "/"  # never to another host
    set_cookie = right.headers["set-cookie"].lower()
    assert "httponly" in set_cookie and "samesite=lax" in set_cookie
    out = alice.post("/signout", data={"csrf_token": token(alice, "/progress")}, follow_redirects=False)
    assert out.status_code == 303 and security.SESSION_COOKIE in out.headers["set-cookie"]


def test_state_changes_without_the_csrf_token_are_refused(app_runtime: Runtime) -> None:
    alice = signed_up(app_runtime, "alice")
    assert alice.post("/practice/overfitting", data={"answer": "noise"}).status_code == 403
    assert alice.post("/api/v1/items/overfitting/answers", json={"answer": "noise"}).status_code == 403
    forged = alice.post(
        "/api/v1/items/overfitting/answers", json={"answer": "noise"}, headers={"X-CSRF-Token": "0" * 64}
    )
    assert forged.status_code == 403
    good = alice.post(
        "/api/v1/items/overfitting/answers",
        json={"answer": "noise"},
        headers={"X-CSRF-Token": token(alice, "/progress")},
    )
    assert good.status_code == 200


def test_no_user_can_read_or_change_another_users_objects(app_runtime: Runtime) -> None:
    alice, bob = signed_up(app_runtime, "alice"), signed_up(app_runtime, "bob")
    alice_token, bob_token = token(alice, "/progress"), token(bob, "/progress")
    answered = alice.post(
        "/api/v1/items/overfitting/answers",
        json={"answer": "It memorises noise."},
        headers={"X-CSRF-Token": alice_token},
    ).json()
    attempt = answered["recorded"]["attempt_id"]
    mock = alice.post(
        "/api/v1/mocks", json={"stage": "screening", "seed": 3}, headers={"X-CSRF-Token": alice_token}
    ).json()
    for response in (
        bob.post(
            f"/api/v1/attempts/{attempt}/rating", json={"rating": "easy"}, headers={"X-CSRF-Token": bob_token}
        ),
        bob.get(f"/api/v1/mocks/{mock['id']}"),
        bob.get(f"/api/v1/mocks/{mock['id']}/report"),
        bob.get(f"/mock/{mock['id']}"),
        bob.get(f"/mock/{mock['id']}/report"),
    ):
        assert response.status_code == 404, response.request.url
    assert bob.get("/api/v1/progress").json()["attempts"] == 0
    assert alice.get("/api/v1/progress").json()["attempts"] == 1
    assert (
        bob.post(
            "/api/v1/mocks/" + str(mock["id"]) + "/answer",
            json={"body": "hijack"},
            headers={"X-CSRF-Token": bob_token},
        ).status_code
        == 404
    )
    bob_draft = bob.put(
        "/api/v1/drafts/overfitting", json={"body": "bob's draft"}, headers={"X-CSRF-Token": bob_token}
    )
    assert bob_draft.status_code == 204
    assert "bob&#39;s draft" not in alice.get("/practice/overfitting").text


def test_submissions_are_rate_limited_and_bodies_capped(
    app_runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(security, "SUBMISSIONS", security.RateLimiter(3, 60.0))
    alice = signed_up(app_runtime, "alice")
    headers = {"X-CSRF-Token": token(alice, "/progress")}
    codes = [
        alice.post("/api/v1/items/overfitting/answers", json={"answer": "noise"}, headers=headers).status_code
        for _ in range(4)
    ]
    assert codes == [200, 200, 200, 429]
    huge = alice.post(
        "/api/v1/drafts/overfitting",
        content=b"x" * (security.MAX_BODY_BYTES + 1),
        headers={**headers, "Content-Type": "application/json"},
    )
    assert huge.status_code == 413


def test_sign_in_attempts_are_rate_limited(app_runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "SIGN_INS", security.RateLimiter(2, 60.0))
    monkeypatch.setattr("aceml.web.accounts.SIGN_INS", security.SIGN_INS)
    client = client_for(app_runtime)
    statuses = [
        client.post(
            "/signin",
            data={"username": "nobody", "password": "x" * 12, "csrf_token": token(client, "/signin")},
        ).status_code
        for _ in range(3)
    ]
    assert statuses == [400, 400, 429]
