/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * month.c — month indices, parsing and the Gregorian calendar.
 *
 * Parsing is hand-written because no dependency parses this small set of
 * human month spellings without a locale (strptime's %b is locale-dependent and
 * accepts trailing garbage). The grammar is documented in month.h.
 */
#include <string.h>
#include "ctrend/month.h"

static const char *const month_names[12] = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"};

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_blank(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static int is_leap(int32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int32_t days_in(int32_t year, int32_t moy)
{
    static const int32_t d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (moy == 2 && is_leap(year)) ? 29 : d[moy - 1];
}

int ctrend_month_make(int32_t year, int32_t moy, int32_t *out)
{
    if (!out) return CTREND_EINVAL;
    if (year < CTREND_YEAR_MIN || year > CTREND_YEAR_MAX || moy < 1 || moy > 12)
        return CTREND_ERANGE;
    *out = year * 12 + (moy - 1);
    return CTREND_OK;
}

/* Floor division by 12 without negating (-INT32_MIN overflows) and the remainder in 64 bits
 * (floor(INT32_MIN / 12) * 12 is below INT32_MIN), so every int32_t index has a year. */
int32_t ctrend_month_year(int32_t month) { return month >= 0 ? month / 12 : (month + 1) / 12 - 1; }
int32_t ctrend_month_of_year(int32_t month)
{
    return (int32_t)((int64_t)month - (int64_t)ctrend_month_year(month) * 12 + 1);
}
int32_t ctrend_month_days(int32_t month)
{
    return days_in(ctrend_month_year(month), ctrend_month_of_year(month));
}
int32_t ctrend_month_add(int32_t month, int32_t n_months) { return month + n_months; }

/* Read up to max_digits digits; returns count read (0 = none). Values stay < 10^9. */
static size_t read_uint(const char *s, size_t len, size_t pos, size_t max_digits, int32_t *v)
{
    size_t k = 0;
    int32_t acc = 0;
    while (pos + k < len && k < max_digits && is_digit((unsigned char)s[pos + k])) {
        acc = acc * 10 + (s[pos + k] - '0');
        ++k;
    }
    *v = acc;
    return k;
}

/* Numeric forms: YYYY sep MM [sep DD [time...]], sep in "-/.". */
static int parse_numeric(const char *s, size_t len, int32_t *out)
{
    int32_t year, moy, day = 0;
    int has_day = 0;
    size_t pos = read_uint(s, len, 0, 5, &year);
    if (pos != 4) return CTREND_EPARSE;
    if (pos >= len) return CTREND_EPARSE;
    const char sep = s[pos];
    if (sep != '-' && sep != '/' && sep != '.') return CTREND_EPARSE;
    ++pos;
    size_t k = read_uint(s, len, pos, 3, &moy);
    if (k < 1 || k > 2) return CTREND_EPARSE;
    pos += k;
    if (pos < len) {
        if (s[pos] != sep) return CTREND_EPARSE;
        ++pos;
        k = read_uint(s, len, pos, 3, &day);
        if (k < 1 || k > 2) return CTREND_EPARSE;
        pos += k;
        has_day = 1;
        if (pos < len) {
            /* a time part: "T..." or " HH:..." — accepted, ignored */
            if (s[pos] != 'T' && s[pos] != ' ') return CTREND_EPARSE;
            if (pos + 1 >= len || !is_digit((unsigned char)s[pos + 1])) return CTREND_EPARSE;
        }
    }
    if (moy < 1 || moy > 12) return CTREND_ERANGE;
    int32_t m;
    int rc = ctrend_month_make(year, moy, &m);
    if (rc) return rc;
    if (has_day && (day < 1 || day > days_in(year, moy))) return CTREND_ERANGE;
    *out = m;
    return CTREND_OK;
}

/* Named forms: "Jan 2022", "January 2022", "Jan-2022", "Jan. 2022". */
static int parse_named(const char *s, size_t len, int32_t *out)
{
    size_t n = 0;
    while (n < len && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'))) ++n;
    if (n < 3) return CTREND_EPARSE;
    int32_t moy = 0;
    for (int32_t i = 0; i < 12 && !moy; ++i) {
        const char *name = month_names[i];
        const size_t full = strlen(name);
        if (n != 3 && n != full && !(i == 8 && n == 4)) continue; /* "Sept" */
        size_t j = 0;
        while (j < n && lower((unsigned char)s[j]) == name[j]) ++j;
        if (j == n) moy = i + 1;
    }
    if (!moy) return CTREND_EPARSE;
    size_t pos = n;
    if (pos < len && s[pos] == '.') ++pos;
    if (pos < len && (s[pos] == '-' || s[pos] == ' ' || s[pos] == ',')) {
        ++pos;
        while (pos < len && s[pos] == ' ') ++pos;
    } else {
        return CTREND_EPARSE;
    }
    int32_t year;
    const size_t k = read_uint(s, len, pos, 5, &year);
    if (k != 4 || pos + k != len) return CTREND_EPARSE;
    int32_t m;
    const int rc = ctrend_month_make(year, moy, &m);
    if (rc) return rc;
    *out = m;
    return CTREND_OK;
}

static void trim(const char **s, size_t *len)
{
    while (*len > 0 && is_blank((unsigned char)(*s)[0])) { ++*s; --*len; }
    while (*len > 0 && is_blank((unsigned char)(*s)[*len - 1])) --*len;
}

int ctrend_month_parse(const char *s, size_t len, int32_t *out)
{
    if (!s || !out) return CTREND_EINVAL;
    trim(&s, &len);
    if (len == 0) return CTREND_EPARSE;
    if (is_digit((unsigned char)s[0])) return parse_numeric(s, len, out);
    return parse_named(s, len, out);
}

/* Index of year y (astronomical numbering), month of year moy, when it fits in int32_t. */
static int index_of(int64_t y, int32_t moy, int32_t *out)
{
    if (moy < 1 || moy > 12) return CTREND_ERANGE;
    const int64_t m = y * 12 + (moy - 1);
    if (m < INT32_MIN || m > INT32_MAX) return CTREND_ERANGE;
    *out = (int32_t)m;
    return CTREND_OK;
}

/* ISO 8601 expanded year (ISO 8601-1:2019 4.3.2): a sign, 4..9 digits, "-", two digits.
 * Nine digits cover every int32_t index (|year| <= 178 956 971). */
static int parse_expanded(const char *s, size_t len, int32_t *out)
{
    int32_t year, moy;
    const size_t k = read_uint(s, len, 1, 9, &year);
    if (k < 4 || k > 9 || 1 + k + 3 != len || s[1 + k] != '-') return CTREND_EPARSE;
    if (read_uint(s, len, 2 + k, 2, &moy) != 2) return CTREND_EPARSE;
    return index_of(s[0] == '-' ? -(int64_t)year : (int64_t)year, moy, out);
}

int ctrend_month_parse_v2(const char *s, size_t len, int32_t *out)
{
    if (!s || !out) return CTREND_EINVAL;
    trim(&s, &len);
    if (len == 0) return CTREND_EPARSE;
    if (s[0] == '+' || s[0] == '-') return parse_expanded(s, len, out);
    /* year 0 (1 BC) in the four-digit form, "0000-MM" only */
    if (len == 7 && !memcmp(s, "0000-", 5) && is_digit((unsigned char)s[5]) &&
        is_digit((unsigned char)s[6]))
        return index_of(0, (s[5] - '0') * 10 + (s[6] - '0'), out);
    return ctrend_month_parse(s, len, out);
}

int ctrend_month_format(int32_t month, char *buf, size_t cap)
{
    if (!buf) return CTREND_EINVAL;
    const int32_t y = ctrend_month_year(month);
    if (cap < CTREND_MONTH_STRLEN || y < CTREND_YEAR_MIN || y > CTREND_YEAR_MAX) return CTREND_ERANGE;
    const int32_t moy = ctrend_month_of_year(month);
    buf[0] = (char)('0' + y / 1000);
    buf[1] = (char)('0' + (y / 100) % 10);
    buf[2] = (char)('0' + (y / 10) % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + moy / 10);
    buf[6] = (char)('0' + moy % 10);
    buf[7] = '\0';
    return CTREND_OK;
}

/* Years 0..9999 as YYYY-MM (ISO 8601's four-digit year, 0000 = 1 BC); other years in the
 * expanded form: a sign and at least four digits, "-0001-03" (March 2 BC), "+10000-01". */
int ctrend_month_format_v2(int32_t month, char *buf, size_t cap)
{
    if (!buf) return CTREND_EINVAL;
    if (cap < CTREND_MONTH_STRLEN_V2) return CTREND_ERANGE;
    const int32_t y = ctrend_month_year(month);
    const int32_t moy = ctrend_month_of_year(month);
    const int64_t ay = y < 0 ? -(int64_t)y : y;
    char digits[12];
    size_t nd = 0;
    for (int64_t v = ay; nd < 4 || v > 0; v /= 10) digits[nd++] = (char)('0' + v % 10);
    size_t pos = 0;
    if (y < 0) buf[pos++] = '-';
    else if (y > 9999) buf[pos++] = '+';
    while (nd > 0) buf[pos++] = digits[--nd];
    buf[pos++] = '-';
    buf[pos++] = (char)('0' + moy / 10);
    buf[pos++] = (char)('0' + moy % 10);
    buf[pos] = '\0';
    return CTREND_OK;
}
