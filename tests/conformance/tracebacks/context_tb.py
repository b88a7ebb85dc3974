# An exception raised in an except block: "During handling of the above exception".
def cleanup(resource):
    raise RuntimeError(f"cleanup of {resource} failed")
def process(resource):
    try:
        raise IOError(f"{resource} unreadable")
    except OSError:
        cleanup(resource)
process("data.bin")
