# Hand-written versions of itertools functions as generators, composed together.
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def islice(it, stop):
    for i, x in zip(range(stop), it):
        yield x
def cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        yield from saved
def chain(*its):
    for it in its:
        yield from it
def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = fn(total, x)
        yield total
def groupby(it, key=lambda x: x):
    it = iter(it)
    sentinel = object()
    cur_key, group = sentinel, []
    for x in it:
        k = key(x)
        if group and k != cur_key:
            yield cur_key, group
            group = []
        cur_key = k
        group.append(x)
    if group:
        yield cur_key, group
def product(*pools):
    result = [[]]
    for pool in pools:
        result = [r + [p] for r in result for p in pool]
    for r in result:
        yield tuple(r)
def permutations(items, r=None):
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest
def combinations(items, r):
    if r == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(chain([1], (2, 3), "xy")))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print([(k, "".join(g)) for k, g in groupby("aaabccdd")], list(groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)))
print(list(product("ab", [0, 1])), len(list(product(range(3), range(2), "xy"))))
print(list(permutations([1, 2, 3])), list(permutations("abc", 2))[:4])
print(list(combinations("abcd", 2)), sum(1 for _ in combinations(range(10), 3)))
print(list(takewhile(lambda x: x < 5, count())), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
