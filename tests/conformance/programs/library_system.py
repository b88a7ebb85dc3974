# A library lending system: dataclass-like records, enums by hand, date arithmetic on day numbers, reports.
class Status:
    AVAILABLE, ON_LOAN, LOST = "available", "on loan", "lost"
class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.status = Status.AVAILABLE
        self.loans = []
    def __repr__(self):
        return f"<{self.title} ({self.year}) [{self.status}]>"
class Member:
    LIMIT = 2
    def __init__(self, name):
        self.name = name
        self.borrowed = []
        self.fines = 0
class LibraryError(Exception):
    pass
class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25
    def __init__(self):
        self.books, self.members, self.today = {}, {}, 0
    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b
    def join(self, name):
        self.members[name] = Member(name)
    def lend(self, isbn, name):
        book, member = self.books[isbn], self.members[name]
        if book.status != Status.AVAILABLE:
            raise LibraryError(f"{book.title!r} is {book.status}")
        if len(member.borrowed) >= Member.LIMIT:
            raise LibraryError(f"{name} already has {len(member.borrowed)} books")
        if member.fines:
            raise LibraryError(f"{name} owes {member.fines / 100:.2f}")
        book.status = Status.ON_LOAN
        book.loans.append([name, self.today, None])
        member.borrowed.append(book)
    def give_back(self, isbn):
        book = self.books[isbn]
        loan = book.loans[-1]
        member = self.members[loan[0]]
        loan[2] = self.today
        late = self.today - loan[1] - self.LOAN_DAYS
        if late > 0:
            member.fines += late * self.FINE_PER_DAY
        member.borrowed.remove(book)
        book.status = Status.AVAILABLE
        return max(late, 0)
    def advance(self, days):
        self.today += days
lib = Library()
lib.add(Book("111", "Dune", "Herbert", 1965), Book("222", "Neuromancer", "Gibson", 1984),
        Book("333", "Hyperion", "Simmons", 1989), Book("444", "Foundation", "Asimov", 1951))
for n in ("ann", "ben"):
    lib.join(n)
script = [
    ("lend", "111", "ann"), ("lend", "222", "ann"), ("lend", "333", "ann"), ("lend", "111", "ben"),
    ("advance", 10), ("return", "111"), ("lend", "111", "ben"), ("advance", 20), ("return", "222"),
    ("lend", "333", "ann"), ("return", "111"), ("lend", "444", "ben"), ("advance", 3),
]
for step in script:
    op, *args = step
    try:
        if op == "lend":
            lib.lend(*args)
            print(f"day {lib.today:3}: lent {args[0]} to {args[1]}")
        elif op == "return":
            late = lib.give_back(*args)
            print(f"day {lib.today:3}: returned {args[0]}" + (f" ({late} days late)" if late else ""))
        else:
            lib.advance(*args)
    except LibraryError as e:
        print(f"day {lib.today:3}: refused: {e}")
for m in lib.members.values():
    print(m.name, [b.title for b in m.borrowed], f"fines {m.fines / 100:.2f}")
for b in sorted(lib.books.values(), key=lambda b: b.year):
    print(b, b.loans)
