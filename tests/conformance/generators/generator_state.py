# Generator state: gi_running, gi_frame, gi_suspended, re-entrancy ValueError, close states.
def g():
    yield 1
    yield 2
gen = g()
def state(gen):
    if gen.gi_running:
        return "RUNNING"
    if gen.gi_frame is None:
        return "CLOSED"
    if gen.gi_suspended:
        return "SUSPENDED"
    return "CREATED"
print(state(gen), gen.__name__, gen.__qualname__)
next(gen)
print(state(gen), gen.gi_frame.f_lineno)
next(gen)
print(state(gen))
print(list(gen), state(gen))
def reentrant():
    yield me.gi_running
    yield next(me)
me = reentrant()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(state(me))
gen2 = g()
gen2.close()
print(state(gen2), list(gen2))
def code_info():
    x = 5
    yield x
ci = code_info()
print(ci.gi_code.co_name, ci.gi_yieldfrom, type(ci.gi_code).__name__)
def delegating():
    yield from g()
dg = delegating()
next(dg)
print(type(dg.gi_yieldfrom).__name__)
gen3 = g()
next(gen3)
gen3.close()
print(state(gen3))
