def lru_simulate(capacity: int, operations: list[list]) -> list[int]:
    """Simulate a least-recently-used (LRU) cache and return the results of the gets.

    ["get", k]: return the value of k (-1 if absent); k becomes the most recently used.
    ["put", k, v]: store v under k; k becomes the most recently used. If k is new and the
    cache already holds `capacity` keys, first evict the least recently used key.

    Args:
        capacity: maximum number of keys held, capacity >= 0.
        operations: a list of ["get", k] and ["put", k, v] lists (ints k, v >= 0).

    Returns:
        One int per "get", in order.
    """
    raise NotImplementedError
