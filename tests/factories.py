"""Factories that write valid content files; each field can be overridden per test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ANSWER = (
    "A strong answer explains the idea in plain words, gives the reason it matters, names the "
    "usual way to detect it in practice, and describes two or three remedies with their costs. "
    "It stays concrete and avoids vague filler, so an interviewer can check every claim quickly."
)


def concept_fields(item_id: str, **overrides: Any) -> dict[str, Any]:
    """Return front matter for a valid concept item, with ``overrides`` applied."""
    fields: dict[str, Any] = {
        "id": item_id,
        "kind": "concept",
        "prompt": f"Explain {item_id.replace('-', ' ')}.",
        "topics": ["fundamentals"],
        "stages": ["screening"],
        "competencies": ["technical-skills"],
        "difficulty": "easy",
        "key_points": [
            {"id": "definition", "text": "States what the idea is in one precise sentence.", "weight": 2},
            {"id": "symptom", "text": "Names how you would notice it in practice."},
            {"id": "remedy", "text": "Gives a concrete remedy and its cost."},
        ],
        "mistakes": [{"id": "confusion", "text": "Confuses the idea with its opposite."}],
        "follow_ups": [],
    }
    fields.update(overrides)
    return {key: value for key, value in fields.items() if value is not None}


def write_item(
    directory: Path, item_id: str, *, body: str = ANSWER, name: str | None = None, **overrides: Any
) -> Path:
    """Write a prose item file and return its path. ``None`` overrides drop a field."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name or item_id}.md"
    front = yaml.safe_dump(concept_fields(item_id, **overrides), sort_keys=False)
    path.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    return path


def write_problem(directory: Path, item_id: str = "add-vectors", **overrides: Any) -> Path:
    """Write a valid coding-problem folder and return it."""
    folder = directory / item_id
    (folder / "wrong").mkdir(parents=True, exist_ok=True)
    fields: dict[str, Any] = {
        "id": item_id,
        "title": "Add two vectors",
        "group": "coding",
        "topics": ["linear-algebra", "python"],
        "stages": ["technical"],
        "competencies": ["technical-skills"],
        "difficulty": "easy",
        "entry_point": "add",
        "signature": "def add(a: list[float], b: list[float]) -> list[float]",
        "limits": {"cpu_s": 1, "wall_s": 3, "memory_mb": 256},
        "checker": {"kind": "allclose", "rtol": 1e-6, "atol": 1e-9},
    }
    fields.update(overrides)
    front = yaml.safe_dump(fields, sort_keys=False)
    (folder / "problem.md").write_text(
        f"---\n{front}---\nReturn the element-wise sum of `a` and `b`.\n\n## Checking\nWithin `1e-6` relative.\n"
    )
    (folder / "starter.py").write_text("def add(a, b):\n    raise NotImplementedError\n")
    (folder / "solution.py").write_text("def add(a, b):\n    return [x + y for x, y in zip(a, b)]\n")
    (folder / "wrong" / "first_only.py").write_text("def add(a, b):\n    return list(a)\n")
    tests = {
        "sample": [{"input": {"a": [1, 2], "b": [3, 4]}}],
        "hidden": [{"input": {"a": [0.5], "b": [-0.5]}, "name": "SECRET-HIDDEN-CASE"}],
    }
    (folder / "tests.yaml").write_text(yaml.safe_dump(tests))
    return folder


def write_dataset(directory: Path, item_id: str = "churn", **overrides: Any) -> Path:
    """Write a valid dataset-task folder (tiny, pure-Python data) and return it."""
    folder = directory / item_id
    folder.mkdir(parents=True, exist_ok=True)
    fields: dict[str, Any] = {
        "id": item_id,
        "title": "Predict churn",
        "topics": ["supervised", "business"],
        "stages": ["ml-round"],
        "competencies": ["technical-skills", "business"],
        "difficulty": "medium",
        "seed": 0,
        "metric": "accuracy",
        "greater_is_better": True,
        "threshold": 0.8,
        "limits": {"cpu_s": 5, "wall_s": 30, "memory_mb": 1024},
        "analysis": {
            "prompt": "Explain your model.",
            "key_points": [
                {"id": "sign", "text": "The label is the sign of the single feature."},
                {"id": "threshold", "text": "A threshold at zero separates the classes perfectly."},
                {"id": "baseline", "text": "A constant prediction only reaches the majority rate."},
            ],
            "model_answer": "The label is the sign of the feature, so a threshold at zero separates the classes, "
            "while a constant prediction only reaches the majority rate.",
        },
    }
    fields.update(overrides)
    front = yaml.safe_dump(fields, sort_keys=False)
    (folder / "task.md").write_text(
        f"---\n{front}---\nPredict which customers leave next month.\n\n## Scoring\nAccuracy, at least 0.8.\n"
    )
    (folder / "prepare.py").write_text(
        "import pandas as pd\n"
        "def prepare(seed):\n"
        "    xs = [(-1) ** i * (i + 1) for i in range(40)]\n"
        "    X = pd.DataFrame({'x': xs, 'name': [f'c{i}' for i in range(40)]})\n"
        "    y = pd.Series([int(x > 0) for x in xs], name='left')\n"
        "    return {'X_train': X[:20], 'y_train': y[:20], 'X_public': X[20:30], 'y_public': y[20:30],\n"
        "            'X_private': X[30:], 'y_private': y[30:]}\n"
    )
    (folder / "score.py").write_text(
        "def score(y_true, y_pred, X):\n"
        "    y_pred = list(y_pred)\n"
        "    if len(y_pred) != len(y_true):\n"
        "        raise ValueError(f'expected {len(y_true)} predictions, got {len(y_pred)}')\n"
        "    return sum(int(a == b) for a, b in zip(y_true, y_pred)) / len(y_true)\n"
    )
    (folder / "solution.py").write_text(
        "def fit_predict(X_train, y_train, X_test):\n    return (X_test['x'] > 0).astype(int).to_numpy()\n"
    )
    (folder / "baseline.py").write_text(
        "def fit_predict(X_train, y_train, X_test):\n    return [0 for _ in X_test]\n"
    )
    return folder
