# Returns the sampled items sorted instead of in reservoir slot order.
def reservoir_sample(stream: list[int], k: int, draws: list[int]) -> list[int]:
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        j = draws[i - k]
        if j < k:
            reservoir[j] = stream[i]
    return sorted(reservoir)
