# A match whose guard raises: the traceback points into the guard.
def route(request):
    match request:
        case {"path": "/"}:
            return "index"
        case {"path": path, "user": user} if user["admin"]:
            return f"admin page {path}"
        case {"path": path}:
            return f"page {path}"
for req in [{"path": "/"}, {"path": "/a", "user": {"admin": True}}, {"path": "/b"}, {"path": "/c", "user": {}}]:
    print(route(req))
