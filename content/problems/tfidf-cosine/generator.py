import numpy as np

WORDS = [
    "model", "data", "train", "test", "loss", "the", "a", "of", "grad", "layer", "token", "vector",
    "learn", "rate", "batch", "noise", "Model", "score", "tree", "split",
]


def generate(seed: int) -> list[dict]:
    """Corpora drawn from a skewed vocabulary (a few very common words, many rare ones), with
    repeated tokens, the occasional empty document and duplicate documents."""
    rng = np.random.default_rng(seed)
    probabilities = 1.0 / np.arange(1, len(WORDS) + 1)
    probabilities /= probabilities.sum()
    cases = []
    for n_docs, max_len, with_empty in [(5, 8, False), (10, 15, True), (20, 12, False), (8, 30, True), (30, 6, True)]:
        order = rng.permutation(len(WORDS))
        docs = []
        for _ in range(n_docs):
            length = int(rng.integers(1, max_len + 1))
            docs.append([WORDS[order[i]] for i in rng.choice(len(WORDS), size=length, p=probabilities)])
        if with_empty:
            docs[int(rng.integers(0, n_docs))] = []
        docs[-1] = list(docs[0])  # a duplicate document: similarity 1 with document 0 (if non-empty)
        cases.append({"docs": docs})
    return cases
