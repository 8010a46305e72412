import numpy as np


def tfidf_cosine(docs: list[list[str]]) -> np.ndarray:
    """Cosine similarities of L2-normalised TF-IDF rows (raw counts, smoothed idf + 1)."""
    vocabulary = sorted({token for doc in docs for token in doc})
    column = {token: j for j, token in enumerate(vocabulary)}
    counts = np.zeros((len(docs), len(vocabulary)))
    for i, doc in enumerate(docs):
        for token in doc:
            counts[i, column[token]] += 1.0
    n_docs = len(docs)
    df = (counts > 0).sum(axis=0)
    idf = np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
    vectors = counts * idf
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    return vectors @ vectors.T
