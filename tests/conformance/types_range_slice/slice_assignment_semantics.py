# Slice assignment and deletion across list/bytearray with out-of-range and reversed bounds.
def run(target, key, value):
    t = target[:]
    try:
        t[key] = value
        return t
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
base = [0, 1, 2, 3, 4, 5]
for key, value in [(slice(10, 20), [9]), (slice(-20, 1), []), (slice(4, 1), ["x"]), (slice(None, None, -1), "abcdef"),
                   (slice(None, None, -2), "xyz"), (slice(1, 5, 2), (7, 8)), (slice(1, 5, 2), [7]), (slice(0, 0), range(3)),
                   (slice(5, None, -5), "pq"), (slice(None), iter("ab"))]:
    print(key, run(base, key, value))
ba = bytearray(b"012345")
for key, value in [(slice(1, 3), b"ab"), (slice(None, None, 2), b"xyz"), (slice(4, 1), b"-"), (slice(0, 2), [65, 66])]:
    print(key, run(ba, key, value))
d = list(range(10))
del d[8:2:-2]
print(d)
del d[100:]
del d[-100:1]
print(d)
