"""The minimal web app: the bank page with filters and search, one item, the JSON API."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from aceml.config import Settings
from aceml.services.runtime import Runtime
from aceml.web.app import create_app
from tests.factories import write_item, write_problem


@pytest.fixture
def client(settings: Settings, content_dir: Path) -> Iterator[TestClient]:
    write_item(
        content_dir / "concept",
        "xss-probe",
        prompt="Is <script>alert(1)</script> escaped?",
        body="Model answer with <b>raw html</b> and **bold** text. " * 6,
    )
    write_problem(content_dir / "problems")
    runtime = Runtime(settings)
    with TestClient(create_app(runtime)) as test_client:
        yield test_client
    runtime.close()


def test_bank_page_lists_every_item(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "5 of 5 items" in page.text
    assert 'href="/items/overfitting"' in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert page.headers["x-content-type-options"] == "nosniff"


def test_bank_page_filters_and_searches(client: TestClient) -> None:
    page = client.get("/", params={"kind": "behavioral"})
    assert "1 of 5 items" in page.text
    assert "walk-through-resume" in page.text
    assert 'value="behavioral" selected' in page.text
    page = client.get("/", params={"q": "bias variance tradeoff", "stage": "ml-round"})
    assert "1 of 5 items" in page.text
    assert "/items/bias-variance" in page.text


def test_bad_filter_is_a_400_page(client: TestClient) -> None:
    page = client.get("/", params={"topic": "astrology"})
    assert page.status_code == 400
    assert "unknown topic &#39;astrology&#39;" in page.text


def test_item_page_escapes_html(client: TestClient) -> None:
    page = client.get("/items/xss-probe")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "<b>raw html</b>" not in page.text
    assert "<strong>bold</strong>" in page.text


def test_item_page_shows_key_points_and_follow_ups(client: TestClient) -> None:
    page = client.get("/items/overfitting")
    assert "Key points" in page.text
    assert 'href="/items/bias-variance"' in page.text


def test_problem_page_hides_hidden_tests(client: TestClient) -> None:
    page = client.get("/items/add-vectors")
    assert page.status_code == 200
    assert "1 sample and 1 hidden tests" in page.text
    assert "SECRET-HIDDEN-CASE" not in page.text
    api = client.get("/api/v1/items/add-vectors")
    assert "SECRET-HIDDEN-CASE" not in api.text
    assert "zip(a, b)" not in api.text


def test_unknown_item_is_a_404_page_and_json(client: TestClient) -> None:
    page = client.get("/items/nope")
    assert page.status_code == 404
    assert "Not found" in page.text
    api = client.get("/api/v1/items/overfiting")
    assert api.status_code == 404
    assert api.json() == {"detail": "no item with id 'overfiting' (did you mean: overfitting?)"}


def test_api_list_search_stats_health(client: TestClient) -> None:
    items = client.get("/api/v1/items", params={"kind": "concept"}).json()
    assert {item["id"] for item in items} == {"overfitting", "bias-variance", "xss-probe"}
    hits = client.get("/api/v1/search", params={"q": "resume", "k": 3}).json()
    assert hits[0]["id"] == "walk-through-resume"
    assert client.get("/api/v1/search", params={"q": ""}).status_code == 422
    stats = client.get("/api/v1/stats").json()
    assert stats["problems"] == 1
    assert client.get("/api/v1/health").json() == {"status": "ok", "items": 5, "skipped": 0}
    refused = client.get("/api/v1/items", params={"stage": "lunch"})
    assert refused.status_code == 422 and "screening" in refused.text  # the schema lists the stages


def test_openapi_docs_are_served_from_local_assets(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/v1/items/{item_id}" in paths
    assert "/" not in paths  # HTML pages are not API


@pytest.mark.parametrize("path", ["/", "/items/overfitting", "/items/add-vectors", "/docs", "/items/nope"])
def test_pages_load_nothing_from_other_hosts(client: TestClient, path: str) -> None:
    page = client.get(path).text
    assert re.findall(r"""(?:src|href)=["'](?:https?:)?//""", page) == []
    assert "<script>" not in page  # no inline scripts: the CSP forbids them


def test_static_css_is_served_locally(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200
    assert "prefers-color-scheme: dark" in css.text
