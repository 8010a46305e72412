# Goes down the first column first: the spiral turns counter-clockwise.
def spiral_order(matrix: list[list[int]]) -> list[int]:
    if not matrix or not matrix[0]:
        return []
    transposed = [list(col) for col in zip(*matrix)]
    out = []
    top, bottom, left, right = 0, len(transposed) - 1, 0, len(transposed[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(transposed[top][c])
        for r in range(top + 1, bottom + 1):
            out.append(transposed[r][right])
        if top < bottom:
            for c in range(right - 1, left - 1, -1):
                out.append(transposed[bottom][c])
        if left < right:
            for r in range(bottom - 1, top, -1):
                out.append(transposed[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
