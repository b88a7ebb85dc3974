# nonlocal across several levels and in loops.
def bank(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount, balance))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("refused", amount, balance))
            return None
        balance -= amount
        history.append(("withdraw", amount, balance))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
d, w, r = bank(100)
d(50); w(30); w(500); d(5)
bal, hist = r()
print(bal)
for h in hist:
    print(h)

def level1():
    x = 1
    def level2():
        def level3():
            nonlocal x
            x *= 10
            return x
        return level3
    f = level2()
    f(); f()
    return x
print(level1())

def fib_gen_state():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return [step() for _ in range(10)]
print(fib_gen_state())

def shadow():
    x = "outer"
    def inner():
        x = "inner local"
        def innermost():
            nonlocal x
            x = "set by innermost"
        innermost()
        return x
    return inner(), x
print(shadow())
