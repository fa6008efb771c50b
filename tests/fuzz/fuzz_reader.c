/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_reader.c — the CSV reader (include/ctrend/io.h) on arbitrary bytes, all three shapes.
 *
 * Input layout: byte 0 and byte 1 choose the options, the rest is the CSV text.
 *   byte 0: bits 0-1 shape (auto/wide/long/event), bit 2 DUPLICATES=1 (sum),
 *           bit 3 REQUIRE_COUNTS=0, bit 4 DATE_COL "date_start", bit 5 GROUP_COL "actor",
 *           bit 6 SUM_COL "best" + "fatalities", bit 7 FROM/TO = 2020-01..2023-12
 *   byte 1: chunk size for feed (0 = whole input at once, else 1..255 bytes)
 * Promises checked: only documented codes come back; the outcome (status, error line, column)
 * is the same whole and in chunks; after an error every feed repeats it and finish returns it
 * with *out untouched and a non-empty message; on success every value is NaN or finite, and
 * with counts required a non-negative integer; the reader is reusable after finish; every
 * error message is printable UTF-8 (no control bytes, well-formed, whatever the input held);
 * every group, region and metric name of a frame is well-formed UTF-8. The error line is
 * checked at every split, CR line ends included (formerly masked: FUZZ_CHECK_CR_LINES,
 * FUZZ_STRICT_MESSAGES; docs/guarantees.md, "Fixed").
 */
#include <math.h>
#include <string.h>
#include <ctrend.h>
#include "fuzz.h"
#include "utf8_check.h"
#include "../getters.h"

typedef struct result { int status; int64_t line, col; } result;


static void set_options(ctrend_reader *r, unsigned o)
{
    FUZZ_CHECK(ctrend_reader_set_int(r, CTREND_READ_SHAPE, (int64_t)(o & 3u)) == CTREND_OK);
    if (o & 4u) FUZZ_CHECK(ctrend_reader_set_int(r, CTREND_READ_DUPLICATES, 1) == CTREND_OK);
    if (o & 8u) FUZZ_CHECK(ctrend_reader_set_int(r, CTREND_READ_REQUIRE_COUNTS, 0) == CTREND_OK);
    if (o & 16u) FUZZ_CHECK(ctrend_reader_set_str(r, CTREND_READ_DATE_COL, "date_start") == CTREND_OK);
    if (o & 32u) FUZZ_CHECK(ctrend_reader_set_str(r, CTREND_READ_GROUP_COL, "actor") == CTREND_OK);
    if (o & 64u) {
        FUZZ_CHECK(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "best") == CTREND_OK);
        FUZZ_CHECK(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "fatalities") == CTREND_OK);
    }
    if (o & 128u) {
        FUZZ_CHECK(ctrend_reader_set_int(r, CTREND_READ_FROM, 2020 * 12) == CTREND_OK);
        FUZZ_CHECK(ctrend_reader_set_int(r, CTREND_READ_TO, 2023 * 12 + 11) == CTREND_OK);
    }
}

static int documented(int rc)
{
    return rc == CTREND_OK || rc == CTREND_EPARSE || rc == CTREND_ERANGE || rc == CTREND_EDOMAIN ||
           rc == CTREND_EDUPLICATE || rc == CTREND_ERAGGED || rc == CTREND_EEMPTY ||
           rc == CTREND_ENOTFOUND || rc == CTREND_ENOMEM;
}

/* A frame may be empty only when FROM/TO skipped every row (io.h: EEMPTY is for inputs
 * without data rows; rows all outside FROM..TO give CTREND_OK and an empty frame — wide data
 * then keep their series with no months, long and event data have no series). */
static void check_frame(const ctrend_frame *f, int counts, int filtered)
{
    const size_t ns = ctrend_frame_n_series(f), nm = ctrend_frame_n_months(f);
    FUZZ_CHECK(filtered || (ns > 0 && nm > 0));
    double *v = malloc((nm ? nm : 1) * sizeof *v);
    if (!v) return;
    for (size_t i = 0; i < ns; ++i) {
        FUZZ_CHECK(test_utf8_ok(tg_frame_group(f, i), 0) && test_utf8_ok(tg_frame_region(f, i), 0) &&
                   test_utf8_ok(tg_frame_metric(f, i), 0));
        FUZZ_CHECK(ctrend_frame_values(f, i, v, nm, NULL) == CTREND_OK);
        for (size_t k = 0; k < nm; ++k) {
            if (isnan(v[k])) continue;
            FUZZ_CHECK(isfinite(v[k]));
            if (counts) FUZZ_CHECK(v[k] >= 0.0 && v[k] == floor(v[k]));
        }
    }
    free(v);
}

static result run(const uint8_t *opts, const char *text, size_t len, size_t chunk)
{
    ctrend_reader *r = NULL;
    FUZZ_CHECK(ctrend_reader_new(&r, NULL) == CTREND_OK);
    set_options(r, opts[0]);
    if (chunk == 0) chunk = len ? len : 1;
    int fed = CTREND_OK;
    for (size_t off = 0; off < len && !fed; off += chunk) {
        const size_t n = len - off < chunk ? len - off : chunk;
        fed = ctrend_reader_feed(r, text + off, n);
    }
    FUZZ_CHECK(documented(fed));
    if (fed) FUZZ_CHECK(ctrend_reader_feed(r, "1,2\n", 4) == fed);
    ctrend_frame *const sentinel = (ctrend_frame *)(uintptr_t)0x5e17;
    ctrend_frame *f = sentinel;
    result res;
    ctrend_error e, e2;
    res.status = ctrend_reader_finish(r, &f, &e);
    FUZZ_CHECK(ctrend_reader_error(r, &e2) == CTREND_OK);
    res.line = e.line;
    res.col = e.column;
    FUZZ_CHECK(e.code == res.status && e2.code == res.status && e2.line == e.line && e2.column == e.column);
    FUZZ_CHECK(documented(res.status));
    FUZZ_CHECK(!fed || res.status == fed);
    FUZZ_CHECK(res.line >= 0 && res.col >= 0);
    const char *msg = ctrend_reader_errmsg(r);
    FUZZ_CHECK(msg != NULL);
    if (res.status != CTREND_OK) {
        FUZZ_CHECK(f == sentinel);
        FUZZ_CHECK(msg[0] != '\0');
        FUZZ_CHECK(test_utf8_ok(msg, 1));
    } else {
        FUZZ_CHECK(f != sentinel && f != NULL);
        FUZZ_CHECK(res.line == 0 && res.col == 0);
        check_frame(f, !(opts[0] & 8u), (opts[0] & 128u) != 0);
        ctrend_frame_free(f);
    }
    /* reusable: the same reader (options kept) reads a small valid wide file */
    if (!(opts[0] & (16u | 32u | 64u)) && (opts[0] & 3u) <= 1u) {
        static const char ok[] = "month,attacks\n2022-01,3\n";
        f = NULL;
        FUZZ_CHECK(ctrend_reader_feed(r, ok, sizeof ok - 1) == CTREND_OK);
        FUZZ_CHECK(ctrend_reader_finish(r, &f, NULL) == CTREND_OK);
        ctrend_frame_free(f);
    }
    ctrend_reader_free(r);
    return res;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;
    const size_t len = size - 2;
    char *text = malloc(len ? len : 1); /* exact size: over-reads are ASan reports */
    if (!text) return 0;
    if (len) memcpy(text, data + 2, len);
    const result whole = run(data, text, len, 0);
    if (data[1]) {
        const result parts = run(data, text, len, data[1]);
        if (parts.status != whole.status || parts.line != whole.line || parts.col != whole.col) {
            fprintf(stderr, "whole: %s %lld %lld, chunks of %u: %s %lld %lld\n",
                    ctrend_status_name(whole.status), (long long)whole.line, (long long)whole.col,
                    data[1], ctrend_status_name(parts.status), (long long)parts.line, (long long)parts.col);
            FUZZ_CHECK(0 && "the outcome depends on how the input is split");
        }
    }
    free(text);
    return 0;
}
