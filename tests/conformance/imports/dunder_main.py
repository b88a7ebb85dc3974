# __name__ == "__main__" guards in the main script and in an imported module.
import _main_guard
print("script __name__ is", __name__)
if __name__ == "__main__":
    print("running as main")
    print(_main_guard.main_was_run)
