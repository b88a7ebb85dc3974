# Keyword-only parameters after * and *args.
def connect(host, port=80, *, timeout=10, retries):
    return f"{host}:{port} timeout={timeout} retries={retries}"
print(connect("a", retries=1))
print(connect("a", 8080, retries=2, timeout=3))
print(connect(retries=0, host="b"))
try:
    connect("a", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("a")
except TypeError as e:
    print("TypeError:", e)
def log(*messages, level="INFO", sep=" "):
    return f"[{level}] " + sep.join(messages)
print(log("a", "b"))
print(log("x", "y", level="WARN", sep="|"))
def need_two(*, a, b):
    return a + b
try:
    need_two()
except TypeError as e:
    print("TypeError:", e)
try:
    need_two(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(need_two(b=2, a=1))
print(connect.__code__.co_kwonlyargcount, connect.__code__.co_argcount, connect.__code__.co_varnames)
