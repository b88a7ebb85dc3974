# round() on floats: half-even on the exact binary value, negative ndigits, huge ndigits, and int results.
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1234.5, 1e16 + 0.5 if False else 1e15 + 0.5, 5e-324,
        1.7976931348623157e308, 123.456, -987.654]
for v in vals:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 20), round(v, -400))
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, 1.0), lambda: round(1e308, -308) + 0]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.0, 1), round(-0.4), round(0.5 + 2 ** -53), int(2.5 + 0.5))
print(round(2 ** 63 + 0.0), round(1e20), round(1e300) % 1000)
