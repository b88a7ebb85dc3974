# NameError at module level with a "Did you mean" suggestion.
values = [1, 2, 3]
total = sum(values)
print("total", total)
print(totl)
