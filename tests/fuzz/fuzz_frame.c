/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_frame.c — random sequences of frame operations (the building path of every reader).
 *
 * The input is read as a program: each op is one byte (op code) followed by operands taken from
 * the next bytes (missing bytes read as 0). Keys come from a pool of 4 groups x 2 regions x 3
 * metrics; months are either near 2022 or one of a few extreme values (year 0, 1, 9999, 10000,
 * INT32_MIN/MAX) so range checks get exercised; values include NaN, inf, negatives and 1e300.
 *
 * Promises checked (include/ctrend/frame.h): only the documented codes come back; a cell set
 * once reads back bit-for-bit, a second set is EDUPLICATE and changes nothing; calendar bounds
 * always cover every set cell; values() fills exactly n_months cells; span lies inside the
 * calendar; add_series of an existing key returns the same index.
 */
#include <math.h>
#include <string.h>
#include <ctrend.h>
#include "fuzz.h"
#include "../getters.h"

typedef struct cursor { const uint8_t *p; size_t n, i; } cursor;

static unsigned byte(cursor *c) { return c->i < c->n ? c->p[c->i++] : 0u; }

static int32_t month_of(cursor *c)
{
    static const int32_t extreme[8] = {0, 11, 12, 9999 * 12 + 11, 10000 * 12, -1, INT32_MIN, INT32_MAX};
    const unsigned b = byte(c);
    if (b >= 248) return extreme[b - 248];
    return 2022 * 12 + (int32_t)b - 124 + (int32_t)(byte(c) % 3) * 600 - 600; /* 1970..2093 */
}

static double value_of(cursor *c)
{
    const unsigned b = byte(c);
    switch (b % 16) {
    case 0: return NAN;
    case 1: return INFINITY;
    case 2: return -1.0;
    case 3: return 1e300;
    case 4: return 0.5;
    default: return (double)b;
    }
}

static int same(double a, double b) { return (isnan(a) && isnan(b)) || a == b; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const groups[4] = {"TTP", "ISKP", "", "a,b\"c"};
    static const char *const regions[2] = {"", "KP"};
    static const char *const metrics[3] = {"attacks", "deaths", ""};
    cursor c = {data, size, 0};
    ctrend_frame *f = NULL;
    FUZZ_CHECK(ctrend_frame_new(&f) == CTREND_OK);
    size_t ops = 0;
    while (c.i < c.n && ops++ < 512) {
        const unsigned op = byte(&c) % 6;
        const unsigned k = byte(&c);
        const char *g = groups[k % 4], *r = regions[(k / 4) % 2], *m = metrics[(k / 8) % 3];
        size_t idx = 999999, idx2 = 888888;
        const size_t ns = ctrend_frame_n_series(f);
        if (op == 0) {
            FUZZ_CHECK(ctrend_frame_add_series(f, g, r, m, &idx) == CTREND_OK);
            FUZZ_CHECK(idx <= ns);
            FUZZ_CHECK(ctrend_frame_add_series(f, g, r, m, &idx2) == CTREND_OK && idx2 == idx);
            FUZZ_CHECK(ctrend_frame_find(f, g, r, m, &idx2) == CTREND_OK && idx2 == idx);
            FUZZ_CHECK(!strcmp(tg_frame_group(f, idx), g));
            FUZZ_CHECK(!strcmp(tg_frame_region(f, idx), r));
            FUZZ_CHECK(!strcmp(tg_frame_metric(f, idx), m));
            continue;
        }
        /* series index: usually valid, sometimes one past the end */
        idx = ns ? (size_t)k % (ns + 1) : (size_t)k % 2;
        const int32_t mo = month_of(&c);
        const double v = value_of(&c);
        const int valid = idx < ns && mo >= CTREND_YEAR_MIN * 12 && mo <= CTREND_YEAR_MAX * 12 + 11;
        double before = 0.0;
        const int grc = ctrend_frame_get(f, idx, mo, &before);
        FUZZ_CHECK(grc == (idx < ns ? CTREND_OK : CTREND_ERANGE));
        int rc;
        switch (op) {
        case 1:
            rc = ctrend_frame_set(f, idx, mo, v);
            FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_EDUPLICATE || rc == CTREND_ERANGE);
            FUZZ_CHECK((rc == CTREND_ERANGE) == !valid);
            if (rc == CTREND_OK) {
                double got = 0.0;
                FUZZ_CHECK(ctrend_frame_get(f, idx, mo, &got) == CTREND_OK && same(got, v));
                FUZZ_CHECK(ctrend_frame_set(f, idx, mo, 7.0) == CTREND_EDUPLICATE);
                FUZZ_CHECK(ctrend_frame_get(f, idx, mo, &got) == CTREND_OK && same(got, v));
            } else if (rc == CTREND_EDUPLICATE) {
                double got = 0.0;
                FUZZ_CHECK(ctrend_frame_get(f, idx, mo, &got) == CTREND_OK && same(got, before));
            }
            break;
        case 2:
            rc = ctrend_frame_accumulate(f, idx, mo, v);
            FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_ERANGE);
            FUZZ_CHECK((rc == CTREND_ERANGE) == !valid);
            if (rc == CTREND_OK) {
                double got = 0.0, want = isnan(before) ? v : (isnan(v) ? before : before + v);
                FUZZ_CHECK(ctrend_frame_get(f, idx, mo, &got) == CTREND_OK && same(got, want));
            }
            break;
        case 3: {
            int64_t to64 = (int64_t)mo + (int64_t)(byte(&c) % 40) - 5;
            if (to64 > INT32_MAX) to64 = INT32_MAX;
            if (to64 < INT32_MIN) to64 = INT32_MIN;
            const int32_t to = (int32_t)to64;
            rc = ctrend_frame_fill_unset(f, idx, mo, to, v);
            FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_ERANGE);
            break;
        }
        case 4: {
            const size_t nm = ctrend_frame_n_months(f);
            if (idx >= ns) break;
            double *buf = malloc((nm + 1) * sizeof *buf);
            if (!buf) break;
            buf[nm] = 12345.0;
            FUZZ_CHECK(ctrend_frame_values(f, idx, buf, nm + 1, NULL) == CTREND_OK);
            FUZZ_CHECK(buf[nm] == 12345.0); /* writes exactly n_months cells */
            if (nm) FUZZ_CHECK(ctrend_frame_values(f, idx, buf, nm - 1, NULL) == CTREND_ERANGE);
            int32_t first = 0, last = 0;
            rc = ctrend_frame_span(f, idx, &first, &last);
            FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_ENOTFOUND);
            if (rc == CTREND_OK) {
                const int32_t s0 = tg_frame_start(f);
                FUZZ_CHECK(first <= last && first >= s0 && (size_t)(last - s0) < nm);
                FUZZ_CHECK(!isnan(buf[first - s0]) && !isnan(buf[last - s0]));
            }
            free(buf);
            break;
        }
        default: {
            size_t found = 0;
            rc = ctrend_frame_find(f, g, r, m, &found);
            FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_ENOTFOUND);
            if (rc == CTREND_OK) FUZZ_CHECK(found < ns);
            break;
        }
        }
        /* the calendar covers the cell just touched */
        if (valid && ctrend_frame_n_months(f)) {
            double got = 0.0;
            FUZZ_CHECK(ctrend_frame_get(f, idx, mo, &got) == CTREND_OK);
        }
    }
    ctrend_frame_free(f);
    return 0;
}
