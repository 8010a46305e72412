from collections import OrderedDict


def lru_simulate(capacity: int, operations: list[list]) -> list[int]:
    """OrderedDict kept in recency order: least recently used first, most recent last."""
    cache: OrderedDict[int, int] = OrderedDict()
    results: list[int] = []
    for op in operations:
        if op[0] == "get":
            key = op[1]
            if key in cache:
                cache.move_to_end(key)
                results.append(cache[key])
            else:
                results.append(-1)
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
