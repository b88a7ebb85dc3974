# AttributeError on an instance with a suggestion, raised inside a method.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def report(self):
        return f"{self.owner}: {self.balanse}"
acct = Account("ada")
print("created", acct.owner)
print(acct.report())
