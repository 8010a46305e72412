"""Settings: the target role and level, and moving your history between machines (export / import)."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from aceml.errors import InputError
from aceml.interview.blueprints import LEVELS, ROLES
from aceml.services.exchange import export_progress, import_progress
from aceml.services.practice import set_target
from aceml.store.review_repositories import user_by_id
from aceml.web.dependencies import RuntimeDep
from aceml.web.security import UserDep
from aceml.web.templating import templates

router = APIRouter()
MAX_IMPORT_BYTES = 50 << 20


@router.get("/settings", response_class=HTMLResponse, include_in_schema=False)
def settings_page(request: Request, user: UserDep, runtime: RuntimeDep) -> Response:
    """Target role and level; export and import of progress."""
    with runtime.database.transaction() as session:
        row = user_by_id(session, user)
        assert row is not None
        target = {"role": row.target_role, "level": row.target_level}
    return templates.TemplateResponse(
        request,
        "settings.html",
        {"target": target, "roles": ROLES, "levels": LEVELS, "message": request.query_params.get("message")},
    )


@router.post("/settings", include_in_schema=False)
def settings_save(
    user: UserDep, runtime: RuntimeDep, role: Annotated[str, Form()], level: Annotated[str, Form()]
) -> Response:
    """Save the target role and level."""
    set_target(database=runtime.database, user_id=user, role=role, level=level)
    return RedirectResponse("/settings?message=Saved.", status_code=303)


@router.get("/settings/export", include_in_schema=False)
def export_download(user: UserDep, runtime: RuntimeDep) -> Response:
    """Download your whole history as an aceml progress file."""
    document = export_progress(database=runtime.database, user_id=user, clock=runtime.clock)
    return JSONResponse(
        document, headers={"Content-Disposition": 'attachment; filename="aceml-progress.json"'}
    )


@router.post("/settings/import", include_in_schema=False)
async def import_upload(user: UserDep, runtime: RuntimeDep, file: Annotated[UploadFile, File()]) -> Response:
    """Merge an uploaded progress file into your history (all or nothing)."""
    raw = await file.read(MAX_IMPORT_BYTES + 1)
    if len(raw) > MAX_IMPORT_BYTES:
        raise InputError(f"the file is larger than {MAX_IMPORT_BYTES >> 20} MiB")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not a JSON progress file: {exc}") from exc
    summary = import_progress(database=runtime.database, user_id=user, data=data)
    message = f"Imported: {summary.attempts_added} attempts added, {summary.attempts_skipped} already here."
    return RedirectResponse(f"/settings?message={message}", status_code=303)
