#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""stirlerr_table.py — the table of lib/dist/dist.c: stirlerr(n) for n = 0, 0.5, ..., 15.

stirlerr(n) = log(n!) - log(sqrt(2 pi n) (n/e)^n) = lgamma(n+1) - (n+1/2) log n + n - log sqrt(2 pi),
computed here with Python's decimal module at 60 significant digits (log(n!) exactly from the
integer factorial; half-integers from Gamma(m + 1/2) = (2m)! sqrt(pi) / (4^m m!)); stirlerr(0) = 0
by convention (Loader 2000, as R's nmath). Prints C initialisers with 17 significant digits.
"""
from decimal import Decimal, getcontext
from math import factorial

getcontext().prec = 60


def pi():
    # Machin: pi = 16 atan(1/5) - 4 atan(1/239)
    def atan_inv(x):
        x = Decimal(x)
        total, term, k, sign = Decimal(0), 1 / x, 1, 1
        x2 = x * x
        while True:
            t = term / k
            if t < Decimal(10) ** -(getcontext().prec + 2):
                break
            total += sign * t
            term /= x2
            k += 2
            sign = -sign
        return total
    return 16 * atan_inv(5) - 4 * atan_inv(239)


PI = pi()
HALF_LOG_2PI = (2 * PI).ln() / 2


def lgamma1(n2):
    """log Gamma(n + 1) for n = n2 / 2."""
    if n2 % 2 == 0:
        return Decimal(factorial(n2 // 2)).ln()
    m = (n2 + 1) // 2                      # n + 1 = m + 1/2
    return (Decimal(factorial(2 * m)) * PI.sqrt() / (Decimal(4) ** m * factorial(m))).ln()


for n2 in range(0, 31):
    n = Decimal(n2) / 2
    v = Decimal(0) if n2 == 0 else lgamma1(n2) - (n + Decimal("0.5")) * n.ln() + n - HALF_LOG_2PI
    print("    %.17e, /* n = %s */" % (v, n))
