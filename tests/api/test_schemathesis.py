"""API robustness: schemathesis generates requests from the OpenAPI schema of every /api/v1 route.

No generated request may cause a server error, and every response must match the schema (its
status code documented, its body valid against the declared model, its content type right).
Fixed choices (kind, stage, difficulty, rating) are enums in the schema; values that come from the
content (a topic, an item id, a role or level from the blueprints) are checked by the services and
refused with a 400 naming the choices, so the "schema-valid data must be accepted" check is left
out.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import positive_data_acceptance

from aceml.config import Settings
from aceml.services.runtime import Runtime
from aceml.web.app import create_app
from tests.factories import write_item, write_problem


@pytest.fixture
def api_schema(settings: Settings, content_dir: Path) -> Iterator[schemathesis.schemas.BaseSchema]:
    write_item(content_dir / "concept", "probe-item")
    write_problem(content_dir / "problems")
    runtime = Runtime(settings)
    app = create_app(runtime)
    yield schemathesis.openapi.from_asgi("/openapi.json", app).include(path_regex="^/api/v1/")
    runtime.close()


def test_every_api_route_survives_generated_requests(api_schema: schemathesis.schemas.BaseSchema) -> None:
    checked: list[str] = []
    failures: list[str] = []
    for result in api_schema.get_all_operations():
        assert isinstance(result, Ok), result  # the schema itself is valid
        operation = result.ok()

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def check(case: schemathesis.Case[Any]) -> None:
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        try:
            check()
        except BaseException as exc:  # noqa: BLE001 - collect every operation's failures, report them all
            failures.append(f"{operation.label}: {exc}")
        checked.append(operation.label)
    assert len(checked) >= 10, checked  # the schema really lists the API
    assert not failures, "\n\n".join(failures)
