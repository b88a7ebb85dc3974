# LOAD_FAST_CHECK: every way a fast local can be unbound when read.
def conditional(flag):
    if flag:
        x = 1
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)

print(conditional(True), conditional(False))

def deleted():
    y = 2
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print("deleted:", e)

deleted()

def loop_assign(n):
    for i in range(n):
        if i == 2:
            z = i
    try:
        return z
    except UnboundLocalError:
        return "no z"

print(loop_assign(5), loop_assign(1))

def except_var():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "cleared: " + str(e)

print(except_var())

def while_else(n):
    while n > 0:
        n -= 1
        if n == 10:
            found = n
            break
    else:
        return "no break"
    return found

print(while_else(3), while_else(20))

def assigned_in_try(fail):
    try:
        if fail:
            raise KeyError(fail)
        w = "ok"
    except KeyError:
        pass
    try:
        return w
    except UnboundLocalError:
        return "w unbound"

print(assigned_in_try(0), assigned_in_try(1))

def many_locals(flag):
    a0=a1=a2=a3=a4=a5=a6=a7=a8=a9=0
    b0=b1=b2=b3=b4=b5=b6=b7=b8=b9=0
    c0=c1=c2=c3=c4=c5=c6=c7=c8=c9=0
    d0=d1=d2=d3=d4=d5=d6=d7=d8=d9=0
    e0=e1=e2=e3=e4=e5=e6=e7=e8=e9=0
    f0=f1=f2=f3=f4=f5=f6=f7=f8=f9=0
    g0=g1=g2=g3=g4=g5=g6=g7=g8=g9=0
    if flag:
        late = "late"
    del a0
    try:
        print(late)
    except UnboundLocalError as e:
        print("late:", e)
    try:
        print(a0)
    except UnboundLocalError as e:
        print("a0:", e)
    return g9 + f9

print(many_locals(True), many_locals(False))

def comprehension_shadow():
    x = "outer"
    ys = [x for x in range(3)]
    return x, ys

print(comprehension_shadow())

def comprehension_unbound():
    try:
        return [q for _ in range(1)]
    except NameError as e:
        return type(e).__name__
    q = 1

print(comprehension_unbound())

def param_deleted(p):
    del p
    try:
        return p
    except UnboundLocalError as e:
        return str(e)

print(param_deleted(1))
