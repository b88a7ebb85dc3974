# Higher-order functions: map/filter/reduce by hand, function pipelines, partial application.
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        return fn(*bound, *args, **{**bound_kw, **kw})
    return call
def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
nums = list(range(1, 11))
print(reduce(lambda a, b: a + b, nums, 0), reduce(lambda a, b: a * b, nums, 1))
print(reduce(lambda acc, x: acc + [acc[-1] + x], nums, [0]))
pow2 = partial(pow, 2)
print([pow2(i) for i in range(8)])
fmt = partial("{}-{}-{sep}".format, sep="!")
print(fmt(1, 2), fmt("a", "b", sep="?"))
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "), clean("A B C"))
def apply_n(f, n):
    return lambda x: reduce(lambda acc, _: f(acc), range(n), x)
print(apply_n(lambda x: x * 2, 10)(1))
def group_by(key, items):
    out = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out
words = "the quick brown fox jumps over the lazy dog".split()
print(group_by(len, words))
print(sorted(group_by(lambda w: w[0], words).items()))
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
print(list(zip(*[iter(range(9))] * 3)))
print(dict(map(lambda kv: (kv[1], kv[0]), enumerate("abc"))))
