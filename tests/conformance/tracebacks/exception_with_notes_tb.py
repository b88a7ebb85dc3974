# Notes added to an exception are printed after the message.
def check(age):
    if age < 0:
        err = ValueError(f"invalid age: {age}")
        err.add_note("ages must be zero or more")
        err.add_note("check the input file")
        raise err
    return age
print(check(5))
check(-3)
