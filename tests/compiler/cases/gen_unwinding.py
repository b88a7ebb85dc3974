def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def return_in_except_with_name():
    try:
        raise KeyError("x")
    except KeyError as e:
        return repr(e)
    finally:
        print("fin")
print(return_in_except_with_name())
def del_name_in_handler():
    try:
        raise ValueError
    except ValueError as e:
        del e
    return "ok"
print(del_name_in_handler())
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0] is not None)
def with_in_except():
    try:
        1 / 0
    except ZeroDivisionError as err:
        with CM():
            return type(err).__name__
print(with_in_except())
def loop_with_try_else():
    res = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError
        except ValueError:
            res.append("e%d" % i)
            continue
        else:
            res.append("ok%d" % i)
            if i == 2:
                break
        finally:
            res.append("f%d" % i)
    else:
        res.append("else")
    return res
print(loop_with_try_else())
def nested_with_return():
    with CM():
        with CM():
            for i in range(3):
                with CM():
                    if i == 1:
                        return i
print(nested_with_return())
def raise_no_active():
    try:
        raise
    except RuntimeError as e:
        return str(e)
print(raise_no_active())
def except_expr_evaluated():
    calls = []
    def t():
        calls.append(1)
        return KeyError
    for _ in range(2):
        try:
            raise KeyError
        except t():
            pass
    return len(calls)
print(except_expr_evaluated())
def gen_complex():
    for i in range(3):
        with CM():
            try:
                x = yield i
                if x == "boom":
                    raise ValueError("boom")
            except ValueError as e:
                yield "handled " + str(e)
            finally:
                print("gen finally", i)
g = gen_complex()
print(next(g))
print(g.send("boom"))
print(next(g))
g.close()
def return_value_through_finally():
    try:
        return [1, 2]
    finally:
        print("before return")
print(return_value_through_finally())
def while_else_break():
    i = 0
    while i < 5:
        i += 1
        try:
            if i == 3:
                break
        finally:
            pass
    else:
        return "no break"
    return "break at %d" % i
print(while_else_break())
def exc_context_cleared():
    import sys
    try:
        raise ValueError
    except ValueError:
        pass
    return sys.exc_info()
print(exc_context_cleared())
def nested_except_restore():
    import sys
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        return repr(sys.exc_info()[1])
print(nested_except_restore())
def finally_return_overrides_exception():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(finally_return_overrides_exception())
def try_star_in_loop():
    out = []
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as eg:
            out.append(len(eg.exceptions))
    return out
print(try_star_in_loop())
