/* dates.h — private: date cells of the CSV reader (lib/io/dates.c). Never installed. */
#ifndef CTREND_IO_DATES_H
#define CTREND_IO_DATES_H

#include <stddef.h>
#include <stdint.h>

/*
 * Date forms. A column's form is the form of its first date cell; every later cell must
 * have the same form (CTREND__DF_MONTH covers every spelling ctrend_month_parse accepts,
 * plus 2022M03, so the reader's old, mixed month columns keep working).
 */
enum {
    CTREND__DF_NONE = 0,
    CTREND__DF_MONTH = 1,   /* 2022-03, 2022-03-02, ...T10:00Z, "... 10:00:00", 2022/03, 2022.03,
                               Mar 2022, March 2022, Jan-2022, Jan. 2022, 2022M03 */
    CTREND__DF_MON_Y2 = 2,  /* Mar-22, Jan-22 (two-digit year, POSIX pivot) */
    CTREND__DF_D_MON_Y = 3, /* 2 March 2022, 02 Mar 2022, 2-Mar-2022 */
    CTREND__DF_MON_D_Y = 4, /* March 2, 2022, Mar 2 2022 */
    CTREND__DF_NUMERIC = 5, /* 15/01/2022, 1/15/2022, 01.03.2022, 01-03-2022 (order from the column) */
    CTREND__DF_EXCEL = 6,   /* serial day numbers (only with the "excel" format) */
    CTREND__DF_CUSTOM = 7   /* a strptime-like format (only with a format) */
};

/* Day/month order of a numeric column. */
enum { CTREND__ORDER_UNKNOWN = 0, CTREND__ORDER_DMY = 1, CTREND__ORDER_MDY = 2 };

typedef struct ctrend__date {
    int form;          /* CTREND__DF_* */
    int32_t month;     /* month index (not for CTREND__DF_NUMERIC: see a, b, year) */
    int has_day;       /* the text names a day (an event date, not a month) */
    /* CTREND__DF_NUMERIC: the two leading fields and the year; hint = the order they
     * force (a > 12: DMY, b > 12: MDY) or CTREND__ORDER_UNKNOWN when both are <= 12 */
    int32_t a, b, year;
    int hint;
    char sep;
} ctrend__date;

/*
 * Parse a date cell s[0..len) (blanks around it ignored) with automatic form detection.
 * CTREND_OK and *d; CTREND_EPARSE (not a date this reader knows); CTREND_ERANGE (a month,
 * day or year out of range, or a numeric date whose two fields both exceed 12).
 */
int ctrend__date_parse(const char *s, size_t len, ctrend__date *d);

/*
 * Month of a numeric date under an order. CTREND_ERANGE when the field read as the month
 * exceeds 12 or the day does not exist in that month.
 */
int ctrend__date_numeric_month(const ctrend__date *d, int order, int32_t *month);

/*
 * A user format: "excel" (serial day numbers, 1900 date system) or a strptime-like pattern
 * of %Y %y %m %d %e %b %B %H %M %S %% and literal characters (a blank matches any run of
 * blanks, including none). ctrend__date_format_ok: 1 when fmt is usable (names a year and
 * a month, only known directives), else 0.
 */
int ctrend__date_format_ok(const char *fmt);
/* Parse s[0..len) with the format (see above). CTREND_OK, CTREND_EPARSE, CTREND_ERANGE. */
int ctrend__date_parse_format(const char *fmt, const char *s, size_t len, ctrend__date *d);

/* 1 when the trimmed, case-folded text is a total label: total, sum, grand total, all. */
int ctrend__date_is_total(const char *s, size_t len);

/* Two-digit year -> year (POSIX strptime %y: 69..99 -> 1969..1999, 00..68 -> 2000..2068). */
int32_t ctrend__date_year2(int32_t yy);

#endif
