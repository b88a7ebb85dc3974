# Validating and transforming JSON-like documents with nested mapping/sequence/class patterns.
def validate(doc):
    match doc:
        case {"version": 1, "users": [*users]}:
            out = []
            for u in users:
                match u:
                    case {"name": str(name), "age": int(age)} if age >= 0:
                        out.append(f"{name}:{age}")
                    case {"name": str(name)}:
                        out.append(f"{name}:?")
                    case _:
                        out.append(f"invalid user {u!r}")
            return out
        case {"version": 2, "users": {**by_name}}:
            return [f"{n}:{info.get('age', '?')}" for n, info in sorted(by_name.items())]
        case {"version": int(v)}:
            return f"unsupported version {v}"
        case {"version": v}:
            return f"bad version type {type(v).__name__}"
        case [] | ():
            return "empty sequence"
        case str() | bytes():
            return "text is not a document"
        case _:
            return "no version"
docs = [
    {"version": 1, "users": [{"name": "ann", "age": 31}, {"name": "bob"}, {"age": 5}, {"name": "cy", "age": -1}]},
    {"version": 2, "users": {"zed": {"age": 3}, "amy": {}}},
    {"version": 3},
    {"version": "1"},
    [],
    "text",
    {"users": []},
]
for d in docs:
    print(validate(d))
