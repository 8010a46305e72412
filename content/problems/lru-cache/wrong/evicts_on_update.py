# Evicts whenever the cache is full, even when the put only updates a key that is already stored.
from collections import OrderedDict


def lru_simulate(capacity: int, operations: list[list]) -> list[int]:
    cache = OrderedDict()
    results = []
    for op in operations:
        if op[0] == "get":
            if op[1] in cache:
                cache.move_to_end(op[1])
                results.append(cache[op[1]])
            else:
                results.append(-1)
        else:
            _, key, value = op
            if capacity == 0:
                continue
            if len(cache) >= capacity:
                cache.popitem(last=False)
            cache[key] = value
            cache.move_to_end(key)
    return results
