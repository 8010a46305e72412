# A get does not refresh recency, so the cache evicts in insertion (FIFO) order.
from collections import OrderedDict


def lru_simulate(capacity: int, operations: list[list]) -> list[int]:
    cache = OrderedDict()
    results = []
    for op in operations:
        if op[0] == "get":
            results.append(cache.get(op[1], -1))
        else:
            _, key, value = op
            if key in cache:
                cache[key] = value
                cache.move_to_end(key)
            elif capacity > 0:
                if len(cache) >= capacity:
                    cache.popitem(last=False)
                cache[key] = value
    return results
