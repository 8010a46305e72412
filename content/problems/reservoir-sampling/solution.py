def reservoir_sample(stream: list[int], k: int, draws: list[int]) -> list[int]:
    """Algorithm R with the random numbers supplied: draws[i - k] belongs to item i."""
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        j = draws[i - k]
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
