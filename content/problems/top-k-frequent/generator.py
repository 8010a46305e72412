import numpy as np

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo"]


def generate(seed: int) -> list[dict]:
    """Larger random texts with many ties: words drawn from a small vocabulary."""
    rng = np.random.default_rng(seed)
    vocab = [a + b for a in SYLLABLES for b in SYLLABLES]
    cases = []
    for n, vocab_size, k in [(200, 20, 5), (400, 64, 12), (300, 40, 45)]:
        chosen = rng.choice(len(vocab), size=vocab_size, replace=False)
        picks = rng.integers(0, vocab_size, size=n)
        cases.append({"words": [vocab[chosen[i]] for i in picks], "k": k})
    return cases
