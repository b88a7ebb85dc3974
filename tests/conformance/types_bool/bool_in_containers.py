# True/False as keys and elements collide with 1/0; counting, sorting and indexing with bools.
d = {1: "one", True: "true", 0: "zero", False: "false", 1.0: "float"}
print(d, len(d), {True: 1} == {1: 1}, {True, 1, 1.0}, {False, 0, 0j}, [1, True].count(True), [0, False, 0.0].index(False))
print("abc"[True], "abc"[False], [10, 20][True], (True, False)[True], list(range(5))[True:])
print(sum(x > 2 for x in range(6)), [x for x in (1, 0, True, False) if x is True], len([True] * 3))
print(sorted([True, 0, False, 2, -1]), max([False, True]), True in {1}, 1 in {True}, True in [1.0])
print(str(True).upper(), repr(False).lower(), int("1") == True, True.real, True.imag, True.numerator, True.denominator)
print(f"{True}", f"{True!r}", f"{True:5}", f"{True:<5}|", "%s %d %r" % (True, True, False), format(False, "b"), "{}".format(True))
