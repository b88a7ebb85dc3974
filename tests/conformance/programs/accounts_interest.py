class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:,.2f}")
        self.account = account
        self.amount = amount

class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account._next_id += 1
        self.id = Account._next_id
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account(id={self.id}, owner={self.owner!r}, balance={self.balance:.2f})"
    def __lt__(self, other):
        return self.balance < other.balance

class SavingsAccount(Account):
    rate = 0.02
    def add_interest(self, months=1):
        for _ in range(months):
            self.deposit(round(self.balance * self.rate / 12, 2))

bank = [Account("ann", 100), SavingsAccount("bob", 2500.5), Account("cy")]
bank[0].deposit(50).withdraw(30)
bank[1].add_interest(months=6)
for acct in bank:
    try:
        acct.withdraw(200)
    except InsufficientFunds as e:
        print("error:", e, "| short by", f"{e.amount - e.account.balance:.2f}")
print(sorted(bank))
print(max(bank, key=lambda a: len(a.history)).owner)
totals = {}
for a in bank:
    for kind, amt in a.history:
        totals[kind] = totals.get(kind, 0) + amt
print({k: round(v, 2) for k, v in sorted(totals.items())})
print(f"{'owner':<6}|{'balance':>12}|")
for a in bank:
    print(f"{a.owner:<6}|{a.balance:>12,.2f}|", type(a).__name__, isinstance(a, SavingsAccount))
try:
    bank[2].deposit(-5)
except ValueError as e:
    print(repr(e))
print(SavingsAccount.__mro__)
bank[2].withdraw(1e9)
