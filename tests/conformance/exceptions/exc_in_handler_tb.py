# An uncaught exception raised while handling another: traceback shows both with the context line.
def load(config):
    try:
        return config["port"]
    except KeyError:
        return int(config["default"])
def start():
    print("starting")
    return load({"default": "eighty"})
start()
