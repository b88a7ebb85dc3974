DEFAULTS = {"debug": False, "level": 1, "name": "kiln"}
