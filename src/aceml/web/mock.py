"""Mock interviews in the browser: set up, one screen per question with a server-driven clock, report."""

from __future__ import annotations

import random
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from aceml.bank.models import DatasetItem, ProblemItem
from aceml.bank.taxonomy import Stage
from aceml.bank.views import public_view
from aceml.errors import InputError
from aceml.interview.blueprints import LEVELS, ROLES, STAGE_ORDER
from aceml.interview.report import report_html
from aceml.services.interviews import (
    MockSession,
    active_mock,
    answer_mock,
    end_mock,
    end_stage_mock,
    get_mock,
    mock_report,
    question_text,
    skip_mock,
    start_mock,
)
from aceml.services.judging import starter_code
from aceml.services.runtime import Runtime
from aceml.web.dependencies import API_ERRORS, ObjectId, RuntimeDep
from aceml.web.security import SubmitterDep, UserDep
from aceml.web.templating import templates

router = APIRouter()
api = APIRouter(prefix="/api/v1/mocks", tags=["mock interviews"], responses=API_ERRORS)


def _state_view(runtime: Runtime, mock: MockSession) -> dict[str, Any]:
    state = mock.state
    view: dict[str, Any] = {"id": mock.id, "status": state.status, "role": state.role, "level": state.level}
    run = state.stage()
    if run is not None:
        item, text = question_text(runtime, state)
        view.update(
            stage=run.stage,
            number=run.index + 1,
            total=len(run.slots),
            remaining_s=int(state.remaining(runtime.clock.now()).total_seconds()),
            question=text,
            item=public_view(item),
            starter=starter_code(item) if isinstance(item, ProblemItem | DatasetItem) else "",
        )
    return view


@router.get("/mock", response_class=HTMLResponse, include_in_schema=False)
def mock_setup(request: Request, user: UserDep, runtime: RuntimeDep) -> Response:
    """Choose a stage or the loop, a role, a level and a seed; or continue the unfinished session."""
    current = active_mock(runtime=runtime, user_id=user)
    return templates.TemplateResponse(
        request,
        "mock_setup.html",
        {"active": current.id if current else None, "roles": ROLES, "levels": LEVELS, "stages": STAGE_ORDER},
    )


@router.post("/mock", include_in_schema=False)
def mock_start(
    user: UserDep,
    runtime: RuntimeDep,
    role: Annotated[str, Form()] = "ml-engineer",
    level: Annotated[str, Form()] = "mid",
    stage: Annotated[str, Form()] = "",
    seed: Annotated[str, Form(max_length=12)] = "",
) -> Response:
    """Start a session and go to its first question."""
    try:
        chosen_seed = int(seed) if seed.strip() else random.SystemRandom().randrange(1_000_000)
    except ValueError as exc:
        raise InputError(f"the seed must be a whole number, got {seed!r}") from exc
    mock = start_mock(
        runtime=runtime,
        user_id=user,
        role=role,
        level=level,
        seed=chosen_seed,
        stage=stage or None,
    )
    return RedirectResponse(f"/mock/{mock.id}", status_code=303)


@router.get("/mock/{session_id}", response_class=HTMLResponse, include_in_schema=False)
def mock_question(request: Request, session_id: ObjectId, user: UserDep, runtime: RuntimeDep) -> Response:
    """The current question and the stage's clock (the deadline is kept by the server)."""
    mock = get_mock(runtime=runtime, user_id=user, session_id=session_id)
    if mock.state.status != "active":
        return RedirectResponse(f"/mock/{session_id}/report", status_code=303)
    error = request.query_params.get("error")
    return templates.TemplateResponse(
        request, "mock_question.html", {"view": _state_view(runtime, mock), "error": error}
    )


@router.post("/mock/{session_id}", include_in_schema=False)
def mock_act(
    session_id: ObjectId,
    user: SubmitterDep,
    runtime: RuntimeDep,
    action: Annotated[str, Form(pattern="^(answer|skip|end-stage|end)$")] = "answer",
    body: Annotated[str, Form(max_length=200_000)] = "",
) -> Response:
    """Answer, skip, end the stage or end the interview; then show what comes next."""
    try:
        if action == "skip":
            skip_mock(runtime=runtime, user_id=user, session_id=session_id)
        elif action == "end-stage":
            end_stage_mock(runtime=runtime, user_id=user, session_id=session_id)
        elif action == "end":
            end_mock(runtime=runtime, user_id=user, session_id=session_id)
        else:
            answer_mock(runtime=runtime, user_id=user, session_id=session_id, body=body)
    except InputError as exc:
        from urllib.parse import quote

        return RedirectResponse(f"/mock/{session_id}?error={quote(str(exc))}", status_code=303)
    return RedirectResponse(f"/mock/{session_id}", status_code=303)


@router.get("/mock/{session_id}/report", response_class=HTMLResponse, include_in_schema=False)
def mock_report_page(session_id: ObjectId, user: UserDep, runtime: RuntimeDep) -> HTMLResponse:
    """The panel report as one self-contained page (what `aceml mock report --format html` writes).

    Its only style is inline and it has no script, so its policy allows inline style and nothing else.
    """
    report = mock_report(runtime=runtime, user_id=user, session_id=session_id)
    page = report_html(report).replace(
        "<body>", '<body><p><a href="/mock">← Mock interviews</a> · <a href="/review">Review queue</a></p>', 1
    )
    return HTMLResponse(
        page,
        headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:"},
    )


class MockStart(BaseModel):
    """A new session."""

    role: str = "ml-engineer"
    level: str = "mid"
    stage: Stage | None = None
    seed: int = Field(default=0, ge=0)


class MockAnswer(BaseModel):
    """An answer to the current question (prose or code)."""

    body: str = Field(min_length=1, max_length=200_000)


@api.post("")
def start_api(body: MockStart, user: UserDep, runtime: RuntimeDep) -> dict[str, Any]:
    """Start a session: one stage or the whole loop."""
    mock = start_mock(
        runtime=runtime,
        user_id=user,
        role=body.role,
        level=body.level,
        seed=body.seed,
        stage=body.stage,
    )
    return _state_view(runtime, mock)


@api.get("/{session_id}")
def state_api(session_id: ObjectId, user: UserDep, runtime: RuntimeDep) -> dict[str, Any]:
    """The session's current question and clock."""
    return _state_view(runtime, get_mock(runtime=runtime, user_id=user, session_id=session_id))


@api.post("/{session_id}/answer")
def answer_api(
    session_id: ObjectId, body: MockAnswer, user: SubmitterDep, runtime: RuntimeDep
) -> dict[str, Any]:
    """Answer the current question (graded or judged); 400 when its stage's time is up."""
    mock = answer_mock(runtime=runtime, user_id=user, session_id=session_id, body=body.body)
    return _state_view(runtime, mock)


@api.post("/{session_id}/skip")
def skip_api(session_id: ObjectId, user: UserDep, runtime: RuntimeDep) -> dict[str, Any]:
    """Skip the current question."""
    return _state_view(runtime, skip_mock(runtime=runtime, user_id=user, session_id=session_id))


@api.post("/{session_id}/end-stage")
def end_stage_api(session_id: ObjectId, user: UserDep, runtime: RuntimeDep) -> dict[str, Any]:
    """End the current stage."""
    return _state_view(runtime, end_stage_mock(runtime=runtime, user_id=user, session_id=session_id))


@api.get("/{session_id}/report")
def report_api(session_id: ObjectId, user: UserDep, runtime: RuntimeDep) -> dict[str, Any]:
    """The panel report (so far, for an unfinished session)."""
    return mock_report(runtime=runtime, user_id=user, session_id=session_id).to_dict()
