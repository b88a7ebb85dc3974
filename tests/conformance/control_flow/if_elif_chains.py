# if/elif/else ladders, nested conditions, truthiness tests in conditions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 65, 55, 90, 0, 100)])
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 31)))
def classify(x):
    if isinstance(x, bool):
        kind = "bool"
    elif isinstance(x, int):
        if x < 0:
            kind = "negative int"
        elif x == 0:
            kind = "zero"
        else:
            kind = "positive int" if x < 1000 else "big int"
    elif isinstance(x, str):
        if not x:
            kind = "empty string"
        elif x.isdigit():
            kind = "numeric string"
        else:
            kind = "string"
    elif x is None:
        kind = "none"
    else:
        kind = type(x).__name__
    return kind
for v in [True, -3, 0, 5, 10 ** 6, "", "123", "abc", None, 2.5, [1]]:
    print(repr(v), "->", classify(v))
def leap(y):
    if y % 4 != 0:
        return False
    if y % 100 != 0:
        return True
    return y % 400 == 0
print([y for y in range(1890, 1920) if leap(y)], leap(2000), leap(2100))
