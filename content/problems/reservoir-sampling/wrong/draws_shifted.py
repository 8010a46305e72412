# Off by one: starts the replacement loop at item k + 1, so item k is never considered and each draw
# is paired with the item after the one it belongs to.
def reservoir_sample(stream: list[int], k: int, draws: list[int]) -> list[int]:
    reservoir = list(stream[:k])
    for i in range(k + 1, len(stream)):
        j = draws[i - k - 1]
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
