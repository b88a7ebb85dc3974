# The format mini-language for integers.
specs = ["", "d", "5d", "<5d", "^5d", ">5d", "05d", "+d", "-d", " d", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
         "c", ",", "_", "_x", "_b", "#_b", ",d", "=+8d", "*^9d", "08,d", "e", ".2f", "%", "n", "g"]
for v in [0, 42, -42, 255, 1234567]:
    row = []
    for s in specs:
        try:
            row.append(f"[{format(v, s)}]")
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(v, " ".join(row))
print(format(2 ** 100, ","), format(-2 ** 70, "_x"), format(True, "d"), format(True, ""), format(65, "c"))
for bad in ["s", ".2d", "z", "5.5.5", ",_", "=s", "#c", "+c"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print(f"ValueError for {bad!r}:", e)
print(f"{42:{'<'}{8}}|", "{:>{w}}|".format(7, w=5), "{0:{1}{2}}".format(3, "0", 4))
