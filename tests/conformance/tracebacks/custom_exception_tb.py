# A custom exception with a __str__ and extra args; exceptions with no message.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed, self.available = needed, available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
class Wallet:
    def __init__(self, cash):
        self.cash = cash
    def pay(self, amount):
        if amount > self.cash:
            raise InsufficientFunds(amount, self.cash)
        self.cash -= amount
        return self.cash
w = Wallet(10)
print(w.pay(4))
print(w.pay(5))
w.pay(7)
