# A data-processing pipeline of generators (log analysis).
LOG = """\
2024-01-01 10:00:01 INFO user=alice action=login
2024-01-01 10:00:05 WARN user=bob action=login failed=1
2024-01-01 10:01:00 INFO user=alice action=view page=/home
2024-01-01 10:02:00 ERROR user=carol action=pay amount=30
bad line here
2024-01-01 10:03:00 INFO user=bob action=login
2024-01-01 10:04:00 INFO user=bob action=pay amount=12
2024-01-01 10:05:00 ERROR user=alice action=pay amount=99
"""
def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line
def parse(lines):
    for n, line in lines:
        parts = line.split()
        if len(parts) < 4:
            print(f"  skipping malformed line {n}: {line!r}")
            continue
        date, time, level, *fields = parts
        record = {"n": n, "time": time, "level": level}
        for f in fields:
            k, _, v = f.partition("=")
            record[k] = int(v) if v.isdigit() else v
        yield record
def where(records, **conditions):
    for r in records:
        if all(r.get(k) == v for k, v in conditions.items()):
            yield r
def select(records, *keys):
    for r in records:
        yield tuple(r.get(k) for k in keys)
print(list(select(where(parse(read_lines(LOG)), level="ERROR"), "time", "user", "amount")))
totals = {}
for user, amount in select(where(parse(read_lines(LOG)), action="pay"), "user", "amount"):
    totals[user] = totals.get(user, 0) + amount
print(totals)
by_level = {}
for r in parse(read_lines(LOG)):
    by_level.setdefault(r["level"], []).append(r["n"])
print(by_level)
def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
