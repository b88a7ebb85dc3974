# raise ... from ...: both tracebacks joined by "The above exception was the direct cause".
class StorageError(Exception):
    pass
def read_record(db, key):
    try:
        return db[key]
    except KeyError as exc:
        raise StorageError(f"record {key!r} is missing") from exc
db = {"a": 1}
print(read_record(db, "a"))
read_record(db, "b")
