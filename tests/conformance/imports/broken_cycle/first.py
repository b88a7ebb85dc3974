from .second import helper


def main():
    return helper()
