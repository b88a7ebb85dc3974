# Definition order: functions defined later are found at call time; redefinition; conditional definitions.
def first():
    return second()
def second():
    return "second (v1)"
print(first())
def second():
    return "second (v2)"
print(first())
if True:
    def cond():
        return "true branch"
else:
    def cond():
        return "false branch"
print(cond())
try:
    later()
except NameError as e:
    print("NameError:", e)
def later():
    return "now defined"
print(later())
funcs = {}
for name in ("a", "b"):
    def f(n=name):
        return n.upper()
    funcs[name] = f
print({k: v() for k, v in funcs.items()})
class Rebind:
    def m(self): return 1
    def m(self): return 2
print(Rebind().m())
def default_uses_earlier(x=first()):
    return x
print(default_uses_earlier())
