# hash of nan depends on identity in 3.10+, so nan keys are distinct unless the same object; inf hashes are fixed.
import sys
n1, n2 = float("nan"), float("nan")
d = {n1: 1, n2: 2}
print(len(d), d[n1], d[n2], hash(n1) == hash(n1), sys.hash_info.nan)
print(hash(float("inf")) == sys.hash_info.inf, hash(float("-inf")) == -sys.hash_info.inf, sys.hash_info.algorithm in ("siphash13", "siphash24", "fnv"))
print(hash(0.0), hash(-0.0), hash(1e-320), hash(2.0 ** -1074), hash(2.0 ** 1023), hash(-(2.0 ** 1023)))
s = {n1, n1, n2}
print(len(s), n1 in s, float("nan") in s)
print(hash(complex(float("inf"), 0)) == sys.hash_info.inf, hash(complex(0, float("inf"))) == (sys.hash_info.imag * sys.hash_info.inf) % 2 ** 64 - 2 ** 64 if False else "skip")
