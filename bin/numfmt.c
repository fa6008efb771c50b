/* SPDX-License-Identifier: GPL-3.0-or-later */
/* numfmt.c — shortest round-trip decimal text of a double, by Ryu.
 *
 * Method: Ulf Adams, "Ryu: fast float-to-string conversion", PLDI 2018
 * (doi:10.1145/3192366.3192369), section 3 / figure 4 ("d2d"). The double is m2 * 2^e2; the
 * interval of reals that round to it is [mm, mp] = (4 m2 - 1 - mmShift, 4 m2 + 2) * 2^(e2)
 * (e2 already lowered by 2). The three bounds are scaled to decimal by one 64x128-bit multiply
 * with a 125-bit power of five (tables generated with exact integers by
 * scripts/gen_ryu_tables.py); then digits are removed while the interval still holds a shorter
 * decimal, and the last one is rounded to nearest, ties to even. The paper proves the result
 * is the shortest decimal in the interval and, among those, the nearest to the double.
 *
 * Why here and by hand: Debian ships double-conversion and Dragonbox, both C++ only (the CLI
 * is C11), and Ryu's reference C code is not packaged. Why Ryu: its proof covers subnormals
 * with the same code path, so the output is the shortest for every finite double, as Python's
 * repr (Gay's dtoa, mode 0) is; tests/test_numfmt.c compares the two on 10^6 random doubles
 * and the edge cases (subnormals, powers of ten, 2^53 +- 1, DBL_MAX). The 0.1 code printed
 * %.15g and, when strtod did not read it back, %.16g and %.17g: the same text whenever that
 * was shortest, at about half the CLI's output time. */
#include "numfmt.h"

#include <math.h>
#include <string.h>

#include "numfmt_tables.h"

__extension__ typedef unsigned __int128 u128;

/* ceil(log2(5^e)) for 0 <= e <= 3528 (e = 0 gives 1) */
static int32_t pow5bits(int32_t e) { return (int32_t)(((uint32_t)e * 1217359u) >> 19) + 1; }
/* floor(log10(2^e)) for 0 <= e <= 1650 */
static uint32_t log10_pow2(int32_t e) { return ((uint32_t)e * 78913u) >> 18; }
/* floor(log10(5^e)) for 0 <= e <= 2620 */
static uint32_t log10_pow5(int32_t e) { return ((uint32_t)e * 732923u) >> 20; }

static int multiple_of_pow5(uint64_t v, uint32_t p)
{
    uint32_t count = 0;
    for (; v && v % 5 == 0; v /= 5) ++count;
    return count >= p;
}

static int multiple_of_pow2(uint64_t v, uint32_t p) { return (v & ((UINT64_C(1) << p) - 1)) == 0; }

/* (m * mul) >> j for the 128-bit mul = {low, high}; j >= 64 */
static uint64_t mul_shift(uint64_t m, const uint64_t *mul, int32_t j)
{
    const u128 b0 = (u128)m * mul[0], b2 = (u128)m * mul[1];
    return (uint64_t)(((b0 >> 64) + b2) >> (j - 64));
}

/* The three scaled bounds (Ryu step 3) and whether the scaled mm and mv dropped only zeros. */
typedef struct bounds {
    uint64_t vr, vp, vm;
    int32_t e10;
    int vm_zeros, vr_zeros;
} bounds;

static bounds scale(uint64_t m2, int32_t e2, uint32_t mm_shift, int accept)
{
    bounds b = {0, 0, 0, 0, 0, 0};
    const uint64_t mv = 4 * m2;
    const uint64_t *mul;
    int32_t shift;
    uint32_t q;
    if (e2 >= 0) {
        q = log10_pow2(e2) - (e2 > 3);
        b.e10 = (int32_t)q;
        mul = numfmt_pow5_inv_split[q];
        shift = -e2 + (int32_t)q + NUMFMT_POW5_INV_BITCOUNT + pow5bits((int32_t)q) - 1;
    } else {
        q = log10_pow5(-e2) - (-e2 > 1);
        b.e10 = (int32_t)q + e2;
        const int32_t i = -e2 - (int32_t)q;
        mul = numfmt_pow5_split[i];
        shift = (int32_t)q - (pow5bits(i) - NUMFMT_POW5_BITCOUNT);
    }
    b.vr = mul_shift(mv, mul, shift);
    b.vp = mul_shift(mv + 2, mul, shift);
    b.vm = mul_shift(mv - 1 - mm_shift, mul, shift);
    if (e2 >= 0 && q <= 21) { /* exactly one of mp, mv, mm can be a multiple of 5^q */
        if (mv % 5 == 0) b.vr_zeros = multiple_of_pow5(mv, q);
        else if (accept) b.vm_zeros = multiple_of_pow5(mv - 1 - mm_shift, q);
        else b.vp -= (uint64_t)multiple_of_pow5(mv + 2, q);
    } else if (e2 < 0 && q <= 1) { /* mv = 4 m2 has at least two trailing zero bits */
        b.vr_zeros = 1;
        if (accept) b.vm_zeros = mm_shift == 1;
        else --b.vp;
    } else if (e2 < 0 && q < 63) {
        b.vr_zeros = multiple_of_pow2(mv, q);
    }
    return b;
}

/* Drop the last digit of the three bounds, remembering it (and whether all before were 0). */
static void drop_digit(bounds *b, int *last, int32_t *removed)
{
    b->vr_zeros &= *last == 0;
    *last = (int)(b->vr % 10);
    b->vr /= 10;
    b->vp /= 10;
    b->vm /= 10;
    ++*removed;
}

/* Ryu step 4: drop digits while [vm, vp] holds a shorter decimal; round the last. */
static uint64_t shortest(bounds *b, int accept, int32_t *removed)
{
    int last = 0;
    *removed = 0;
    while (b->vp / 10 > b->vm / 10) {
        b->vm_zeros &= b->vm % 10 == 0;
        drop_digit(b, &last, removed);
    }
    if (b->vm_zeros) /* the lower bound is exact and included: it may end in more zeros */
        while (b->vm % 10 == 0) drop_digit(b, &last, removed);
    if (b->vr_zeros && last == 5 && b->vr % 2 == 0) last = 4; /* exactly ...50..0: to even */
    return b->vr + ((b->vr == b->vm && (!accept || !b->vm_zeros)) || last >= 5);
}

int cli_num_decimal(double x, uint64_t *digits, int32_t *exp10)
{
    if (!isfinite(x) || x == 0) return -1;
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    const uint64_t mant = bits & ((UINT64_C(1) << 52) - 1);
    const int32_t ieee_exp = (int32_t)((bits >> 52) & 0x7ff);
    const int32_t e2 = (ieee_exp ? ieee_exp : 1) - 1023 - 52 - 2;
    const uint64_t m2 = ieee_exp ? (UINT64_C(1) << 52) | mant : mant;
    const int accept = (m2 & 1) == 0; /* round-half-even: an even mantissa owns its bounds */
    const uint32_t mm_shift = mant != 0 || ieee_exp <= 1; /* the gap below halves at 2^k */
    bounds b = scale(m2, e2, mm_shift, accept);
    int32_t removed;
    uint64_t d = shortest(&b, accept, &removed);
    int32_t e = b.e10 + removed;
    for (; d % 10 == 0; d /= 10) ++e;
    *digits = d;
    *exp10 = e;
    return 0;
}

/* Decimal digits of v into out (no NUL); returns their count. */
static size_t put_u64(uint64_t v, char *out)
{
    char tmp[20];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (size_t i = 0; i < n; ++i) out[i] = tmp[n - 1 - i];
    return n;
}

/* digits d (n of them) times 10^x_exp laid out like %.{P}g, P = max(15, n); x_exp is the
 * exponent of the first digit (d1.d2... * 10^x_exp). */
static size_t layout(const char *d, size_t n, int32_t x_exp, char *p)
{
    const int32_t prec = n > 15 ? (int32_t)n : 15;
    size_t o = 0;
    if (x_exp < -4 || x_exp >= prec) {
        p[o++] = d[0];
        if (n > 1) {
            p[o++] = '.';
            memcpy(p + o, d + 1, n - 1);
            o += n - 1;
        }
        p[o++] = 'e';
        p[o++] = x_exp < 0 ? '-' : '+';
        const uint32_t ax = (uint32_t)(x_exp < 0 ? -x_exp : x_exp);
        if (ax < 10) p[o++] = '0'; /* printf writes at least two exponent digits */
        o += put_u64(ax, p + o);
    } else if (x_exp >= 0) {
        const size_t whole = (size_t)x_exp + 1;
        if (n <= whole) {
            memcpy(p + o, d, n);
            o += n;
            for (size_t i = n; i < whole; ++i) p[o++] = '0';
        } else {
            memcpy(p + o, d, whole);
            o += whole;
            p[o++] = '.';
            memcpy(p + o, d + whole, n - whole);
            o += n - whole;
        }
    } else {
        p[o++] = '0';
        p[o++] = '.';
        for (int32_t i = -1; i > x_exp; --i) p[o++] = '0';
        memcpy(p + o, d, n);
        o += n;
    }
    return o;
}

size_t cli_num_format(double x, char *buf)
{
    size_t o = 0;
    if (isnan(x)) {
        memcpy(buf, "nan", 4);
        return 3;
    }
    if (signbit(x)) {
        buf[o++] = '-';
        x = -x;
    }
    if (isinf(x)) {
        memcpy(buf + o, "inf", 4);
        return o + 3;
    }
    if (x < 1e15 && x == (double)(uint64_t)x) { /* whole numbers (counts) print plainly */
        o += put_u64((uint64_t)x, buf + o);
    } else {
        uint64_t digits;
        int32_t e;
        char d[20];
        cli_num_decimal(x, &digits, &e);
        const size_t n = put_u64(digits, d);
        o += layout(d, n, e + (int32_t)n - 1, buf + o);
    }
    buf[o] = '\0';
    return o;
}
