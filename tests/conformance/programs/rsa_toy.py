# A toy RSA: primality by Miller-Rabin with fixed bases, extended Euclid, modular inverse, encode/decode text.
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m
p = next_prime(2 ** 127 + 12345)
q = next_prime(3 ** 80)
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "d*e % phi =", d * e % phi, "builtin inverse agrees:", pow(e, -1, phi) == d)
message = "Kiln runs Python on the JVM!"
m = int.from_bytes(message.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print("cipher ends with", c % 10 ** 12)
print(back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
sig = pow(m, d, n)
print("signature verifies:", pow(sig, e, n) == m, "tampered:", pow(sig + 1, e, n) == m)
print([x for x in range(90, 140) if is_probable_prime(x)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(561))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
