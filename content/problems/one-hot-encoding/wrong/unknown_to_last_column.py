# Sends unseen test values to the last category (index -1) instead of an all-zero row.
def one_hot_encode(train: list[str], test: list[str]) -> list[list[int]]:
    categories = sorted(set(train))
    column = {category: j for j, category in enumerate(categories)}
    rows = []
    for value in test:
        row = [0] * len(categories)
        row[column.get(value, -1)] = 1
        rows.append(row)
    return rows
