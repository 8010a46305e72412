def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    """Merge overlapping closed intervals.

    Intervals that share at least one point (including touching ones such as
    [1, 2] and [2, 3]) are merged into one.

    Args:
        intervals: a list of [start, end] pairs of ints with start <= end, in any order.

    Returns:
        The merged intervals as [start, end] lists, sorted by start.
    """
    raise NotImplementedError
