# String slicing with all sign combinations of start/stop/step, including non-BMP text.
s = "a😀b𝄞cdé"
n = len(s)
out = []
for start in (None, -9, -3, 0, 2, 9):
    for stop in (None, -9, -2, 0, 3, 9):
        for step in (None, 1, 2, -1, -2, 3):
            out.append(s[start:stop:step])
print(n, len(out))
for i in range(0, len(out), 12):
    print(out[i:i + 12])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
print(s[-1], s[0], s[len(s) - 1], s[-len(s)], "".join(s[i] for i in range(len(s) - 1, -1, -1)) == s[::-1])
