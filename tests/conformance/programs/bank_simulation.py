# A bank-account simulation: accounts, transfers, overdraft rules, statements and an audit.
class InsufficientFunds(Exception):
    pass
class AccountFrozen(Exception):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0, overdraft=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.overdraft = overdraft
        self.frozen = False
        self.history = [("open", balance, balance)]
    @property
    def balance(self):
        return self._balance
    def _apply(self, kind, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
        new = self._balance + amount
        if new < -self.overdraft:
            raise InsufficientFunds(f"{self.owner}: cannot {kind} {abs(amount)} (balance {self._balance}, overdraft {self.overdraft})")
        self._balance = new
        self.history.append((kind, amount, new))
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._apply("deposit", amount)
    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("withdrawal must be positive")
        self._apply("withdraw", -amount)
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        if interest:
            self._apply("interest", interest)
        return interest
class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        self.log.append(f"opened {acct!r}")
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
        except (InsufficientFunds, AccountFrozen) as e:
            self.log.append(f"transfer {src}->{dst} {amount} FAILED: {e}")
            return False
        try:
            b.deposit(amount)
        except AccountFrozen as e:
            a.deposit(amount)
            self.log.append(f"transfer {src}->{dst} {amount} REVERSED: {e}")
            return False
        self.log.append(f"transfer {src}->{dst} {amount} ok")
        return True
    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)
bank = Bank("Kiln Savings & Loan")
alice = bank.open(Account, "alice", 100, overdraft=50)
bob = bank.open(Account, "bob", 20)
carol = bank.open(SavingsAccount, "carol", 1000, rate=0.05)
print(bank.total())
steps = [
    (alice.id, bob.id, 120), (bob.id, carol.id, 500), (carol.id, alice.id, 300),
    (alice.id, bob.id, 400), (bob.id, alice.id, 10),
]
for s in steps:
    print(s, bank.transfer(*s))
bob.frozen = True
print(bank.transfer(alice.id, bob.id, 5), bank.transfer(bob.id, alice.id, 5))
bob.frozen = False
for _ in range(3):
    print("interest", carol.add_interest())
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    bob.withdraw(1000)
except InsufficientFunds as e:
    print("InsufficientFunds:", e)
print("\n".join(bank.log))
for acct in bank.accounts.values():
    print(f"--- statement {acct.id} ({acct.owner}, {type(acct).__name__})")
    for kind, amount, bal in acct.history:
        print(f"  {kind:9} {amount:>9.2f} {bal:>10.2f}")
print("bank total", bank.total(), "==", round(100 + 20 + 1000 + sum(carol.history[i][1] for i in range(len(carol.history)) if carol.history[i][0] == "interest"), 2))
