/*
 * fuzz_filter.c — the row-filter compiler, the date-format option and the reader with both,
 * on arbitrary bytes (issue 18: a target for the date/filter parser).
 *
 * Input layout: byte 0 = chunk size for feed (0 = whole input), then three parts separated by
 * the first two '\n': the --where expression, the --date-format pattern (empty = detect), and
 * the CSV text.
 * Promises checked: ctrend_filter_add returns OK or EPARSE (ENOMEM aside); on EPARSE the
 * offset lies in 1..len+1, the message is non-empty printable ASCII, and the filter is
 * unchanged (same columns, same verdict on a probe row); ctrend_filter_eval agrees with itself;
 * a date format is accepted or EINVAL; the reader with the filter gives only documented
 * codes, the same outcome whole and in chunks, and printable UTF-8 messages.
 */
#include <string.h>
#include <ctrend.h>
#include "fuzz.h"
#include "utf8_check.h"

typedef struct outcome { int status; int64_t line, col; size_t n_series; } outcome;

static int documented(int rc)
{
    return rc == CTREND_OK || rc == CTREND_EPARSE || rc == CTREND_ERANGE || rc == CTREND_EDOMAIN ||
           rc == CTREND_EDUPLICATE || rc == CTREND_ERAGGED || rc == CTREND_EEMPTY ||
           rc == CTREND_ENOTFOUND || rc == CTREND_ENOMEM;
}

static outcome read_with(const ctrend_filter *flt, const char *fmt, const char *text, size_t len, size_t chunk)
{
    outcome o = {0, 0, 0, 0};
    ctrend_reader *r = NULL;
    FUZZ_CHECK(ctrend_reader_new(&r, NULL) == CTREND_OK);
    FUZZ_CHECK(ctrend_reader_set_filter(r, flt) == CTREND_OK);
    if (fmt) FUZZ_CHECK(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, fmt) == CTREND_OK);
    FUZZ_CHECK(ctrend_reader_set_int(r, CTREND_READ_REQUIRE_COUNTS, 0) == CTREND_OK);
    if (chunk == 0) chunk = len ? len : 1;
    int fed = CTREND_OK;
    for (size_t off = 0; off < len && !fed; off += chunk)
        fed = ctrend_reader_feed(r, text + off, len - off < chunk ? len - off : chunk);
    FUZZ_CHECK(documented(fed));
    ctrend_frame *f = NULL;
    ctrend_error e;
    o.status = ctrend_reader_finish(r, &f, &e);
    FUZZ_CHECK(documented(o.status));
    FUZZ_CHECK(!fed || o.status == fed);
    FUZZ_CHECK(e.code == o.status);
    o.line = e.line;
    o.col = e.column;
    if (o.status) FUZZ_CHECK(test_utf8_ok(ctrend_reader_errmsg(r), 1) && ctrend_reader_errmsg(r)[0]);
    else o.n_series = ctrend_frame_n_series(f);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
    return o;
}

/* Verdict of the filter on a row whose every cell is `cell`. */
static int probe(const ctrend_filter *flt, const char *cell)
{
    const int64_t n = ctrend_filter_n_columns(flt);
    const char *cells[64];
    if (n > 64) return -1;
    for (int64_t k = 0; k < n; ++k) cells[k] = cell;
    int res = -1;
    FUZZ_CHECK(ctrend_filter_eval(flt, cells, n, &res) == CTREND_OK);
    return res;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    char *buf = malloc(size); /* NUL-terminated copy of the rest */
    if (!buf) return 0;
    memcpy(buf, data + 1, size - 1);
    buf[size - 1] = '\0';
    const size_t len = size - 1;
    char *expr = buf, *fmt = NULL, *text = buf + len;
    char *nl = memchr(buf, '\n', len);
    if (nl) {
        *nl = '\0';
        fmt = nl + 1;
        char *nl2 = memchr(fmt, '\n', (size_t)(buf + len - fmt));
        if (nl2) {
            *nl2 = '\0';
            text = nl2 + 1;
        } else {
            text = buf + len;
        }
    }
    const size_t tlen = (size_t)(buf + len - text);
    ctrend_filter *flt = NULL;
    FUZZ_CHECK(ctrend_filter_new(&flt) == CTREND_OK);
    FUZZ_CHECK(ctrend_filter_add(flt, "month != \"x\"") == CTREND_OK);
    const int before = probe(flt, "2022-01");
    const int64_t cols_before = ctrend_filter_n_columns(flt);
    const int rc = ctrend_filter_add(flt, expr);
    FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_EPARSE || rc == CTREND_ENOMEM);
    if (rc) {
        const int64_t at = ctrend_filter_error_offset(flt);
        const char *m = ctrend_filter_errmsg(flt);
        FUZZ_CHECK(rc == CTREND_ENOMEM || (at >= 1 && (size_t)at <= strlen(expr) + 1));
        FUZZ_CHECK(m[0] != '\0');
        for (const char *p = m; *p; ++p) FUZZ_CHECK((unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f);
        FUZZ_CHECK(ctrend_filter_n_columns(flt) == cols_before);
        FUZZ_CHECK(probe(flt, "2022-01") == before);
    } else {
        FUZZ_CHECK(ctrend_filter_errmsg(flt)[0] == '\0');
        const int a = probe(flt, "12"), b = probe(flt, "12");
        FUZZ_CHECK(a == b);
    }
    /* the date format: accepted or EINVAL, never anything else */
    ctrend_reader *r = NULL;
    FUZZ_CHECK(ctrend_reader_new(&r, NULL) == CTREND_OK);
    const int frc = fmt ? ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, fmt) : CTREND_OK;
    FUZZ_CHECK(frc == CTREND_OK || frc == CTREND_EINVAL);
    ctrend_reader_free(r);
    const char *use_fmt = (fmt && frc == CTREND_OK && fmt[0]) ? fmt : NULL;
    const outcome whole = read_with(flt, use_fmt, text, tlen, 0);
    if (data[0]) {
        const outcome parts = read_with(flt, use_fmt, text, tlen, data[0]);
        FUZZ_CHECK(parts.status == whole.status && parts.line == whole.line && parts.col == whole.col &&
                   parts.n_series == whole.n_series);
    }
    ctrend_filter_free(flt);
    free(buf);
    return 0;
}
