# Counts false positives only for scores strictly above the threshold (score > t instead of >= t).
from bisect import bisect_left


def lowest_thresholds(scores: list[float], labels: list[int], budgets: list[int]) -> list[int]:
    n = len(scores)
    negatives_from = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        negatives_from[i] = negatives_from[i + 1] + (labels[i] == 0)
    starts = [i for i in range(n) if i == 0 or scores[i] != scores[i - 1]]
    ends = starts[1:] + [n]  # first index after each block of equal scores
    neg_fp = [-negatives_from[e] for e in ends]
    answers = []
    for budget in budgets:
        p = bisect_left(neg_fp, -budget)
        answers.append(starts[p] if p < len(starts) else n)
    return answers
