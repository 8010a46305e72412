def moving_average(values: list[float], w: int) -> list[float]:
    """Moving average of a stream with window size w.

    Output i is the mean of the last min(i + 1, w) values seen so far,
    i.e. of values[max(0, i - w + 1) : i + 1].

    Args:
        values: the stream, a list of floats (may be empty).
        w: the window size, w >= 1.

    Returns:
        A list of floats with the same length as values.
    """
    raise NotImplementedError
