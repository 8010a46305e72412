# Orders the columns by first appearance in the training list instead of sorting them.
def one_hot_encode(train: list[str], test: list[str]) -> list[list[int]]:
    categories = list(dict.fromkeys(train))
    return [[1 if value == category else 0 for category in categories] for value in test]
