# Imports inside functions and classes bind local names; import is cached across calls.
def use():
    import _helpers
    from _helpers import record
    return record("from function"), "_helpers" in dir()
print(use())
print(use())
print("_helpers" in globals())
class Holder:
    import _helpers as helpers_attr
print(Holder.helpers_attr.CALLS)
def conditional(flag):
    if flag:
        import _star as mod
    else:
        import _star_all as mod
    return mod.__name__
print(conditional(True), conditional(False))
