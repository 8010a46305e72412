# Updating an existing key changes its value but does not make it the most recently used.
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
            if key in cache:
                cache[key] = value
            elif capacity > 0:
                if len(cache) >= capacity:
                    cache.popitem(last=False)
                cache[key] = value
    return results
