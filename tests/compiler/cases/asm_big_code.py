# EXTENDED_ARG: more than 255 constants, names and locals, and jumps longer than 255 code units.
src_lines = ["def big(v):"]
for i in range(400):
    src_lines.append(f"    c{i} = v + {i * 7} + {i}.5")
src_lines.append("    total = 0")
for i in range(0, 400, 3):
    src_lines.append(f"    if v > {i}:\n        total += c{i}\n    else:\n        total -= c{i}")
src_lines.append("    return total")
exec("\n".join(src_lines))
print(big(10), big(1000))

def long_loop(n):
    out = 0
    i = 0
    while i < n:
        if i % 2 == 0:
            out += i * 1 + 1 - 1
            out += i * 2 + 2 - 2
            out += i * 3 + 3 - 3
            out += i * 4 + 4 - 4
            out += i * 5 + 5 - 5
            out += i * 6 + 6 - 6
            out += i * 7 + 7 - 7
            out += i * 8 + 8 - 8
            out += i * 9 + 9 - 9
            out += i * 10 + 10 - 10
            out += i * 11 + 11 - 11
            out += i * 12 + 12 - 12
            out += i * 13 + 13 - 13
            out += i * 14 + 14 - 14
            out += i * 15 + 15 - 15
            out += i * 16 + 16 - 16
            out += i * 17 + 17 - 17
            out += i * 18 + 18 - 18
            out += i * 19 + 19 - 19
            out += i * 20 + 20 - 20
            out += i * 21 + 21 - 21
            out += i * 22 + 22 - 22
            out += i * 23 + 23 - 23
            out += i * 24 + 24 - 24
            out += i * 25 + 25 - 25
            out += i * 26 + 26 - 26
            out += i * 27 + 27 - 27
            out += i * 28 + 28 - 28
            out += i * 29 + 29 - 29
            out += i * 30 + 30 - 30
        else:
            out -= 1
        i += 1
    return out

print(long_loop(10))

# module level: many names and constants directly in this code object
n0 = 0
values = [
    0.25, 1.25, 2.25, 3.25, 4.25, 5.25, 6.25, 7.25, 8.25, 9.25, 10.25, 11.25, 12.25, 13.25, 14.25, 15.25,
    16.25, 17.25, 18.25, 19.25, 20.25, 21.25, 22.25, 23.25, 24.25, 25.25, 26.25, 27.25, 28.25, 29.25,
]
for k in range(300):
    globals()[f"name{k}"] = k
print(sum(values), name299)
text = "x" * 70000
print(len(text), 2 ** 100, -(2 ** 70), 12345678901234567890 // 7)
