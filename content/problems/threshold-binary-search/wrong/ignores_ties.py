# Ignores tied scores: may return an index inside a block of equal scores, which no threshold can realise.
from bisect import bisect_left


def lowest_thresholds(scores: list[float], labels: list[int], budgets: list[int]) -> list[int]:
    n = len(scores)
    negatives_from = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        negatives_from[i] = negatives_from[i + 1] + (labels[i] == 0)
    neg_fp = [-negatives_from[i] for i in range(n)]
    answers = []
    for budget in budgets:
        answers.append(bisect_left(neg_fp, -budget))
    return answers
