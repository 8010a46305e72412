# Removes slot j and appends the new item at the end, so the slot order is lost.
def reservoir_sample(stream: list[int], k: int, draws: list[int]) -> list[int]:
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        j = draws[i - k]
        if j < k:
            reservoir.pop(j)
            reservoir.append(stream[i])
    return reservoir
