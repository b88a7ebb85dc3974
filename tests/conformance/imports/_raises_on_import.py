print("_raises_on_import: starting")
SETTINGS = {"mode": "fast"}


def validate(settings):
    if settings["mode"] not in ("safe", "slow"):
        raise ValueError(f"unsupported mode {settings['mode']!r}")


validate(SETTINGS)
print("never reached")
