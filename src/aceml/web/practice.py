"""Practice in the browser (local mode): answer and get feedback, code with the judge, review, progress.

Pages are server-rendered forms that work without JavaScript; small local scripts add the code
editor, draft autosave and the readiness chart. The JSON API offers the same actions.
"""

from __future__ import annotations

import time
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from aceml.bank.models import DatasetItem, FreeTextItem, ProblemItem
from aceml.bank.views import public_view as item_view
from aceml.errors import InputError
from aceml.judge.judging import MAX_SOURCE_BYTES
from aceml.review.scheduler import Evidence, Grade
from aceml.services.grading import grade_dataset_analysis, grade_item_answer
from aceml.services.judging import dataset_preview, judge_code, starter_code
from aceml.services.practice import MAX_BODY_CHARS
from aceml.services.runtime import Runtime
from aceml.services.study import (
    Recorded,
    load_draft,
    next_items,
    override_rating,
    progress,
    record_result,
    save_draft,
    submissions,
)
from aceml.web.dependencies import API_ERRORS, ObjectId, RuntimeDep
from aceml.web.security import SubmitterDep, UserDep
from aceml.web.templating import templates

router = APIRouter()
api = APIRouter(prefix="/api/v1", tags=["practice"], responses=API_ERRORS)


def _answer(
    runtime: Runtime, user: int, item_id: str, answer: str, elapsed_ms: int | None
) -> tuple[dict[str, Any], Recorded]:
    item = runtime.bank.get(item_id)
    if not isinstance(item, FreeTextItem):
        raise InputError(f"{item_id!r} is a {item.kind} item; it is judged, not graded")
    save_draft(database=runtime.database, now=runtime.clock.now(), user_id=user, item_id=item_id, body=answer)
    result = grade_item_answer(runtime=runtime, item_id=item_id, answer=answer).to_dict()
    saved = record_result(
        database=runtime.database,
        now=runtime.clock.now(),
        user_id=user,
        item=item,
        body=answer,
        result=result,
        evidence=Evidence(score=result["score"], duration_ms=elapsed_ms),
    )
    return result, saved


def _submit(
    runtime: Runtime, user: int, item_id: str, code: str, samples_only: bool
) -> tuple[dict[str, Any], Recorded | None]:
    item = runtime.bank.get(item_id)
    if not isinstance(item, ProblemItem | DatasetItem):
        raise InputError(f"{item_id!r} is a {item.kind} item; it is answered in prose")
    # The code is on disk before it is judged: a crash while judging loses nothing.
    save_draft(database=runtime.database, now=runtime.clock.now(), user_id=user, item_id=item_id, body=code)
    started = time.monotonic()
    judged = judge_code(runtime=runtime, item_id=item_id, code=code, samples_only=samples_only)
    if samples_only:
        return judged.result, None
    saved = record_result(
        database=runtime.database,
        now=runtime.clock.now(),
        user_id=user,
        item=item,
        body=code,
        result=judged.result,
        evidence=Evidence(
            verdict=judged.verdict,
            passed_share=judged.passed_share,
            duration_ms=int((time.monotonic() - started) * 1000),
        ),
    )
    return judged.result, saved


@router.get("/practice/{item_id}", response_class=HTMLResponse, include_in_schema=False)
def practice_page(request: Request, item_id: str, user: UserDep, runtime: RuntimeDep) -> Response:
    """A question with an answer box (autosaved); judged items go to the code page."""
    item = runtime.bank.get(item_id)
    if not isinstance(item, FreeTextItem):
        return RedirectResponse(f"/solve/{item_id}", status_code=303)
    draft = load_draft(database=runtime.database, user_id=user, item_id=item_id)
    return templates.TemplateResponse(
        request, "practice.html", {"item": item_view(item), "draft": draft or ""}
    )


@router.post("/practice/{item_id}", response_class=HTMLResponse, include_in_schema=False)
def practice_submit(
    request: Request,
    item_id: str,
    user: SubmitterDep,
    runtime: RuntimeDep,
    answer: Annotated[str, Form(max_length=MAX_BODY_CHARS)] = "",
    elapsed_ms: Annotated[int | None, Form(ge=0)] = None,
) -> Response:
    """Grade and record the answer; show the key points with their evidence and the model answer."""
    item = runtime.bank.get(item_id)
    if not answer.strip():
        return templates.TemplateResponse(
            request,
            "practice.html",
            {"item": item_view(item), "draft": answer, "error": "Write an answer first: it is empty."},
            status_code=400,
        )
    result, saved = _answer(runtime, user, item_id, answer, elapsed_ms)
    return templates.TemplateResponse(
        request,
        "feedback.html",
        {
            "item": item_view(item),
            "answer": answer,
            "result": result,
            "saved": saved.to_dict(),
            "grades": list(Grade),
        },
    )


@router.post("/attempts/{attempt_id}/rating", include_in_schema=False)
def rate_page(
    attempt_id: ObjectId, user: UserDep, runtime: RuntimeDep, rating: Annotated[str, Form()]
) -> Response:
    """Override the rating of the latest attempt, then go back to the question."""
    try:
        grade = Grade.parse(rating)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    saved = override_rating(database=runtime.database, user_id=user, attempt_id=attempt_id, rating=grade)
    return RedirectResponse(f"/practice/{saved.item_id}?rated={grade.name.lower()}", status_code=303)


@router.get("/solve/{item_id}", response_class=HTMLResponse, include_in_schema=False)
def solve_page(request: Request, item_id: str, user: UserDep, runtime: RuntimeDep) -> Response:
    """A coding problem or dataset task with an editor holding the draft or the starter."""
    item = runtime.bank.get(item_id)
    if isinstance(item, FreeTextItem):
        return RedirectResponse(f"/practice/{item_id}", status_code=303)
    draft = load_draft(database=runtime.database, user_id=user, item_id=item_id)
    starter = starter_code(item)
    return templates.TemplateResponse(
        request, "solve.html", _solve_context(runtime, user, item, draft or starter)
    )


def _solve_context(
    runtime: Runtime, user: int, item: ProblemItem | DatasetItem, code: str, **extra: Any
) -> dict[str, Any]:
    """The solve page's context: the user's past submissions; a dataset task adds a preview of
    its training data."""
    preview = (
        asdict(dataset_preview(runtime=runtime, item_id=item.id)) if isinstance(item, DatasetItem) else None
    )
    history = submissions(database=runtime.database, user_id=user, item_id=item.id)
    return {
        "item": item_view(item),
        "code": code,
        "result": None,
        "preview": preview,
        "history": history,
        **extra,
    }


@router.post("/solve/{item_id}/analysis", response_class=HTMLResponse, include_in_schema=False)
def analysis_submit(
    request: Request,
    item_id: str,
    user: UserDep,
    runtime: RuntimeDep,
    analysis: Annotated[str, Form(max_length=MAX_BODY_CHARS)] = "",
) -> Response:
    """Grade a dataset task's written analysis (the editor keeps the draft)."""
    graded = grade_dataset_analysis(runtime=runtime, item_id=item_id, answer=analysis)
    item = runtime.bank.get(item_id)
    assert isinstance(item, DatasetItem)  # grade_dataset_analysis refused anything else
    code = load_draft(database=runtime.database, user_id=user, item_id=item_id) or starter_code(item)
    context = _solve_context(runtime, user, item, code, analysis=graded.to_dict(), analysis_text=analysis)
    return templates.TemplateResponse(request, "solve.html", context)


@router.post("/solve/{item_id}", response_class=HTMLResponse, include_in_schema=False)
def solve_submit(
    request: Request,
    item_id: str,
    user: SubmitterDep,
    runtime: RuntimeDep,
    code: Annotated[str, Form(max_length=MAX_SOURCE_BYTES)] = "",
    action: Annotated[str, Form(pattern="^(samples|submit)$")] = "submit",
) -> Response:
    """Run the samples or submit: the verdict table (or a dataset task's scores)."""
    item = runtime.bank.get(item_id)
    if isinstance(item, FreeTextItem):
        raise InputError(f"{item_id!r} is answered in prose, not judged")
    if not code.strip():
        raise InputError("the source is empty")
    result, saved = _submit(runtime, user, item_id, code, samples_only=action == "samples")
    return templates.TemplateResponse(
        request,
        "solve.html",
        _solve_context(runtime, user, item, code, result=result, saved=saved.to_dict() if saved else None),
    )


@router.get("/review", response_class=HTMLResponse, include_in_schema=False)
def review_page(request: Request, user: UserDep, runtime: RuntimeDep) -> Response:
    """The review queue: what is due now, most overdue first, and what comes next."""
    import random

    picks = next_items(
        database=runtime.database,
        items=runtime.bank,
        user_id=user,
        now=runtime.clock.now(),
        rng=random.Random(0),
        count=10,
    )
    rows = [{"item": item_view(pick.item), "why": pick.reason} for pick in picks]
    return templates.TemplateResponse(request, "review.html", {"rows": rows})


@router.get("/progress", response_class=HTMLResponse, include_in_schema=False)
def progress_page(request: Request, user: UserDep, runtime: RuntimeDep) -> Response:
    """The dashboard: readiness per competency (chart) and topic, due reviews, the unfinished mock
    interview, history, streak and what to practise next."""
    from aceml.services.interviews import active_mock

    report = progress(database=runtime.database, items=runtime.bank, user_id=user, now=runtime.clock.now())
    mock = active_mock(runtime=runtime, user_id=user)
    return templates.TemplateResponse(
        request, "progress.html", {"report": report.to_dict(), "active_mock": mock.id if mock else None}
    )


class AnswerBody(BaseModel):
    """An answer to a prose item."""

    answer: str = Field(min_length=1, max_length=MAX_BODY_CHARS)
    elapsed_ms: int | None = Field(default=None, ge=0)


class CodeBody(BaseModel):
    """A submission to a coding problem or dataset task."""

    code: str = Field(min_length=1, max_length=MAX_SOURCE_BYTES)
    samples_only: bool = False


class DraftBody(BaseModel):
    """A draft being typed."""

    body: str = Field(max_length=MAX_BODY_CHARS)


class RatingBody(BaseModel):
    """A rating override: again, hard, good or easy."""

    rating: Literal["again", "hard", "good", "easy"]


@api.post("/items/{item_id}/answers")
def answer_api(item_id: str, body: AnswerBody, user: SubmitterDep, runtime: RuntimeDep) -> dict[str, Any]:
    """Grade and record an answer: key points covered / partial / missed, and the next review."""
    result, saved = _answer(runtime, user, item_id, body.answer, body.elapsed_ms)
    return {"grade": result, "recorded": saved.to_dict()}


@api.post("/items/{item_id}/submissions")
def submission_api(item_id: str, body: CodeBody, user: SubmitterDep, runtime: RuntimeDep) -> dict[str, Any]:
    """Judge code in the sandbox (samples only, or submit and record)."""
    result, saved = _submit(runtime, user, item_id, body.code, body.samples_only)
    return {"result": result, "recorded": saved.to_dict() if saved else None}


@api.get("/items/{item_id}/submissions")
def submissions_api(item_id: str, user: UserDep, runtime: RuntimeDep) -> list[dict[str, Any]]:
    """Your latest submissions (or answers) to an item, newest first."""
    runtime.bank.get(item_id)  # unknown items get 404
    return submissions(database=runtime.database, user_id=user, item_id=item_id)


@api.get("/datasets/{item_id}/preview")
def preview_api(item_id: str, user: UserDep, runtime: RuntimeDep) -> dict[str, Any]:
    """The first rows of a dataset task's training data (features and target) and the split sizes."""
    del user
    return asdict(dataset_preview(runtime=runtime, item_id=item_id))


@api.post("/datasets/{item_id}/analysis")
def analysis_api(item_id: str, body: AnswerBody, user: SubmitterDep, runtime: RuntimeDep) -> dict[str, Any]:
    """Grade a dataset task's written analysis against its key points."""
    del user
    return grade_dataset_analysis(runtime=runtime, item_id=item_id, answer=body.answer).to_dict()


@api.put("/drafts/{item_id}", status_code=204)
def draft_api(item_id: str, body: DraftBody, user: UserDep, runtime: RuntimeDep) -> Response:
    """Autosave what is being typed for an item."""
    runtime.bank.get(item_id)  # unknown items get 404
    save_draft(
        database=runtime.database,
        now=runtime.clock.now(),
        user_id=user,
        item_id=item_id,
        body=body.body,
    )
    return Response(status_code=204)


@api.post("/attempts/{attempt_id}/rating")
def rating_api(attempt_id: ObjectId, body: RatingBody, user: UserDep, runtime: RuntimeDep) -> dict[str, Any]:
    """Override the rating of your latest attempt at an item."""
    try:
        grade = Grade.parse(body.rating)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    return override_rating(
        database=runtime.database, user_id=user, attempt_id=attempt_id, rating=grade
    ).to_dict()


@api.get("/progress")
def progress_api(user: UserDep, runtime: RuntimeDep) -> dict[str, Any]:
    """Readiness per competency and topic, history, streak and the next three picks."""
    return progress(
        database=runtime.database, items=runtime.bank, user_id=user, now=runtime.clock.now()
    ).to_dict()
