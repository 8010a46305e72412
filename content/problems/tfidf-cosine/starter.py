import numpy as np


def tfidf_cosine(docs: list[list[str]]) -> np.ndarray:
    """Pairwise cosine similarity of the TF-IDF vectors of a tokenised corpus.

    tf = raw count of the token in the document; df = number of documents containing it;
    idf = ln((1 + N) / (1 + df)) + 1 with N = len(docs); each document's vector tf * idf is
    scaled to unit L2 norm (an empty document stays the zero vector).

    Args:
        docs: N >= 1 documents, each a list of token strings (possibly empty).

    Returns:
        Float array of shape (N, N): entry (i, j) is the dot product of the normalised
        vectors of documents i and j.
    """
    raise NotImplementedError
