# Dispatch tables with dicts of functions versus if/elif chains: a tiny stack-based calculator.
def run(program):
    stack = []
    ops = {
        "+": lambda a, b: a + b, "-": lambda a, b: a - b,
        "*": lambda a, b: a * b, "/": lambda a, b: a // b,
        "max": max, "min": min,
    }
    for tok in program.split():
        if tok in ops:
            if len(stack) < 2:
                return f"error: stack underflow at {tok!r}"
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(ops[tok](a, b))
            except ZeroDivisionError:
                return "error: division by zero"
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok == "drop":
            stack.pop()
        elif tok.lstrip("-").isdigit():
            stack.append(int(tok))
        else:
            return f"error: unknown token {tok!r}"
    return stack
for prog in ["1 2 +", "3 dup * 4 dup * +", "10 3 swap -", "7 0 /", "1 +", "5 6 max 2 min", "2 3 ^", "-4 2 * 9 drop"]:
    print(f"{prog:24} => {run(prog)}")
