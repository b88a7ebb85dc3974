# Error handling inside loops: retry logic, collecting errors, continue/break in handlers.
attempts = {"count": 0}
def flaky():
    attempts["count"] += 1
    if attempts["count"] < 3:
        raise ConnectionError(f"attempt {attempts['count']} failed")
    return "connected"
for attempt in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    else:
        print("success:", result)
        break
else:
    print("gave up")
errors = []
values = ["1", "2", "three", "4", None, "5.5", "6"]
total = 0
for v in values:
    try:
        total += int(v)
    except ValueError as e:
        errors.append(("ValueError", str(e)))
    except TypeError as e:
        errors.append(("TypeError", str(e)))
print(total)
for err in errors:
    print(err)
def first_valid(items):
    for item in items:
        try:
            return 100 // item
        except ZeroDivisionError:
            print("skip zero")
        except TypeError:
            print("skip", type(item).__name__)
            continue
        finally:
            print("checked", item)
    return None
print(first_valid([0, "a", 0, 4, 5]))
i = 0
while True:
    try:
        i += 1
        if i == 4:
            raise StopIteration
    except StopIteration:
        print("stopping at", i)
        break
