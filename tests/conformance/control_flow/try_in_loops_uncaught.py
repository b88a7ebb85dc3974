# Errors handled for a while in a loop until one is re-raised uncaught from inside the loop.
records = ["10", "20", "x", "30", None, "40"]
total = 0
for i, rec in enumerate(records):
    try:
        total += int(rec)
    except ValueError:
        print(f"record {i}: skipping {rec!r}")
        continue
    finally:
        print(f"record {i} processed, total {total}")
print("total", total)
