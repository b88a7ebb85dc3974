# assert statements with and without messages; AssertionError attributes.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2

print(check(3))
for v in [5, -1, 0]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)
assert True, "never evaluated" + 1
def lazy():
    print("message built")
    return "msg"
assert 1, lazy()
try:
    assert 0, lazy()
except AssertionError as e:
    print("caught", e)
print("done")
assert 1 + 1 == 3, "arithmetic is broken"
