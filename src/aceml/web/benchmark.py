"""``aceml bench web``: the app served in a child process, driven by concurrent simulated users."""

from __future__ import annotations

import http.client
import json
import random
import statistics
import time
from typing import Any

from aceml.config import Settings
from aceml.services.benchmarks import percentile
from aceml.services.runtime import Runtime


def _serve_forever(settings_json: str, port: int) -> None:  # pragma: no cover - runs in a child process
    import uvicorn

    from aceml.services.grading import warm_grader
    from aceml.web.app import create_app

    runtime = Runtime(Settings.model_validate_json(settings_json))
    warm_grader(runtime)  # as `aceml serve` does in the background; here before serving
    uvicorn.run(create_app(runtime), host="127.0.0.1", port=port, log_level="warning")


def _request(
    connection: http.client.HTTPConnection, method: str, path: str, body: dict[str, str] | None
) -> int:
    """Send one request on a kept-alive connection and return the status (read the whole body)."""
    payload = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json"} if payload is not None else {}
    connection.request(method, path, body=payload, headers=headers)
    response = connection.getresponse()
    response.read()
    return response.status


def bench_web(
    *, settings: Settings, users: int = 50, seconds: float = 20.0, think: float = 1.0
) -> dict[str, Any]:
    """Serve the app in a child process and drive it with ``users`` concurrent simulated candidates.

    Each user (a thread with its own kept-alive connection; standard library only) loops for
    ``seconds``: the bank page, an item page, a question page, an answer that is graded and
    recorded, and the dashboard (local mode: they share the one local user). Between two requests
    a user pauses for a think time drawn uniformly from 0.5 to 1.5 times ``think`` seconds, as a
    person reading a page does (``think=0`` hammers the server: a saturation test, where latency
    measures the queue rather than the app). Returns p50/p99 latency per page type and per
    answer, the throughput and the number of errors (status >= 400 or a failed request).
    """
    import multiprocessing
    import socket
    import threading
    from concurrent.futures import ThreadPoolExecutor

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    context = multiprocessing.get_context("spawn")
    server = context.Process(target=_serve_forever, args=(settings.model_dump_json(), port), daemon=True)
    server.start()
    runtime = Runtime(settings)
    prose = [item.id for item in runtime.bank if item.kind.value in ("concept", "behavioral")][:40]
    answers = [
        "It memorises noise in the training data and does badly on new data.",
        "I would use cross-validation.",
    ]
    timings: dict[str, list[float]] = {"bank": [], "item": [], "question": [], "dashboard": [], "answer": []}
    errors = 0
    lock = threading.Lock()

    def connect() -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def one_user(index: int, stop: float) -> None:
        nonlocal errors
        connection = connect()
        pauses = random.Random(index)
        step = 0
        while time.perf_counter() < stop:
            item = prose[(index * 7 + step) % len(prose)]
            requests = [
                ("bank", "GET", "/", None),
                ("item", "GET", f"/items/{item}", None),
                ("question", "GET", f"/practice/{item}", None),
                # Every answer is new text, as a candidate's is: nothing is served from a cache.
                (
                    "answer",
                    "POST",
                    f"/api/v1/items/{item}/answers",
                    {"answer": f"{answers[step % 2]} ({index}.{step})"},
                ),
                ("dashboard", "GET", "/progress", None),
            ]
            for kind, method, path, body in requests:
                if think > 0:
                    time.sleep(think * pauses.uniform(0.5, 1.5))
                if time.perf_counter() >= stop:
                    break
                begin = time.perf_counter()
                try:
                    failed = _request(connection, method, path, body) >= 400
                except (OSError, http.client.HTTPException):
                    failed = True
                    connection.close()
                    connection = connect()
                with lock:
                    timings[kind].append((time.perf_counter() - begin) * 1000)
                    errors += failed
            step += 1
        connection.close()

    try:
        warm = connect()
        for _ in range(1200):  # wait (up to 2 min: a cold start embeds the bank) for the server, then warm it
            try:
                if _request(warm, "GET", "/api/v1/health", None) == 200:
                    break
            except (OSError, http.client.HTTPException):
                warm.close()
                warm = connect()
            time.sleep(0.1)
        _request(warm, "POST", f"/api/v1/items/{prose[0]}/answers", {"answer": answers[0]})
        _request(warm, "GET", "/progress", None)
        warm.close()
        stop = time.perf_counter() + seconds
        with ThreadPoolExecutor(max_workers=users) as pool:
            list(pool.map(lambda index: one_user(index, stop), range(users)))
    finally:
        server.terminate()
        server.join(timeout=10)
        runtime.close()
    pages = [value for kind, values in timings.items() if kind != "answer" for value in values]

    def median(values: list[float]) -> float | None:
        return round(statistics.median(values), 1) if values else None  # a run too short for this kind

    def p99(values: list[float]) -> float | None:
        return round(percentile(values, 0.99), 1) if values else None

    total = sum(len(values) for values in timings.values())
    report: dict[str, Any] = {
        "users": users,
        "seconds": seconds,
        "think_s": think,
        "requests": total,
        "requests_per_s": round(total / seconds, 1),
        "errors": errors,
        "page_p50_ms": median(pages),
        "page_p99_ms": p99(pages),
        "answer_p50_ms": median(timings["answer"]),
        "answer_p99_ms": p99(timings["answer"]),
    }
    for kind, values in timings.items():
        report[f"{kind}_p50_ms"] = median(values)
        report[f"{kind}_p99_ms"] = p99(values)
    return report
