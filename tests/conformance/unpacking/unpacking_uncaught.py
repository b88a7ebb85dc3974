# A ValueError from unpacking a malformed line ends the program with CPython's traceback.
lines = ["alice,30,admin", "bob,25,user", "carol,41"]
for line in lines:
    name, age, role = line.split(",")
    print(f"{name} ({age}) is {role}")
