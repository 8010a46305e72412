# Forgets the acceptance test j < k: every later item replaces slot j % k.
def reservoir_sample(stream: list[int], k: int, draws: list[int]) -> list[int]:
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        reservoir[draws[i - k] % k] = stream[i]
    return reservoir
