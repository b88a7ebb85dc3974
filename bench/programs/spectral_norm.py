"""spectral_norm: largest singular value of an infinite matrix by the power method (floats, calls)."""
import sys
import time

N = 230


def a(i, j):
    return 1.0 / (((i + j) * (i + j + 1) >> 1) + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def bench():
    n = N
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return "%.9f" % ((vbv / vv) ** 0.5)


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
