# Exceptions raised from inside dunder methods propagate through operators and builtins unchanged.
class Weird:
    def __add__(self, o): raise ArithmeticError("from __add__")
    def __len__(self): raise KeyError("from __len__")
    def __iter__(self): raise IndexError("from __iter__")
    def __eq__(self, o): raise ValueError("from __eq__")
    def __hash__(self): raise TypeError("from __hash__")
    def __getitem__(self, k): raise LookupError(f"from __getitem__({k!r})")
    def __bool__(self): raise RuntimeError("from __bool__")
    def __repr__(self): raise NotImplementedError("from __repr__")
    def __call__(self): raise OSError(5, "from __call__")
    def __contains__(self, x): raise UnicodeError("from __contains__")
    def __enter__(self): raise EOFError("from __enter__")
    def __exit__(self, *a): pass
w = Weird()
actions = {
    "w + 1": lambda: w + 1,
    "1 + w": lambda: 1 + w,
    "len(w)": lambda: len(w),
    "list(w)": lambda: list(w),
    "w == 1": lambda: w == 1,
    "[w].count(1)": lambda: [w].count(1),
    "{w: 1}": lambda: {w: 1},
    "hash(w)": lambda: hash(w),
    "w[1:2]": lambda: w[1:2],
    "not w": lambda: not w,
    "if w": lambda: 1 if w else 0,
    "repr([w])": lambda: repr([w]),
    "f'{w!r}'": lambda: f"{w!r}",
    "w()": lambda: w(),
    "3 in w": lambda: 3 in w,
    "sorted([w, w])": lambda: sorted([w, w]),
    "with w": lambda: exec("with w: pass", {"w": w}),
    "str(w)": lambda: str(w),
    "print(w)": lambda: print(w),
}
for text, action in actions.items():
    try:
        print(text, "->", action())
    except Exception as e:
        print(f"{text:14} -> {type(e).__name__}: {e}")
