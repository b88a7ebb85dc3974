# Errors in subscripts: the caret line marks the subscript expression.
config = {"server": {"host": "localhost", "ports": [80, 443]}}
print(config["server"]["ports"][1])
print(config["server"]["timeout"]["seconds"])
