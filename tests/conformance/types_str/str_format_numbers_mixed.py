# str.format and f-strings for numbers of every type and the locale-free 'n' type, nested width/precision.
vals = [0, 5, -5, 3.14159, -0.5, 1e21, 2 ** 40, True, 1 + 2j]
for v in vals:
    try:
        print(repr(v), "{:>10}|{:<10}|{:^10}|{:+}|{:n}|{:_}".format(v, v, v, v, v, v if not isinstance(v, complex) else 0))
    except ValueError as e:
        print(repr(v), "ValueError", e)
for width in (1, 6, 12):
    for prec in (0, 2, 5):
        print(width, prec, f"[{3.14159:{width}.{prec}f}] [{-2.5:^{width}.{prec}e}] [{'text':>{width}.{prec}}]")
print("{:%}".format(0.25), "{:.0%}".format(1 / 3), "{:#.3g}".format(1.0), "{:#o}".format(8), "{:,.2f}".format(1234567.891))
print("{:08.3f}".format(-3.14159), "{:+08d}".format(42), "{:=+8d}".format(42), "{:x<8d}".format(42), "{:0=8}".format(-1.5))
