for t in (list, tuple, dict, set, frozenset, range, slice, enumerate, zip, map, filter, reversed, type({}.keys()), type({}.values()), type({}.items()), type(iter([])), type(reversed([])), type(iter(())), type(iter(set())), type(iter({})), type(iter(range(1))), type(iter(len, 1))):
    print(t.__name__, sorted(set(dir(t)) - set(dir(object))))
