# Products, quotients and powers of complex numbers with exact small-integer results.
zs = [complex(a, b) for a in (-2, -1, 0, 1, 3) for b in (-1, 0, 2)]
for z in zs:
    print(z, [z * w for w in zs[:6]])
for z in zs:
    out = []
    for w in zs:
        try:
            out.append(z / w)
        except ZeroDivisionError:
            out.append("Z")
    print(z, out[:8])
for n in range(-3, 5):
    print(n, (1 + 1j) ** n, (2 - 1j) ** n, 1j ** n)
print(sum([1j, 2, 3.5, 1 - 1j]), sum(zs), abs(3 - 4j), abs(complex(1e308, 1e308)) if False else "skip")
