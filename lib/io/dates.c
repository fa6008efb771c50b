/*
 * dates.c — date cells of the CSV reader: which spellings are months or days, per column.
 *
 * Method. Hand-written, locale-free recognisers (strptime's %b depends on LC_TIME and
 * accepts trailing text) for the forms exports actually use:
 *   ISO 8601 and its relatives (ctrend_month_parse: 2022-03, 2022-03-02, with a time part,
 *   2022/03, 2022.03, Mar 2022, March 2022, Jan-2022), 2022M03 (Eurostat/SDMX monthly
 *   periods), Mar-22 (a spreadsheet's "mmm-yy" display), 2 March 2022 (ACLED's
 *   event_date), March 2, 2022 (US prose) and numeric day/month/year in either order
 *   (15/01/2022, 1/15/2022, 01.03.2022). The reader fixes one form per column (the first
 *   cell's) and, for numeric dates, one order: the first cell with a field above 12 settles
 *   it, and a column where no cell does is refused with both readings (reader.c).
 * Two-digit years follow POSIX strptime %y (IEEE Std 1003.1-2017, strptime, "%y"): 69..99 are
 * 1969..1999 and 00..68 are 2000..2068.
 * Excel serial numbers use the 1900 date system (ECMA-376 Part 1, 18.17.4.1): serial 1 is
 * 1900-01-01, and serial 60 is the non-existent 1900-02-29 that Lotus 1-2-3 invented and
 * Excel kept for compatibility (Microsoft KB 214326, "Excel incorrectly assumes that the
 * year 1900 is a leap year"); serial 61 is 1900-03-01, so from there a day is
 * 1899-12-30 + serial. Serial 60 is read as February 1900 (the month it claims). A fraction
 * is a time of day and is ignored. Days are converted with days_from_civil/civil_from_days
 * (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", 2013).
 */
#include <math.h>
#include <string.h>
#include "ctrend/common.h"
#include "ctrend/month.h"
#include "dates.h"
#include "io_internal.h"

static const char *const MONTHS[12] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_blank(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static int is_leap(int32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int32_t days_in(int32_t y, int32_t m)
{
    static const int32_t d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && is_leap(y)) ? 29 : d[m - 1];
}

int32_t ctrend__date_year2(int32_t yy) { return yy >= 69 ? 1900 + yy : 2000 + yy; }

/* Digits at s[*pos..), at most max; the count read (0 = none). */
static size_t digits(const char *s, size_t len, size_t *pos, size_t max, int32_t *v)
{
    size_t k = 0;
    int32_t acc = 0;
    while (*pos + k < len && k < max && is_digit((unsigned char)s[*pos + k])) acc = acc * 10 + (s[*pos + k++] - '0');
    *pos += k;
    *v = acc;
    return k;
}

/* A month name (3 letters, the full name, or "Sept") at s[*pos..): 1..12, 0 if none. */
static int32_t month_name(const char *s, size_t len, size_t *pos)
{
    size_t n = 0;
    while (*pos + n < len && is_alpha((unsigned char)s[*pos + n])) ++n;
    if (n < 3) return 0;
    for (int32_t i = 0; i < 12; ++i) {
        const size_t full = strlen(MONTHS[i]);
        if (n != 3 && n != full && !(i == 8 && n == 4)) continue;
        size_t j = 0;
        while (j < n && lower((unsigned char)s[*pos + j]) == MONTHS[i][j]) ++j;
        if (j == n) {
            *pos += n;
            return i + 1;
        }
    }
    return 0;
}

static int make(int32_t y, int32_t m, int32_t day, int32_t *out)
{
    if (m < 1 || m > 12) return CTREND_ERANGE;
    if (ctrend_month_make(y, m, out)) return CTREND_ERANGE;
    if (day && (day < 1 || day > days_in(y, m))) return CTREND_ERANGE;
    return CTREND_OK;
}

/* An optional time of day after a date: " 10:00[:00[.000]]" or "T10:00..." (kept loose: a
 * digit must follow the separator; the rest is not read). */
static int time_tail(const char *s, size_t len, size_t pos)
{
    if (pos == len) return 1;
    return (s[pos] == ' ' || s[pos] == 'T') && pos + 1 < len && is_digit((unsigned char)s[pos + 1]);
}

/* Numeric a<sep>b<sep>YYYY[ time] with 1-2 digit a, b. */
static int parse_numeric_dmy(const char *s, size_t len, ctrend__date *d)
{
    size_t pos = 0;
    int32_t a, b, y;
    if (!digits(s, len, &pos, 2, &a) || pos >= len) return CTREND_EPARSE;
    const char sep = s[pos];
    if (sep != '/' && sep != '.' && sep != '-') return CTREND_EPARSE;
    ++pos;
    if (!digits(s, len, &pos, 2, &b) || pos >= len || s[pos] != sep) return CTREND_EPARSE;
    ++pos;
    if (digits(s, len, &pos, 4, &y) != 4 || !time_tail(s, len, pos)) return CTREND_EPARSE;
    d->has_day = 1;
    if (a < 1 || b < 1 || (a > 12 && b > 12) || a > 31 || b > 31) return CTREND_ERANGE;
    if (y < CTREND_YEAR_MIN || y > CTREND_YEAR_MAX) return CTREND_ERANGE;
    d->form = CTREND__DF_NUMERIC;
    d->a = a;
    d->b = b;
    d->year = y;
    d->sep = sep;
    d->has_day = 1;
    d->hint = a > 12 ? CTREND__ORDER_DMY : b > 12 ? CTREND__ORDER_MDY : CTREND__ORDER_UNKNOWN;
    /* a field that can only be a day must fit the month of the other reading */
    if (d->hint) {
        int32_t m;
        return ctrend__date_numeric_month(d, d->hint, &m);
    }
    return CTREND_OK;
}

int ctrend__date_numeric_month(const ctrend__date *d, int order, int32_t *month)
{
    const int32_t day = order == CTREND__ORDER_DMY ? d->a : d->b;
    const int32_t moy = order == CTREND__ORDER_DMY ? d->b : d->a;
    return make(d->year, moy, day, month);
}

/* 2022M03 / 2022m3 */
static int parse_ym(const char *s, size_t len, ctrend__date *d)
{
    size_t pos = 0;
    int32_t y, m;
    if (digits(s, len, &pos, 4, &y) != 4 || pos >= len || (s[pos] != 'M' && s[pos] != 'm')) return CTREND_EPARSE;
    ++pos;
    if (!digits(s, len, &pos, 2, &m) || pos != len) return CTREND_EPARSE;
    d->form = CTREND__DF_MONTH;
    return make(y, m, 0, &d->month);
}

/* Text starting with a digit: 2 March 2022, 02 Mar 2022, 2-Mar-2022. */
static int parse_d_mon_y(const char *s, size_t len, ctrend__date *d)
{
    size_t pos = 0;
    int32_t day, y;
    if (!digits(s, len, &pos, 2, &day) || pos >= len) return CTREND_EPARSE;
    const char sep = s[pos];
    if (sep != ' ' && sep != '-') return CTREND_EPARSE;
    while (pos < len && s[pos] == sep) ++pos;
    const int32_t m = month_name(s, len, &pos);
    if (!m) return CTREND_EPARSE;
    if (pos < len && s[pos] == '.') ++pos;
    if (pos >= len || s[pos] != sep) return CTREND_EPARSE;
    while (pos < len && s[pos] == sep) ++pos;
    if (digits(s, len, &pos, 4, &y) != 4 || pos != len) return CTREND_EPARSE;
    d->form = CTREND__DF_D_MON_Y;
    d->has_day = 1;
    return make(y, m, day, &d->month);
}

/* Text starting with a letter: Mar-22; March 2, 2022 / Mar 2 2022; else ctrend_month_parse. */
static int parse_named(const char *s, size_t len, ctrend__date *d)
{
    size_t pos = 0;
    const int32_t m = month_name(s, len, &pos);
    if (m && pos < len && s[pos] == '-' && pos + 3 == len && is_digit((unsigned char)s[pos + 1]) &&
        is_digit((unsigned char)s[pos + 2])) {
        d->form = CTREND__DF_MON_Y2;
        const int32_t yy = (s[pos + 1] - '0') * 10 + (s[pos + 2] - '0');
        return make(ctrend__date_year2(yy), m, 0, &d->month);
    }
    if (m) {
        size_t p = pos;
        if (p < len && s[p] == '.') ++p;
        if (p < len && s[p] == ' ') {
            while (p < len && s[p] == ' ') ++p;
            int32_t day, y;
            const size_t nd = digits(s, len, &p, 2, &day);
            if (nd && p < len && (s[p] == ',' || s[p] == ' ')) {
                if (s[p] == ',') ++p;
                if (p < len && s[p] == ' ') {
                    while (p < len && s[p] == ' ') ++p;
                    if (digits(s, len, &p, 4, &y) == 4 && p == len) {
                        d->form = CTREND__DF_MON_D_Y;
                        d->has_day = 1;
                        return make(y, m, day, &d->month);
                    }
                }
                return CTREND_EPARSE;
            }
        }
    }
    d->form = CTREND__DF_MONTH;
    return ctrend_month_parse(s, len, &d->month);
}

int ctrend__date_parse(const char *s, size_t len, ctrend__date *d)
{
    while (len && is_blank((unsigned char)s[0])) { ++s; --len; }
    while (len && is_blank((unsigned char)s[len - 1])) --len;
    memset(d, 0, sizeof *d);
    if (!len) return CTREND_EPARSE;
    if (is_digit((unsigned char)s[0])) {
        size_t n = 0;
        while (n < len && is_digit((unsigned char)s[n])) ++n;
        if (n == 4) {
            if (n < len && (s[n] == 'M' || s[n] == 'm')) return parse_ym(s, len, d);
            d->form = CTREND__DF_MONTH;
            d->has_day = ctrend__io_has_day(s, len);
            return ctrend_month_parse(s, len, &d->month);
        }
        if (n > 2 || n == len) return CTREND_EPARSE;
        if (s[n] == ' ' || (s[n] == '-' && n + 1 < len && is_alpha((unsigned char)s[n + 1])))
            return parse_d_mon_y(s, len, d);
        return parse_numeric_dmy(s, len, d);
    }
    if (is_alpha((unsigned char)s[0])) return parse_named(s, len, d);
    return CTREND_EPARSE;
}

/* ---------------------------------------------------------------- user formats */

static int parse_excel(const char *s, size_t len, ctrend__date *d)
{
    double v;
    int missing;
    if (ctrend__io_parse_value(s, len, &v, &missing) || missing) return CTREND_EPARSE;
    /* 2958465 = 9999-12-31, Excel's last date */
    if (!(v >= 1.0) || v >= 2958466.0) return CTREND_ERANGE;
    const int64_t serial = (int64_t)floor(v);
    d->form = CTREND__DF_EXCEL;
    d->has_day = 1;
    if (serial == 60) return make(1900, 2, 0, &d->month); /* the fictitious 1900-02-29 */
    /* days since 1970-01-01 of 1899-12-31 (serials 1..59) or 1899-12-30 (61..) */
    int64_t z = (serial < 60 ? -25568 : -25569) + serial;
    /* civil_from_days (Hinnant) */
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = yoe + era * 400 + (m <= 2);
    return make((int32_t)y, (int32_t)m, 0, &d->month);
}

int ctrend__date_format_ok(const char *fmt)
{
    if (!fmt || !fmt[0]) return 0;
    if (!strcmp(fmt, "excel")) return 1;
    int year = 0, month = 0;
    for (const char *p = fmt; *p; ++p) {
        if (*p != '%') continue;
        switch (*++p) {
        case 'Y': case 'y': ++year; break;
        case 'm': case 'b': case 'B': ++month; break;
        case 'd': case 'e': case 'H': case 'M': case 'S': case '%': break;
        default: return 0; /* also a lone % at the end */
        }
    }
    return year == 1 && month == 1;
}

int ctrend__date_parse_format(const char *fmt, const char *s, size_t len, ctrend__date *d)
{
    while (len && is_blank((unsigned char)s[0])) { ++s; --len; }
    while (len && is_blank((unsigned char)s[len - 1])) --len;
    memset(d, 0, sizeof *d);
    if (!strcmp(fmt, "excel")) return parse_excel(s, len, d);
    size_t pos = 0;
    int32_t y = 0, m = 0, day = 0, v;
    for (const char *p = fmt; *p; ++p) {
        if (is_blank((unsigned char)*p)) {
            while (pos < len && is_blank((unsigned char)s[pos])) ++pos;
            continue;
        }
        if (*p != '%' || p[1] == '%') {
            if (*p == '%') ++p;
            if (pos >= len || s[pos] != *p) return CTREND_EPARSE;
            ++pos;
            continue;
        }
        switch (*++p) {
        case 'Y':
            if (digits(s, len, &pos, 4, &y) != 4) return CTREND_EPARSE;
            break;
        case 'y':
            if (digits(s, len, &pos, 2, &v) != 2) return CTREND_EPARSE;
            y = ctrend__date_year2(v);
            break;
        case 'm':
            if (!digits(s, len, &pos, 2, &m)) return CTREND_EPARSE;
            if (m < 1 || m > 12) return CTREND_ERANGE;
            break;
        case 'e':
            if (pos < len && s[pos] == ' ') ++pos;
            /* fall through */
        case 'd':
            if (!digits(s, len, &pos, 2, &day)) return CTREND_EPARSE;
            if (day < 1) return CTREND_ERANGE;
            d->has_day = 1;
            break;
        case 'b': case 'B':
            if (!(m = month_name(s, len, &pos))) return CTREND_EPARSE;
            break;
        case 'H': case 'M': case 'S':
            if (!digits(s, len, &pos, 2, &v)) return CTREND_EPARSE;
            break;
        default:
            return CTREND_EPARSE; /* ctrend__date_format_ok refuses these */
        }
    }
    if (pos != len) return CTREND_EPARSE;
    d->form = CTREND__DF_CUSTOM;
    return make(y, m, day, &d->month);
}

int ctrend__date_is_total(const char *s, size_t len)
{
    while (len && is_blank((unsigned char)s[0])) { ++s; --len; }
    while (len && is_blank((unsigned char)s[len - 1])) --len;
    static const char *const labels[] = {"total", "sum", "grand total", "all"};
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; ++k) {
        const size_t n = strlen(labels[k]);
        if (n != len) continue;
        size_t i = 0;
        while (i < n && lower((unsigned char)s[i]) == labels[k][i]) ++i;
        if (i == n) return 1;
    }
    return 0;
}
