# Uses bisect_right, which finds the first threshold with strictly fewer than f false positives.
from bisect import bisect_right


def lowest_thresholds(scores: list[float], labels: list[int], budgets: list[int]) -> list[int]:
    n = len(scores)
    negatives_from = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        negatives_from[i] = negatives_from[i + 1] + (labels[i] == 0)
    starts = [i for i in range(n) if i == 0 or scores[i] != scores[i - 1]]
    neg_fp = [-negatives_from[i] for i in starts]
    answers = []
    for budget in budgets:
        p = bisect_right(neg_fp, -budget)
        answers.append(starts[p] if p < len(starts) else n)
    return answers
