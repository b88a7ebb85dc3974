# Everyday list, dict, set and tuple usage the way scripts use them.
todo = ["write tests", "fix bug", "review"]
todo.append("deploy")
todo.insert(1, "coffee")
done = todo.pop(0)
todo.remove("review")
print(todo, done, len(todo), todo.index("deploy"), "fix bug" in todo)
todo.sort()
print(todo, sorted(todo, key=len, reverse=True), todo[::-1], todo * 2 == todo + todo)
todo.extend(("a", "b"))
todo[1:3] = ["replaced"]
print(todo, todo.count("a"), min(todo), max(todo))
todo.clear()
print(todo, bool(todo))
ages = {"ann": 31, "bob": 25}
ages["cy"] = 40
ages.update(dan=19, ann=32)
print(ages, ages.get("eve"), ages.get("eve", 0), ages.setdefault("eve", 50), ages.pop("bob"), len(ages))
print(list(ages.keys()), list(ages.values()), list(ages.items())[:2], "ann" in ages, 32 in ages.values())
for name in sorted(ages, key=ages.get):
    print(f"  {name}: {ages[name]}")
print(ages.popitem(), dict.fromkeys("ab", []), {**ages, "zed": 1} == ages | {"zed": 1})
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= a | b, {1, 2} < a, a.isdisjoint({9}), a.issuperset({1}))
a.add(10); a.discard(99); a.remove(1)
print(sorted(a), len(a), a.pop() in {2, 3, 4, 10}, frozenset({1, 2}) | {3})
point = (3, 4)
x, y = point
print(point, point[0], point + (5,), point * 2, len(point), point.count(3), point.index(4), (1,) < (1, 0))
nested = {"users": [{"name": "ann", "tags": {"admin", "dev"}}, {"name": "bob", "tags": set()}]}
print([u["name"] for u in nested["users"] if "admin" in u["tags"]], sorted(nested["users"][0]["tags"]))
