# Correct results, but keeps recency in a Python list (list.remove is O(capacity)): too slow for big caches.
def lru_simulate(capacity: int, operations: list[list]) -> list[int]:
    values = {}
    order = []
    results = []
    for op in operations:
        if op[0] == "get":
            key = op[1]
            if key in values:
                order.remove(key)
                order.append(key)
                results.append(values[key])
            else:
                results.append(-1)
        else:
            _, key, value = op
            if key in values:
                order.remove(key)
            elif capacity == 0:
                continue
            elif len(order) >= capacity:
                del values[order.pop(0)]
            values[key] = value
            order.append(key)
    return results
