/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lexer.c — tokens of a claim line (see docs/claims.md for the grammar).
 *
 *   WORD   parts separated by '/', each a letter followed by letters, digits and _ + . - , or
 *          a "quoted" part that may hold spaces, slashes and parentheses:
 *          TTP/attacks/"North Waziristan", "Tehreek-i-Taliban Pakistan (TTP)"/events, and ""
 *          for an empty group (""/events_all). '+' inside a word belongs to the word
 *          (ISKP+ISPP/attacks); the operator '+' must stand alone between spaces.
 *   MONTH  YYYY-MM (checked by ctrend_month_parse)    PERIOD YYYY-Qn, YYYY-Hn
 *   NUMBER [+-]digits[.digits] then an optional '%' or 'x' (ratio); commas are not allowed;
 *          at most 15 digits, no exponent (both errors name the whole token)
 *   RANGE  ..        OP  + = < > <= >= ~ ,  and the signs U+2265, U+2264, U+2248
 * An unknown character gives a T_ERROR token at its column spanning its whole UTF-8 sequence
 * (a message never cuts a character in two); the parser reports it.
 * ctrend__lex skips blanks and hands each token to lex_one, which picks its kind from the
 * first bytes (lex_word, lex_day, lex_period, lex_month, lex_number, lex_sign).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims/claims_internal.h"
#include "ctrend/month.h"

static int is_word_char(char ch)
{
    return isalnum((unsigned char)ch) || ch == '_' || ch == '/' || ch == '+' || ch == '.' ||
           ch == '-';
}

static int push(ctrend__tok **v, size_t *n, size_t *cap, const ctrend__tok *t)
{
    if (*n == *cap) {
        const size_t nc = *cap ? *cap * 2 : 16;
        ctrend__tok *nv = realloc(*v, nc * sizeof *nv);
        if (!nv) return 1;
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = *t;
    return 0;
}

/* Days since 1970-01-01 of the civil date y-m-d (H. Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int ctrend__day_parse(const char *s, size_t n, int32_t *day)
{
    if (n != 10 || s[4] != '-' || s[7] != '-') return 1;
    for (size_t k = 0; k < 10; k++)
        if (k != 4 && k != 7 && !isdigit((unsigned char)s[k])) return 1;
    const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    const int m = (s[5] - '0') * 10 + (s[6] - '0');
    const int d = (s[8] - '0') * 10 + (s[9] - '0');
    int32_t mi;
    if (y < 1 || ctrend_month_make(y, m, &mi) != CTREND_OK || d < 1 || d > ctrend_month_days(mi))
        return 1;
    *day = (int32_t)days_from_civil(y, m, d);
    return 0;
}

void ctrend__day_format(int32_t day, char out[11])
{
    /* civil_from_days (H. Hinnant) */
    int64_t z = (int64_t)day + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp + (mp < 10 ? 3 : -9);
    const int64_t y = yoe + era * 400 + (m <= 2);
    const int yy = (int)(y % 10000 + 10000) % 10000, mm = (int)m, dd = (int)d;
    out[0] = (char)('0' + yy / 1000);
    out[1] = (char)('0' + yy / 100 % 10);
    out[2] = (char)('0' + yy / 10 % 10);
    out[3] = (char)('0' + yy % 10);
    out[4] = '-';
    out[5] = (char)('0' + mm / 10);
    out[6] = (char)('0' + mm % 10);
    out[7] = '-';
    out[8] = (char)('0' + dd / 10);
    out[9] = (char)('0' + dd % 10);
    out[10] = '\0';
}

/* Length of the UTF-8 sequence starting at line[i] (1 for ASCII or a stray byte), never past
 * len: an error message must not cut a character in two. */
static size_t utf8_len(const char *line, size_t i, size_t len)
{
    const unsigned char c0 = (unsigned char)line[i];
    size_t n = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : c0 >= 0xC0 ? 2 : 1;
    size_t k = 1;
    while (k < n && i + k < len && ((unsigned char)line[i + k] & 0xC0) == 0x80) k++;
    return k;
}

/* A quoted name part "...": returns the index after the closing quote, or 0 if unterminated. */
static size_t quoted_end(const char *line, size_t i, size_t len)
{
    size_t j = i + 1;
    while (j < len && line[j] != '"') j++;
    return j < len ? j + 1 : 0;
}

static int is_digit_at(const char *line, size_t i, size_t len)
{
    return i < len && isdigit((unsigned char)line[i]);
}

/* Longest significant part of a number the lexer accepts: a double holds 15 decimal digits
 * exactly, so a longer figure ("12345678901234567890123456789012345678901234%") cannot be
 * compared at its quoted precision and is an error, like an exponent ("1e308%"). */
#define CTREND__MAX_DIGITS 15

/* Each lex_* below reads one token of its kind starting at line[i] (the caller has decided
 * which kind it is), fills t's kind and value, and returns the index just after it. */

/* WORD: segments separated by '/', each bare (letters, digits, _ + . -) or "quoted". */
static size_t lex_word(const char *line, size_t i, size_t len, ctrend__tok *t)
{
    t->kind = CTREND__T_WORD;
    int seg_start = 1;
    while (i < len) {
        if (line[i] == '"' && seg_start) {
            const size_t e = quoted_end(line, i, len);
            if (!e) {
                t->kind = CTREND__T_ERROR;
                t->err = "unterminated quote '\"'";
                return len;
            }
            i = e;
            seg_start = 0;
            if (i < len && line[i] != '/' && is_word_char(line[i]) &&
                !(line[i] == '.' && i + 1 < len && line[i + 1] == '.')) {
                t->kind = CTREND__T_ERROR;
                t->err = "a quoted name ends at '/' or a space";
                return i + 1;
            }
        } else if (is_word_char(line[i])) {
            /* a word never swallows a range "..": stop before it */
            if (line[i] == '.' && i + 1 < len && line[i + 1] == '.') return i;
            seg_start = line[i] == '/';
            i++;
        } else {
            return i;
        }
    }
    return i;
}

/* "YYYY-" at line[i] (four digits and a dash, all before len). */
static int year_dash_at(const char *line, size_t i, size_t len)
{
    return i + 5 <= len && isdigit((unsigned char)line[i]) && is_digit_at(line, i + 1, len) &&
           is_digit_at(line, i + 2, len) && is_digit_at(line, i + 3, len) && line[i + 4] == '-';
}

/* A date, period or month token ends at k: the end of the line or a non-alphanumeric byte. */
static int ends_at(const char *line, size_t k, size_t len)
{
    return k == len || !isalnum((unsigned char)line[k]);
}

static int is_day_at(const char *line, size_t i, size_t len)
{
    return i + 10 <= len && year_dash_at(line, i, len) && is_digit_at(line, i + 5, len) &&
           is_digit_at(line, i + 6, len) && line[i + 7] == '-' && is_digit_at(line, i + 8, len) &&
           is_digit_at(line, i + 9, len) && ends_at(line, i + 10, len);
}

static int is_period_at(const char *line, size_t i, size_t len)
{
    return i + 7 <= len && year_dash_at(line, i, len) &&
           (line[i + 5] == 'Q' || line[i + 5] == 'H') && is_digit_at(line, i + 6, len) &&
           ends_at(line, i + 7, len);
}

static int is_month_at(const char *line, size_t i, size_t len)
{
    return i + 7 <= len && year_dash_at(line, i, len) && is_digit_at(line, i + 5, len) &&
           is_digit_at(line, i + 6, len) && ends_at(line, i + 7, len);
}

/* DATE YYYY-MM-DD (as of ...): num = days since 1970-01-01. */
static size_t lex_day(const char *line, size_t i, ctrend__tok *t)
{
    int32_t d;
    if (ctrend__day_parse(line + i, 10, &d)) {
        t->kind = CTREND__T_ERROR;
        t->err = "not a date (YYYY-MM-DD)";
    } else {
        t->kind = CTREND__T_DATE;
        t->num = (double)d;
    }
    return i + 10;
}

/* PERIOD: a quarter 2023-Q1..2023-Q4 or a half 2023-H1, 2023-H2: num = first month. */
static size_t lex_period(const char *line, size_t i, ctrend__tok *t)
{
    const int y = atoi(line + i); /* stops at '-' */
    const int k = line[i + 6] - '0';
    const int span = line[i + 5] == 'Q' ? 3 : 6;
    int32_t m;
    if (k < 1 || k > 12 / span || ctrend_month_make(y, (k - 1) * span + 1, &m) != CTREND_OK) {
        t->kind = CTREND__T_ERROR;
        t->err = "a quarter is YYYY-Q1..YYYY-Q4, a half YYYY-H1 or YYYY-H2";
    } else {
        t->kind = CTREND__T_PERIOD;
        t->num = (double)m;
        t->span = span;
    }
    return i + 7;
}

/* MONTH YYYY-MM: num = month index. */
static size_t lex_month(const char *line, size_t i, ctrend__tok *t)
{
    int32_t m;
    if (ctrend_month_parse(line + i, 7, &m) != CTREND_OK) {
        t->kind = CTREND__T_ERROR;
        t->err = "not a month (YYYY-MM, month 01..12)";
    } else {
        t->kind = CTREND__T_MONTH;
        t->num = (double)m;
    }
    return i + 7;
}

/* What may follow the digits of a NUMBER token that ends at line[i]: '%' or 'x', or an
 * ordinal "st"/"nd"/"rd"/"th" after a whole number >= 1 (2nd, 3rd, 10th). */
static size_t number_suffix(const char *line, size_t i, size_t len, ctrend__tok *t)
{
    if (i < len && (line[i] == '%' || line[i] == 'x')) t->suffix = line[i++];
    if (!t->suffix && !t->decimals && i + 2 <= len && t->num >= 1 &&
        (!strncmp(line + i, "st", 2) || !strncmp(line + i, "nd", 2) ||
         !strncmp(line + i, "rd", 2) || !strncmp(line + i, "th", 2)) &&
        (i + 2 == len || !isalnum((unsigned char)line[i + 2]))) {
        t->suffix = 'o';
        i += 2;
    }
    return i;
}

/* NUMBER [+-]digits[.digits][%|x|st|nd|rd|th]. A number glued to letters, '_' or a single
 * '.' ("1e308%", "12abc") is an error spanning the whole run; so is one of more than
 * CTREND__MAX_DIGITS digits. */
static size_t lex_number(const char *line, size_t i, size_t len, ctrend__tok *t)
{
    const size_t start = i;
    const int sign = !isdigit((unsigned char)line[i]);
    t->kind = CTREND__T_NUMBER;
    i++;
    while (i < len && isdigit((unsigned char)line[i])) i++;
    t->digits = (int)(i - start) - sign;
    if (i + 1 < len && line[i] == '.' && isdigit((unsigned char)line[i + 1])) {
        i++;
        const size_t d0 = i;
        while (i < len && isdigit((unsigned char)line[i])) i++;
        t->decimals = (int)(i - d0);
    }
    char buf[64];
    const size_t nl = i - start < sizeof buf - 1 ? i - start : sizeof buf - 1;
    memcpy(buf, line + start, nl);
    buf[nl] = '\0';
    t->num = strtod(buf, NULL);
    i = number_suffix(line, i, len, t);
    if (i < len && (isalnum((unsigned char)line[i]) || line[i] == '_' ||
                    (line[i] == '.' && !(i + 1 < len && line[i + 1] == '.')))) {
        while (i < len && (isalnum((unsigned char)line[i]) || line[i] == '_' || line[i] == '.' ||
                           line[i] == '%' || line[i] == '+' || line[i] == '-'))
            i++;
        t->kind = CTREND__T_ERROR;
        t->err = "a number in plain digits (42, 39.25, 83%, 1.5x; no exponent)";
    } else if (t->digits + t->decimals > CTREND__MAX_DIGITS) {
        t->kind = CTREND__T_ERROR;
        t->err = "a number of at most 15 digits";
    }
    return i;
}

/* RANGE "..", an OP (+ = < > <= >= ~ , and U+2265 U+2264 U+2248), or an unknown character:
 * an ERROR token over its whole UTF-8 sequence. */
static size_t lex_sign(const char *line, size_t i, size_t len, ctrend__tok *t)
{
    const char ch = line[i];
    if (ch == '.' && i + 1 < len && line[i + 1] == '.') {
        t->kind = CTREND__T_RANGE;
        return i + 2;
    }
    if (ch == '<' || ch == '>') {
        t->kind = CTREND__T_OP;
        return i + 1 < len && line[i + 1] == '=' ? i + 2 : i + 1;
    }
    if (ch == '=' || ch == '~' || ch == '+' || ch == ',') {
        t->kind = CTREND__T_OP;
        return i + 1;
    }
    if ((unsigned char)ch == 0xE2 && i + 2 < len && (unsigned char)line[i + 1] == 0x89 &&
        ((unsigned char)line[i + 2] == 0xA5 || (unsigned char)line[i + 2] == 0xA4 ||
         (unsigned char)line[i + 2] == 0x88)) {
        t->kind = CTREND__T_OP;
        return i + 3;
    }
    t->kind = CTREND__T_ERROR;
    return i + utf8_len(line, i, len);
}

/* One token at line[i] (not a blank): its kind decided by the first bytes. */
static size_t lex_one(const char *line, size_t i, size_t len, ctrend__tok *t)
{
    const char ch = line[i];
    if (isalpha((unsigned char)ch) || ch == '"') return lex_word(line, i, len, t);
    if (is_day_at(line, i, len)) return lex_day(line, i, t);
    if (is_period_at(line, i, len)) return lex_period(line, i, t);
    if (is_month_at(line, i, len)) return lex_month(line, i, t);
    if (isdigit((unsigned char)ch) || ((ch == '+' || ch == '-') && is_digit_at(line, i + 1, len)))
        return lex_number(line, i, len, t);
    return lex_sign(line, i, len, t);
}

int ctrend__lex(const char *line, size_t len, int col0, ctrend__tok **toks, size_t *ntok)
{
    ctrend__tok *v = NULL;
    size_t n = 0, cap = 0, i = 0;
    ctrend__tok t;
    while (i < len) {
        const char ch = line[i];
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') {
            i++;
            continue;
        }
        memset(&t, 0, sizeof t);
        t.p = line + i;
        t.col = col0 + (int)i;
        const size_t end = lex_one(line, i, len, &t);
        t.len = end - i;
        i = end;
        if (push(&v, &n, &cap, &t)) {
            free(v);
            return 1;
        }
        if (t.kind == CTREND__T_ERROR) break; /* the parser reports it */
    }
    memset(&t, 0, sizeof t);
    t.kind = CTREND__T_END;
    t.p = line + len;
    t.col = col0 + (int)len;
    if (push(&v, &n, &cap, &t)) {
        free(v);
        return 1;
    }
    *toks = v;
    *ntok = n;
    return 0;
}
