main_was_run = False
if __name__ == "__main__":
    main_was_run = True
    print("never printed: this module is imported")
else:
    print(f"_main_guard imported, __name__ = {__name__!r}")
