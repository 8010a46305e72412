# Correct answers, but walks down from the top score for every budget: O(n * q), too slow.
def lowest_thresholds(scores: list[float], labels: list[int], budgets: list[int]) -> list[int]:
    n = len(scores)
    answers = []
    for budget in budgets:
        best = n
        fp = 0
        i = n - 1
        while i >= 0:
            j = i
            while j >= 0 and scores[j] == scores[i]:
                fp += labels[j] == 0
                j -= 1
            if fp > budget:
                break
            best = j + 1
            i = j
        answers.append(best)
    return answers
