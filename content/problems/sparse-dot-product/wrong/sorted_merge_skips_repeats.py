# Sorts first, but on a matching index advances both pointers once, so repeated indices are undercounted.
def sparse_dot(a: list[list[float]], b: list[list[float]]) -> float:
    a, b = sorted(a), sorted(b)
    i = j = 0
    total = 0.0
    while i < len(a) and j < len(b):
        if a[i][0] == b[j][0]:
            total += a[i][1] * b[j][1]
            i += 1
            j += 1
        elif a[i][0] < b[j][0]:
            i += 1
        else:
            j += 1
    return total
