/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * value.c — cell-level parsing for the CSV reader: numbers, missing tokens, date shapes.
 *
 * Counts are usually short non-negative integers, so those are converted with an exact
 * integer fast path (at most 15 digits, always exactly representable). Everything else
 * is checked against a strict decimal grammar first and then converted with strtod,
 * which rounds correctly (C11 7.22.1.3); the grammar check keeps strtod from accepting
 * "inf", "nan", hex floats or trailing garbage. strtod reads the decimal point of the
 * LC_NUMERIC locale: the reader assumes the default "C" locale (documented in docs/io.md).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ctrend/common.h"
#include "ctrend/io.h"
#include "io_internal.h"

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_blank(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

static int token_eq(const char *s, size_t len, const char *tok)
{
    const size_t n = strlen(tok);
    if (n != len) return 0;
    for (size_t i = 0; i < n; ++i)
        if (lower((unsigned char)s[i]) != tok[i]) return 0;
    return 1;
}

int ctrend__io_name_eq(const char *a, const char *b)
{
    while (*a && *b && lower((unsigned char)*a) == lower((unsigned char)*b)) { ++a; ++b; }
    return *a == '\0' && *b == '\0';
}

/* Wagner-Fischer dynamic programme with one row (Wagner & Fischer, J. ACM 21(1), 1974). */
int64_t ctrend_name_distance(const char *a, const char *b)
{
    if (!a || !b) return -1;
    size_t na = strlen(a), nb = strlen(b);
    if (na > 255) na = 255;
    if (nb > 255) nb = 255;
    size_t row[256];
    for (size_t j = 0; j <= nb; ++j) row[j] = j;
    for (size_t i = 1; i <= na; ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= nb; ++j) {
            const size_t up = row[j];
            const size_t sub = diag + (lower((unsigned char)a[i - 1]) != lower((unsigned char)b[j - 1]));
            size_t best = up + 1 < row[j - 1] + 1 ? up + 1 : row[j - 1] + 1;
            if (sub < best) best = sub;
            row[j] = best;
            diag = up;
        }
    }
    return (int64_t)row[nb];
}

int ctrend__io_parse_value(const char *s, size_t len, double *v, int *missing)
{
    while (len > 0 && is_blank((unsigned char)s[0])) { ++s; --len; }
    while (len > 0 && is_blank((unsigned char)s[len - 1])) --len;
    *missing = 0;
    if (len == 0 || token_eq(s, len, "na") || token_eq(s, len, "n/a") || token_eq(s, len, "nan") ||
        token_eq(s, len, ".")) {
        *missing = 1;
        *v = NAN;
        return CTREND_OK;
    }
    /* fast path: [+-]?digits, at most 15 digits (< 2^53, exact) */
    size_t i = 0;
    int neg = 0;
    if (s[0] == '+' || s[0] == '-') { neg = s[0] == '-'; i = 1; }
    if (len - i >= 1 && len - i <= 15) {
        size_t k = i;
        int64_t acc = 0;
        while (k < len && is_digit((unsigned char)s[k])) acc = acc * 10 + (s[k++] - '0');
        if (k == len) {
            *v = neg ? -(double)acc : (double)acc;
            *v += 0.0; /* -0 -> +0 */
            return CTREND_OK;
        }
    }
    /* general grammar: [+-]? (d+ (. d*)? | . d+) ([eE] [+-]? d+)? */
    size_t k = i, mant = 0;
    while (k < len && is_digit((unsigned char)s[k])) { ++k; ++mant; }
    if (k < len && s[k] == '.') {
        ++k;
        while (k < len && is_digit((unsigned char)s[k])) { ++k; ++mant; }
    }
    if (mant == 0) return CTREND_EPARSE;
    if (k < len && (s[k] == 'e' || s[k] == 'E')) {
        ++k;
        if (k < len && (s[k] == '+' || s[k] == '-')) ++k;
        size_t ed = 0;
        while (k < len && is_digit((unsigned char)s[k])) { ++k; ++ed; }
        if (ed == 0) return CTREND_EPARSE;
    }
    if (k != len) return CTREND_EPARSE;
    errno = 0;
    char *end = NULL;
    const double x = strtod(s, &end);
    if (end != s + len) return CTREND_EPARSE; /* e.g. a non-"C" LC_NUMERIC locale */
    if (errno == ERANGE && isinf(x)) return CTREND_EDOMAIN;
    *v = x + 0.0;
    return CTREND_OK;
}

int ctrend__io_has_day(const char *s, size_t len)
{
    while (len > 0 && is_blank((unsigned char)s[0])) { ++s; --len; }
    size_t k = 0;
    while (k < len && k < 4 && is_digit((unsigned char)s[k])) ++k;
    if (k != 4 || k >= len) return 0;
    const char sep = s[k];
    if (sep != '-' && sep != '/' && sep != '.') return 0;
    ++k;
    size_t d = 0;
    while (k < len && is_digit((unsigned char)s[k])) { ++k; ++d; }
    if (d < 1 || d > 2 || k >= len || s[k] != sep) return 0;
    return k + 1 < len && is_digit((unsigned char)s[k + 1]);
}

/*
 * UTF-8 (RFC 3629; the Unicode Standard, Table 3-7 "Well-Formed UTF-8 Byte Sequences"):
 * no overlong forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF.
 */
size_t ctrend__io_utf8_seq(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    if (len == 0) return 0;
    const unsigned c = s[0];
    if (c < 0x80) return 1;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    size_t n;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) { n = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) n = 3;
    else if (c == 0xED) { n = 3; hi = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) n = 3;
    else if (c == 0xF0) { n = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else if (c == 0xF4) { n = 4; hi = 0x8F; }
    else return 0;
    if (len < n || s[1] < lo || s[1] > hi) return 0;
    for (size_t k = 2; k < n; ++k)
        if ((s[k] & 0xC0) != 0x80) return 0;
    return n;
}

size_t ctrend__io_utf8_check(const char *s, size_t len)
{
    size_t i = 0;
    /* ASCII first, 8 bytes at a time: the common case costs one pass of loads and ors */
    while (i + 8 <= len) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
    }
    while (i < len) {
        if (!((unsigned char)s[i] & 0x80)) { ++i; continue; }
        const size_t n = ctrend__io_utf8_seq(s + i, len - i);
        if (n == 0) return i;
        i += n;
    }
    return len;
}

/*
 * Exact count check on the text (grammar already checked by ctrend__io_parse_value):
 * value = D * 10^E with D the mantissa digits; an integer iff E >= 0 after dropping D's
 * trailing zeros. Decided on the digits, not on the double, which rounds:
 * "9007199254740993" and "4503599627370496.5" have integer doubles.
 */
int ctrend__io_is_count(const char *s, size_t len)
{
    while (len > 0 && is_blank((unsigned char)s[0])) { ++s; --len; }
    while (len > 0 && is_blank((unsigned char)s[len - 1])) --len;
    size_t i = 0;
    int neg = 0;
    if (i < len && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; ++i; }
    /* mantissa digits without leading zeros: first..; count fraction digits */
    char dig[32];
    size_t nd = 0, ntrail0 = 0, nsig = 0; /* nsig: significant digits seen (may exceed dig) */
    int64_t e10 = 0;
    int frac = 0;
    for (; i < len; ++i) {
        const char c = s[i];
        if (c == '.') { frac = 1; continue; }
        if (!is_digit((unsigned char)c)) break;
        if (frac) --e10;
        if (nsig == 0 && c == '0') continue; /* leading zero */
        ++nsig;
        if (c == '0') ++ntrail0;
        else ntrail0 = 0;
        if (nd < sizeof dig) dig[nd] = c;
        ++nd;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        int eneg = 0;
        if (i < len && (s[i] == '+' || s[i] == '-')) { eneg = s[i] == '-'; ++i; }
        int64_t ex = 0;
        for (; i < len && is_digit((unsigned char)s[i]); ++i)
            if (ex < 1000000000) ex = ex * 10 + (s[i] - '0'); /* saturates: any such value is out */
        e10 += eneg ? -ex : ex;
    }
    if (nsig == 0) return 1; /* zero, whatever its sign or spelling */
    if (neg) return 0;
    /* drop trailing zeros of the mantissa into the exponent */
    nsig -= ntrail0;
    e10 += (int64_t)ntrail0;
    if (e10 < 0) return 0; /* a fraction */
    if ((int64_t)nsig + e10 > 16) return 0; /* >= 10^16 > 2^53 */
    uint64_t v = 0;
    for (size_t k = 0; k < nsig; ++k) v = v * 10 + (uint64_t)(dig[k] - '0');
    for (int64_t k = 0; k < e10; ++k) v *= 10;
    return v <= CTREND__IO_MAX_COUNT_U;
}

/*
 * Grouped and localised numbers. The text is rewritten into out as the plain form
 * ctrend__io_parse_value reads: blanks trimmed; a trailing '%' removed (*pct = 1); in the
 * integer part, `thousands` separators removed when every group after the first has
 * exactly three digits and the first one to three (1,234,567 / 1 234 / 1'234 / 1.234 with
 * decimal ','); the `decimal` character turned into '.'. Returns 1 when out holds a
 * rewritten number, 0 when the text has nothing to rewrite (read it as it is), -1 when a
 * separator is where the grouping pattern does not allow it ("1,23", "12,3456": *bad_at =
 * its 0-based offset in s).
 */
int ctrend__io_clean_number(const char *s, size_t len, char thousands, char decimal, char *out,
                            size_t cap, int *pct, size_t *bad_at)
{
    size_t lead = 0;
    while (lead < len && is_blank((unsigned char)s[lead])) ++lead;
    while (len > lead && is_blank((unsigned char)s[len - 1])) --len;
    *pct = 0;
    if (len > lead && s[len - 1] == '%') {
        *pct = 1;
        --len;
        while (len > lead && is_blank((unsigned char)s[len - 1])) --len;
    }
    size_t i = lead, k = 0;
    int changed = *pct;
    if (len - lead + 1 > cap) return 0;
    if (i < len && (s[i] == '+' || s[i] == '-')) out[k++] = s[i++];
    /* integer part: digits and separators up to the decimal character */
    size_t group = 0, groups = 0;
    int seps = 0;
    for (; i < len && s[i] != decimal; ++i) {
        const char c = s[i];
        if (is_digit((unsigned char)c)) {
            out[k++] = c;
            ++group;
            continue;
        }
        if (thousands && c == thousands) {
            /* the group before a separator: 1..3 digits first, exactly 3 afterwards */
            if (group == 0 || group > 3 || (groups > 0 && group != 3)) { *bad_at = i; return -1; }
            ++groups;
            group = 0;
            seps = changed = 1;
            continue;
        }
        break; /* anything else: left to the number parser */
    }
    if (seps && group != 3) { *bad_at = i; return -1; }
    if (i < len && s[i] == decimal) {
        out[k++] = '.';
        changed |= decimal != '.';
        ++i;
    }
    for (; i < len; ++i) {
        if (thousands && s[i] == thousands && thousands != decimal) { *bad_at = i; return -1; }
        out[k++] = s[i];
    }
    out[k] = '\0';
    return changed;
}
