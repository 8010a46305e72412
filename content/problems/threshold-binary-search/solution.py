from bisect import bisect_left


def lowest_thresholds(scores: list[float], labels: list[int], budgets: list[int]) -> list[int]:
    """Count negatives at or above each distinct score, then binary-search every budget."""
    n = len(scores)
    # negatives_from[i] = number of label-0 items in scores[i:]
    negatives_from = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        negatives_from[i] = negatives_from[i + 1] + (labels[i] == 0)
    # candidate thresholds: the first index of every distinct score
    starts = [i for i in range(n) if i == 0 or scores[i] != scores[i - 1]]
    # false positives of each candidate, non-increasing; negate to get an ascending list
    neg_fp = [-negatives_from[i] for i in starts]
    answers = []
    for budget in budgets:
        p = bisect_left(neg_fp, -budget)  # first candidate with fp <= budget
        answers.append(starts[p] if p < len(starts) else n)
    return answers
