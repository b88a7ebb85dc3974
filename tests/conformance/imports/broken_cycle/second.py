from .first import main


def helper():
    return "helper"
