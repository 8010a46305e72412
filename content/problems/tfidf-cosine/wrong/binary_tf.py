# Uses presence (0/1) as the term frequency instead of the raw count.
import numpy as np


def tfidf_cosine(docs):
    vocabulary = sorted({t for doc in docs for t in doc})
    tf = np.array([[1.0 if t in set(doc) else 0.0 for t in vocabulary] for doc in docs]).reshape(len(docs), -1)
    idf = np.log((1.0 + len(docs)) / (1.0 + (tf > 0).sum(axis=0))) + 1.0
    v = tf * idf
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    v = np.divide(v, norms, out=np.zeros_like(v), where=norms > 0)
    return v @ v.T
