# Runs min(m, n) // 2 full rings and then only handles a centre ELEMENT, losing a leftover
# middle row or column of non-square matrices.
def spiral_order(matrix: list[list[int]]) -> list[int]:
    if not matrix or not matrix[0]:
        return []
    m, n = len(matrix), len(matrix[0])
    out = []
    for layer in range(min(m, n) // 2):
        top, bottom, left, right = layer, m - 1 - layer, layer, n - 1 - layer
        out += [matrix[top][c] for c in range(left, right + 1)]
        out += [matrix[r][right] for r in range(top + 1, bottom + 1)]
        out += [matrix[bottom][c] for c in range(right - 1, left - 1, -1)]
        out += [matrix[r][left] for r in range(bottom - 1, top, -1)]
    if min(m, n) % 2 == 1:
        out.append(matrix[m // 2][n // 2])
    return out
