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
