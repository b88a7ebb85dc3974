from . import LOADED
LOADED.append(__name__)


def run():
    return "alpha ran"
