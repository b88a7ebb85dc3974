# sys.exit from deep inside functions, generators and with-blocks unwinds everything, running cleanups.
import sys
class Guard:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev.code if et is SystemExit else "")
        return False
def gen():
    try:
        yield 1
        sys.exit(12)
    finally:
        print("generator finally")
def run():
    with Guard("outer"):
        with Guard("inner"):
            for x in gen():
                print("got", x)
run()
