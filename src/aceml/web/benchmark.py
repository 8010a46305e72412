"""``aceml bench web``: the app served in a child process, driven by concurrent simulated users."""

from __future__ import annotations

import statistics
import time
from typing import Any

from aceml.config import Settings
from aceml.services.benchmarks import percentile
from aceml.services.runtime import Runtime


def _serve_forever(settings_json: str, port: int) -> None:  # pragma: no cover - runs in a child process
    import uvicorn

    from aceml.web.app import create_app

    runtime = Runtime(Settings.model_validate_json(settings_json))
    uvicorn.run(create_app(runtime), host="127.0.0.1", port=port, log_level="warning")


def bench_web(*, settings: Settings, users: int = 50, seconds: float = 20.0) -> dict[str, Any]:
    """Serve the app in a child process and drive it with ``users`` concurrent simulated candidates.

    Each user loops for ``seconds``: the bank page, an item page, a question page, the dashboard,
    and an answer that is graded and recorded (local mode: they share the one local user).
    Returns p50/p99 latency per page type and per answer, and the number of errors (any status
    >= 400 or failed request).

    Raises:
        InputError: httpx (the load generator) is not installed.
    """
    import asyncio
    import multiprocessing
    import socket

    from aceml.errors import InputError

    try:
        import httpx
    except ImportError as exc:  # pragma: no cover - httpx ships with the dev and web extras
        raise InputError("aceml bench web needs httpx (pip install httpx)") from exc
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    context = multiprocessing.get_context("spawn")
    server = context.Process(target=_serve_forever, args=(settings.model_dump_json(), port), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{port}"
    runtime = Runtime(settings)
    prose = [item.id for item in runtime.bank if item.kind.value in ("concept", "behavioral")][:40]
    answers = [
        "It memorises noise in the training data and does badly on new data.",
        "I would use cross-validation.",
    ]
    timings: dict[str, list[float]] = {"bank": [], "item": [], "question": [], "dashboard": [], "answer": []}
    errors = 0

    async def one_user(client: httpx.AsyncClient, index: int, stop: float) -> None:
        nonlocal errors
        step = 0
        while time.perf_counter() < stop:
            item = prose[(index * 7 + step) % len(prose)]
            requests = [
                ("bank", "GET", "/", None),
                ("item", "GET", f"/items/{item}", None),
                ("question", "GET", f"/practice/{item}", None),
                ("answer", "POST", f"/api/v1/items/{item}/answers", {"answer": answers[step % 2]}),
                ("dashboard", "GET", "/progress", None),
            ]
            for kind, method, path, body in requests:
                begin = time.perf_counter()
                try:
                    response = await client.request(method, base + path, json=body)
                    failed = response.status_code >= 400
                except httpx.HTTPError:
                    failed = True
                timings[kind].append((time.perf_counter() - begin) * 1000)
                errors += failed
            step += 1

    async def drive() -> None:
        async with httpx.AsyncClient(timeout=60.0, limits=httpx.Limits(max_connections=users)) as client:
            for _ in range(200):  # wait for the server (and warm it: the first answer loads the model)
                try:
                    if (await client.get(base + "/api/v1/health")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.1)
            await client.post(base + f"/api/v1/items/{prose[0]}/answers", json={"answer": answers[0]})
            await client.get(base + "/progress")
            stop = time.perf_counter() + seconds
            await asyncio.gather(*(one_user(client, index, stop) for index in range(users)))

    try:
        asyncio.run(drive())
    finally:
        server.terminate()
        server.join(timeout=10)
        runtime.close()
    pages = [value for kind, values in timings.items() if kind != "answer" for value in values]
    report: dict[str, Any] = {
        "users": users,
        "seconds": seconds,
        "requests": sum(len(values) for values in timings.values()),
        "errors": errors,
        "page_p50_ms": round(statistics.median(pages), 1),
        "page_p99_ms": round(percentile(pages, 0.99), 1),
        "answer_p50_ms": round(statistics.median(timings["answer"]), 1),
        "answer_p99_ms": round(percentile(timings["answer"], 0.99), 1),
    }
    for kind, values in timings.items():
        report[f"{kind}_p50_ms"] = round(statistics.median(values), 1)
        report[f"{kind}_p99_ms"] = round(percentile(values, 0.99), 1)
    return report
