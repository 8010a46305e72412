# Learns the categories from train + test together, so unseen test values get their own column.
def one_hot_encode(train: list[str], test: list[str]) -> list[list[int]]:
    categories = sorted(set(train) | set(test))
    return [[1 if value == category else 0 for category in categories] for value in test]
