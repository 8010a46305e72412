# Assumes the input is already sorted by start, so out-of-order intervals are not merged.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
