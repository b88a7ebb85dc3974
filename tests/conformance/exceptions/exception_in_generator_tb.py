# An exception raised inside a generator propagates through the consumer: traceback shows both frames.
def parse_lines(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), value.strip()
def load(text):
    config = {}
    for key, value in parse_lines(text.splitlines()):
        config[key] = value
        print("loaded", key)
    return config
load("a = 1\nb = 2\nbroken line\nc = 3")
