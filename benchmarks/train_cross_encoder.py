"""Fine-tune the grader's cross-encoder (MiniLM + LoRA adapters) on SemEval-2013 Task 7 (training split).

Pairs are (reference answer, student answer) from the 2-way training split of SciEntsBank and
Beetle, labelled correct or not; the test splits are never seen. The base weights stay frozen:
low-rank adapters (rank 8) on the attention and feed-forward projections and a linear head on the
mean-pooled output are trained (about 330 thousand numbers), then stored in
src/aceml/grading/cross_encoder.npz, which grading/cross_encoder.py merges into the NumPy
encoder. Needs torch and transformers (the `grader` extra brings both); about 12 minutes on two
CPU cores. Reports 2-way macro-F1 on every test split at a 0.5 cut.

Run: .venv/bin/python benchmarks/train_cross_encoder.py [--epochs 3] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from aceml.grading.cross_encoder import ADAPTER_FILE  # noqa: E402
from aceml.grading.embeddings import MODEL_PACKAGE  # noqa: E402
from grader_eval import CORPORA, DEFAULT_DATA, load, macro_f1  # noqa: E402

RANK, ALPHA, MAX_LENGTH, BATCH, LEARNING_RATE = 8, 16, 160, 32, 1e-3
TARGETS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense")  # fmt: skip


def main() -> int:
    import importlib

    import torch
    from torch import nn
    from transformers import AutoModel, AutoTokenizer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ADAPTER_FILE)
    args = parser.parse_args()
    torch.manual_seed(0)
    random.seed(0)
    torch.set_num_threads(2)
    model_dir = importlib.import_module(MODEL_PACKAGE).MODEL_DIR
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    bert = AutoModel.from_pretrained(model_dir)

    class LoRA(nn.Module):
        def __init__(self, base: nn.Linear) -> None:
            super().__init__()
            self.base = base
            self.A = nn.Parameter(torch.randn(RANK, base.in_features) * 0.01)
            self.B = nn.Parameter(torch.zeros(base.out_features, RANK))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            result: torch.Tensor = self.base(x) + (x @ self.A.T @ self.B.T) * (ALPHA / RANK)
            return result

    for parameter in bert.parameters():
        parameter.requires_grad = False
    for layer in bert.encoder.layer:
        for target in TARGETS:
            owner, name = layer, target.split(".")
            for part in name[:-1]:
                owner = getattr(owner, part)
            setattr(owner, name[-1], LoRA(getattr(owner, name[-1])))
    head = nn.Linear(bert.config.hidden_size, 1)

    def logits(first: list[str], second: list[str]) -> torch.Tensor:
        batch = tokenizer(
            first, second, padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt"
        )
        hidden = bert(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        result: torch.Tensor = head((hidden * mask).sum(1) / mask.sum(1)).squeeze(-1)
        return result

    train = [
        (example.references[0], example.answer, float(example.correct))
        for corpus in CORPORA
        for example in load(args.data, corpus, "train")
    ]
    tests = {
        (label, split): load(args.data, corpus, split)
        for corpus, label in CORPORA.items()
        for split in ("unseen-answers", "unseen-questions", "unseen-domains")
    }
    trainable = [p for p in bert.parameters() if p.requires_grad] + list(head.parameters())
    optimiser = torch.optim.AdamW(trainable, lr=LEARNING_RATE, weight_decay=0.01)
    steps = args.epochs * math.ceil(len(train) / BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, step / 50) * max(0.0, 1 - step / steps)
    )
    loss_function = nn.BCEWithLogitsLoss()
    started = time.perf_counter()
    for epoch in range(args.epochs):
        random.shuffle(train)
        for start in range(0, len(train), BATCH):
            batch = train[start : start + BATCH]
            loss = loss_function(
                logits([b[0] for b in batch], [b[1] for b in batch]), torch.tensor([b[2] for b in batch])
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        print(
            f"epoch {epoch + 1}/{args.epochs} done at {time.perf_counter() - started:.0f} s", file=sys.stderr
        )
    bert.eval()
    results: dict[str, dict[str, float]] = {}
    with torch.no_grad():
        for (label, split), examples in tests.items():
            if not examples:
                continue
            probabilities = np.concatenate(
                [
                    torch.sigmoid(logits([e.references[0] for e in chunk], [e.answer for e in chunk])).numpy()
                    for chunk in (examples[i : i + 64] for i in range(0, len(examples), 64))
                ]
            )
            truth = np.array([e.correct for e in examples])
            results.setdefault(label, {})[split] = round(macro_f1(probabilities >= 0.5, truth), 3)
    stored: dict[str, np.ndarray] = {"scale": np.array(ALPHA / RANK, dtype=np.float32)}
    for name, value in bert.state_dict().items():
        if name.endswith((".A", ".B")):
            stored[name.replace(".base", "")] = value.numpy().astype(np.float16)
    stored["head.weight"] = head.weight.detach().numpy().astype(np.float32)
    stored["head.bias"] = head.bias.detach().numpy().astype(np.float32)
    np.savez_compressed(args.out, **stored)  # type: ignore[arg-type]
    print(
        json.dumps(
            {
                "macro_f1_at_0.5": results,
                "seconds": round(time.perf_counter() - started),
                "out": str(args.out),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
