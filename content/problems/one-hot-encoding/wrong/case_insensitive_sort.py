# Sorts the categories ignoring case ("apple" before "Banana"); the order must be Python's default.
def one_hot_encode(train: list[str], test: list[str]) -> list[list[int]]:
    categories = sorted(set(train), key=str.lower)
    return [[1 if value == category else 0 for category in categories] for value in test]
