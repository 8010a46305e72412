def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Peel the matrix layer by layer, shrinking four boundaries; guard the last row/column."""
    out: list[int] = []
    if not matrix or not matrix[0]:
        return out
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(matrix[top][c])
        for r in range(top + 1, bottom + 1):
            out.append(matrix[r][right])
        if top < bottom:  # a bottom row distinct from the top row
            for c in range(right - 1, left - 1, -1):
                out.append(matrix[bottom][c])
        if left < right:  # a left column distinct from the right column
            for r in range(bottom - 1, top, -1):
                out.append(matrix[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
