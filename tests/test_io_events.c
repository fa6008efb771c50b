/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_io_events.c — event aggregation of the CSV reader (issue 14: the dense per-cell
 * month windows flushed once) against a reference computed here, row by row, by the
 * simplest possible method: for every (cell, month) a count and, per sum column, a running
 * sum in file order with ctrend_frame_accumulate's rule (NaN = nothing yet; a missing value
 * adds nothing); months of the event span without a row are 0. The values in the files are
 * decimal texts whose doubles the test gets from strtod (correctly rounded, C11 7.22.1.3),
 * the same conversion the reader documents (lib/io/value.c), so the comparison is exact:
 * every cell bit for bit, fractional sums included, whatever the order of the dates.
 *
 * Files: random cells (a group x region grid, some cells never used), random dates over a
 * few years (shuffled, or sorted by date), values that are integers, fractions (0.1, 1e-3,
 * %.3f), NA or empty; two sum columns. Read whole, in 1-, 7- and 4096-byte chunks, with and
 * without the fast splitter, with and without FROM/TO (rows outside skipped, the fill range
 * FROM..TO).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test_util.h"
#include "getters.h"
#include <ctrend.h>

#define NG 7
#define NR 3
#define NSUM 2
#define Y0 1999
#define NY 4
#define NM (NY * 12)

static uint64_t rng = 0x2545F4914F6CDD1DULL;
static uint32_t rnd(uint32_t n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

typedef struct row {
    int g, r, y, m, d;
    char val[NSUM][32];
} row;

typedef struct ref {
    double cnt[NG][NR][NM];
    double sum[NSUM][NG][NR][NM];
    int used[NG][NR];
    int lo, hi; /* month offsets with a row (lo > hi: none) */
} ref;

static void value_text(char *out, size_t cap)
{
    switch (rnd(7)) {
    case 0: snprintf(out, cap, "NA"); break;
    case 1: out[0] = '\0'; break;
    case 2: snprintf(out, cap, "0.1"); break;
    case 3: snprintf(out, cap, "1e-3"); break;
    case 4: snprintf(out, cap, "%u", rnd(1000)); break;
    default: snprintf(out, cap, "%u.%03u", rnd(50), rnd(1000)); break;
    }
}

static double text_value(const char *s)
{
    if (!s[0] || !strcmp(s, "NA")) return NAN;
    return strtod(s, NULL);
}

static int cmp_date(const void *a, const void *b)
{
    const row *x = a, *y = b;
    const int kx = (x->y * 12 + x->m) * 31 + x->d, ky = (y->y * 12 + y->m) * 31 + y->d;
    return (kx > ky) - (kx < ky); /* qsort is not stable: ties keep no order, the reference follows the file */
}

/* n random rows (sorted by date when `sorted`) as CSV text (malloc'd) and their reference,
 * months [from_off, to_off] kept (offsets from Y0-01; -1 = no bound). */
static char *make_file(size_t n, int sorted, int from_off, int to_off, ref *rf, size_t *len)
{
    row *rows = malloc(n * sizeof *rows);
    assert_non_null(rows);
    for (size_t i = 0; i < n; ++i) {
        rows[i].g = (int)rnd(NG);
        rows[i].r = (int)rnd(NR - 1); /* region NR-1 never used: those cells must not exist */
        rows[i].y = Y0 + (int)rnd(NY);
        rows[i].m = 1 + (int)rnd(12);
        rows[i].d = 1 + (int)rnd(28);
        for (int k = 0; k < NSUM; ++k) value_text(rows[i].val[k], sizeof rows[i].val[k]);
    }
    if (sorted) qsort(rows, n, sizeof *rows, cmp_date);
    memset(rf, 0, sizeof *rf);
    for (int k = 0; k < NSUM; ++k)
        for (int g = 0; g < NG; ++g)
            for (int r = 0; r < NR; ++r)
                for (int t = 0; t < NM; ++t) rf->sum[k][g][r][t] = NAN;
    rf->lo = NM;
    rf->hi = -1;
    size_t cap = 64 + n * 96, o = 0;
    char *buf = malloc(cap);
    assert_non_null(buf);
    o += (size_t)snprintf(buf + o, cap - o, "date,group,region,fatalities,wounded\n");
    for (size_t i = 0; i < n; ++i) {
        const row *w = &rows[i];
        o += (size_t)snprintf(buf + o, cap - o, "%04d-%02d-%02d,G%d,R%d,%s,%s\n", w->y, w->m, w->d, w->g, w->r,
                              w->val[0], w->val[1]);
        const int t = (w->y - Y0) * 12 + (w->m - 1);
        if ((from_off >= 0 && t < from_off) || (to_off >= 0 && t > to_off)) continue;
        rf->used[w->g][w->r] = 1;
        rf->cnt[w->g][w->r][t] += 1.0;
        for (int k = 0; k < NSUM; ++k) {
            double *acc = &rf->sum[k][w->g][w->r][t];
            const double v = text_value(w->val[k]);
            if (isnan(*acc)) *acc = v;
            else if (!isnan(v)) *acc += v;
        }
        if (t < rf->lo) rf->lo = t;
        if (t > rf->hi) rf->hi = t;
    }
    if (from_off >= 0) rf->lo = from_off;
    if (to_off >= 0) rf->hi = to_off;
    free(rows);
    *len = o;
    return buf;
}

static int same_bits(double a, double b) { return (isnan(a) && isnan(b)) || !memcmp(&a, &b, sizeof a); }

static void check_frame(const ctrend_frame *f, const ref *rf)
{
    int32_t y0;
    assert_int_equal(ctrend_month_make(Y0, 1, &y0), CTREND_OK);
    size_t n_used = 0;
    for (int g = 0; g < NG; ++g)
        for (int r = 0; r < NR; ++r) n_used += (size_t)rf->used[g][r];
    assert_int_equal(ctrend_frame_n_series(f), n_used * (1 + NSUM));
    assert_int_equal(tg_frame_start(f), y0 + rf->lo);
    assert_int_equal(ctrend_frame_n_months(f), (size_t)(rf->hi - rf->lo + 1));
    static const char *const metric[1 + NSUM] = {"events", "fatalities", "wounded"};
    for (int g = 0; g < NG; ++g)
        for (int r = 0; r < NR; ++r) {
            if (!rf->used[g][r]) continue;
            char gn[8], rn[8];
            snprintf(gn, sizeof gn, "G%d", g);
            snprintf(rn, sizeof rn, "R%d", r);
            for (int k = 0; k <= NSUM; ++k) {
                size_t idx;
                assert_int_equal(ctrend_frame_find(f, gn, rn, metric[k], &idx), CTREND_OK);
                for (int t = rf->lo; t <= rf->hi; ++t) {
                    double got;
                    assert_int_equal(ctrend_frame_get(f, idx, y0 + t, &got), CTREND_OK);
                    const double c = rf->cnt[g][r][t];
                    const double want = c == 0.0 ? 0.0 : k == 0 ? c : rf->sum[k - 1][g][r][t];
                    if (!same_bits(got, want)) {
                        print_error("%s/%s/%s month %d: got %a, want %a\n", gn, rn, metric[k], t, got, want);
                        fail();
                    }
                }
            }
        }
}

static ctrend_frame *read_events(const char *buf, size_t len, size_t chunk, int fast, int32_t from, int32_t to)
{
    ctrend_reader *r = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "fatalities"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "wounded"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_REQUIRE_COUNTS, 0), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FAST_SPLIT, fast), CTREND_OK);
    if (from) assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, from), CTREND_OK);
    if (to) assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_TO, to), CTREND_OK);
    if (!chunk) chunk = len;
    for (size_t off = 0; off < len; off += chunk)
        assert_int_equal(ctrend_reader_feed(r, buf + off, len - off < chunk ? len - off : chunk), CTREND_OK);
    ctrend_frame *f = NULL;
    ctrend_error e;
    const int st = ctrend_reader_finish(r, &f, &e);
    if (st) print_error("%s\n", ctrend_reader_errmsg(r));
    assert_int_equal(st, CTREND_OK);
    ctrend_reader_free(r);
    return f;
}

static void run_case(size_t n, int sorted, int from_off, int to_off)
{
    static ref rf; /* large: not on the stack */
    size_t len;
    char *buf = make_file(n, sorted, from_off, to_off, &rf, &len);
    int32_t y0;
    assert_int_equal(ctrend_month_make(Y0, 1, &y0), CTREND_OK);
    const int32_t from = from_off >= 0 ? y0 + from_off : 0, to = to_off >= 0 ? y0 + to_off : 0;
    static const size_t chunks[] = {0, 1, 7, 4096};
    for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; ++c)
        for (int fast = 0; fast <= 1; ++fast) {
            if (chunks[c] == 1 && n > 2000) continue; /* 1-byte feeds: the small files only */
            ctrend_frame *f = read_events(buf, len, chunks[c], fast, from, to);
            check_frame(f, &rf);
            ctrend_frame_free(f);
        }
    free(buf);
}

/* Shuffled dates: every cell's months interleave (the case the old per-row flush paid for). */
static void test_unsorted(void **state)
{
    (void)state;
    run_case(1500, 0, -1, -1);
    run_case(20000, 0, -1, -1);
}

static void test_sorted(void **state)
{
    (void)state;
    run_case(1500, 1, -1, -1);
    run_case(20000, 1, -1, -1);
}

/* FROM/TO inside the data (rows outside skipped) and wider than the data (zero-filled). */
static void test_from_to(void **state)
{
    (void)state;
    run_case(3000, 0, 7, 30);
    run_case(3000, 1, 13, 13);
    run_case(500, 0, 0, NM - 1);
}

/* A cell whose first row is late and whose later rows go back in time: its window grows
 * toward earlier months several times (16 -> 32 -> ...), and a far month (another
 * century) makes one large step. Counts by hand: x/y has 1 row in each of 2000-12,
 * 2000-01, 1990-06 and 2 in 2030-03; the span 1990-06..2030-03 is zero-filled. */
static void test_window_growth(void **state)
{
    (void)state;
    const char *csv = "date,group,region,fatalities\n"
                      "2000-12-01,x,y,3\n"
                      "2000-01-05,x,y,NA\n"
                      "1990-06-30,x,y,2\n"
                      "2030-03-01,x,y,1\n"
                      "2030-03-02,x,y,4\n";
    ctrend_reader *r = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "fatalities"), CTREND_OK);
    assert_int_equal(ctrend_reader_feed(r, csv, strlen(csv)), CTREND_OK);
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_finish(r, &f, NULL), CTREND_OK);
    ctrend_reader_free(r);
    int32_t a, b, c, d;
    assert_int_equal(ctrend_month_make(1990, 6, &a), CTREND_OK);
    assert_int_equal(ctrend_month_make(2000, 1, &b), CTREND_OK);
    assert_int_equal(ctrend_month_make(2000, 12, &c), CTREND_OK);
    assert_int_equal(ctrend_month_make(2030, 3, &d), CTREND_OK);
    assert_int_equal(tg_frame_start(f), a);
    assert_int_equal(ctrend_frame_n_months(f), (size_t)(d - a + 1));
    size_t ev, fa;
    assert_int_equal(ctrend_frame_find(f, "x", "y", "events", &ev), CTREND_OK);
    assert_int_equal(ctrend_frame_find(f, "x", "y", "fatalities", &fa), CTREND_OK);
    double v;
    const int32_t months[5] = {a, b, c, d, a + 1};
    const double events[5] = {1, 1, 1, 2, 0}, fat[5] = {2, NAN, 3, 5, 0};
    for (int k = 0; k < 5; ++k) {
        assert_int_equal(ctrend_frame_get(f, ev, months[k], &v), CTREND_OK);
        assert_true(same_bits(v, events[k]));
        assert_int_equal(ctrend_frame_get(f, fa, months[k], &v), CTREND_OK);
        assert_true(same_bits(v, fat[k])); /* a month whose only sum cell is NA is missing, not 0 */
    }
    ctrend_frame_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unsorted),
        cmocka_unit_test(test_sorted),
        cmocka_unit_test(test_from_to),
        cmocka_unit_test(test_window_growth),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
