def one_hot_encode(train: list[str], test: list[str]) -> list[list[int]]:
    """Categories = sorted distinct training values; unseen test values give an all-zero row."""
    categories = sorted(set(train))
    column = {category: j for j, category in enumerate(categories)}
    rows = []
    for value in test:
        row = [0] * len(categories)
        if value in column:
            row[column[value]] = 1
        rows.append(row)
    return rows
