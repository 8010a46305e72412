def reservoir_sample(stream: list[int], k: int, draws: list[int]) -> list[int]:
    """Reservoir sampling of k items, with the random numbers given in advance.

    Fill the reservoir with the first k items. For each later item i (0-based, i >= k),
    j = draws[i - k] is a uniform integer in [0, i]; if j < k the item replaces slot j,
    otherwise it is discarded.

    Args:
        stream: the items, a list of ints, in arrival order (may be shorter than k).
        k: the reservoir size, k >= 1.
        draws: a list of max(0, len(stream) - k) ints.

    Returns:
        The reservoir, a list of min(k, len(stream)) ints in slot order.
    """
    raise NotImplementedError
