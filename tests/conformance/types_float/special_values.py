# inf, nan and -0.0: arithmetic, comparisons, and their formatting.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf, nan + 1, nan == nan, nan != nan)
print(inf > 10 ** 400, -inf < -(10 ** 400), inf == inf, min(inf, 1), max(-inf, -1))
print(nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,), float("nan") in [float("nan")])
z = -0.0
print(z, 0.0 == -0.0, repr(z), str(z), abs(z), -z, z + 0.0, z - 0.0, z * 1, 0.0 * -1)
print(format(-0.0, ".1f"), format(-0.0, "z.1f"), format(-0.001, "z.1f"), round(-0.4), round(-0.4, 1))
for op in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0), lambda: 0.0 ** -1,
           lambda: 1e308 * 10, lambda: 10.0 ** 400, lambda: 2.0 ** 10000, lambda: (-8.0) ** 0.5):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(5.0 // 2, -5.0 // 2, 5.0 % -2, -5.5 % 2, divmod(-7.5, 2), divmod(7.5, -2), 1e300 % 3)
print(-1e-300 % 1.0, 1e-300 % -1.0, (-0.0) % 5, 0.0 % -5)
print(inf % 5 if False else "skip", 5 % inf, -5 % inf, 5.0 // inf, -5.0 // inf)
print(sorted([3.0, -0.0, 0.0, -inf, inf, 1e-300]))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e16 + 1 == 1e16, 2.0 ** 53 + 1.0)
