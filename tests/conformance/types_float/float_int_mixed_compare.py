# Exact comparisons between ints and floats near 2**53 and for huge ints.
big = 2 ** 53
pairs = [(big, float(big)), (big + 1, float(big)), (big + 1, float(big + 2)), (10 ** 400, 1e308),
         (-(10 ** 400), -1e308), (1, 1.0000000000000002), (0, -0.0), (2 ** 1023 * 2, float("inf"))]
for a, b in pairs:
    print(a == b, a < b, a > b, a <= b, a >= b, a != b, b < a)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(float(9007199254740993), int(float(9007199254740993)))
print(1 == 1.0 == True, 0.5 < True, 2.0 in [1, 2, 3], [1, 2] == [1.0, 2.0], {1: "a"}[1.0])
print(sorted([2, 1.5, 2.0, 1, True, 0.5]), sorted([2.0, 2]), sorted([2, 2.0]))
print(max(2, 2.0), max(2.0, 2), min(0, 0.0, False))
