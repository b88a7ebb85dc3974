# Simple statements on one line, line continuations and odd but valid layouts.
a = 1; b = 2; c = a + b; print(a, b, c)
if a: print("inline if")
for i in range(2): print("inline for", i)
while b: b -= 1; print("inline while", b)
def f(x): return x * 2
class K: v = 3; w = v + 1
print(f(4), K.v, K.w)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,
    3,  # trailing comma ok
]
print(items)
call = max(
    5,
    9,
    2,
)
print(call)
if (a == 1 and
        c == 3):
    print("parenthesised condition")
x = {
    'key': [
        (1, 2),
        (3, 4),
    ],
}
print(x)
def g(
    a,
    b=2,
    *args,
    c,
    **kw,
):
    return a, b, args, c, kw
print(g(1, c=3))
print("""docstring-like
    block""")
	# (tab indentation below is consistent)
if True:
	print("tab indented")
