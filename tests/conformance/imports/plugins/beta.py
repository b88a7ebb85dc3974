from . import LOADED
from .alpha import run as alpha_run
LOADED.append(__name__)


def run():
    return "beta ran after " + alpha_run()
