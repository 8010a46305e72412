"""Reference: bag of words and word pairs from subject and body, logistic regression."""

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def _text(X):
    return (X["subject"] + " . " + X["body"]).str.lower()


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(
        CountVectorizer(ngram_range=(1, 2), min_df=2),
        LogisticRegression(C=1.0, max_iter=3000),
    )
    model.fit(_text(X_train), y_train)
    return model.predict(_text(X_test))
