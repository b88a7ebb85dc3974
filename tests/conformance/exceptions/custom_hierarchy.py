# A custom exception hierarchy for a small application, with extra attributes and __str__.
class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")
class ValidationError(AppError):
    code = 10
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}", detail="validation")
        self.field = field
class NotFound(AppError, LookupError):
    code = 44
class PermissionDenied(AppError):
    code = 43
def action(kind):
    if kind == "validate":
        raise ValidationError("email", "missing @")
    if kind == "lookup":
        raise NotFound("user 7")
    if kind == "perm":
        raise PermissionDenied("admin only", detail="role=guest")
    if kind == "builtin":
        raise KeyError("plain key error")
    return "ok"
for kind in ["validate", "lookup", "perm", "builtin", "none"]:
    try:
        print(kind, "->", action(kind))
    except ValidationError as e:
        print(kind, "-> ValidationError", e, "| field =", e.field, "| args =", e.args)
    except LookupError as e:
        print(kind, "-> LookupError", type(e).__name__, e, repr(e))
    except AppError as e:
        print(kind, "-> AppError", e, e.code, e.detail)
print([c.__name__ for c in NotFound.__mro__])
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
class NoInitCall(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = NoInitCall(1, 2)
print(e.args, str(e), repr(e))
raise ValidationError("age", "must be positive")
