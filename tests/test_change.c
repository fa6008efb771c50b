/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_change.c — % changes, differences, ratios, shares; and the descriptive reference
 * files (rolling means and % changes computed by R zoo / hand formulas; pandas agrees).
 *
 * Known answers:
 *   tests/data/ref/<dataset>/descriptive_R.csv  copied unchanged from
 *       /work/shared/reference/<dataset>/reference/ (see tests/data/ref/README.md):
 *       roll3/roll12 = zoo::rollmeanr(x, k, fill = NA); pct_mom, pct_prev2, pct_yoy =
 *       100*(x - b)/b with "division by zero reported as NA".
 *   tests/data/transforms/pct_change_pandas.inc  pandas 1.5.3 pct_change on gaps/zeros.
 *   Hand arithmetic for the TTP figures of /work/shared/seeds/004_9b6637ebe242a1f9.txt.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include <ctrend.h>

#include "data/transforms/pct_change_pandas.inc"

static void assert_undef(const double *out, const int32_t *reason, size_t t, int want)
{
    if (reason[t] != want)
        print_error("t=%zu: reason %s, want %s\n", t, ctrend_change_reason_name(reason[t]),
                    ctrend_change_reason_name(want));
    assert_int_equal(reason[t], want);
    assert_nan(out[t]);
}

static void assert_def(const double *out, const int32_t *reason, size_t t, double want,
                       double rtol)
{
    assert_int_equal(reason[t], CTREND_DEFINED);
    assert_close(out[t], want, rtol, 0.0);
}

/* ---------------------------------------------------------------- reference files */

enum { COL_VALUE, COL_ROLL3, COL_ROLL12, COL_MOM, COL_PREV2, COL_YOY, NCOL };
static const char *const col_name[NCOL] = {"value", "roll3", "roll12", "pct_mom", "pct_prev2",
                                           "pct_yoy"};
static double max_rel[NCOL];
static size_t n_defined[NCOL], n_undefined[NCOL], n_reason[6];

/* One series of a descriptive file: values and the 5 reference columns. */
typedef struct {
    char name[64];
    size_t n;
    double *col[NCOL];
} ref_series;

/* Compare our result with a reference column: numbers to 1e-9 relative (R wrote 15
 * significant digits), NA <-> NaN with an allowed reason. k_base = months of history the
 * formula needs (1, 2 or 12); for t < k_base the vs-mean form may say MISSING_BASE. */
static void compare(const ref_series *s, int c, const double *got, const int32_t *reason,
                    size_t k_base)
{
    const double *want = s->col[c];
    for (size_t t = 0; t < s->n; ++t) {
        if (isnan(want[t])) {
            if (!isnan(got[t]))
                print_error("%s %s t=%zu: got %.17g, want NA\n", s->name, col_name[c], t, got[t]);
            assert_nan(got[t]);
            n_undefined[c]++;
            if (!reason) continue;
            const int r = reason[t];
            n_reason[r]++;
            /* zero base (R: NA for division by zero), or not enough history */
            const int ok = r == CTREND_UNDEF_ZERO_BASE || r == CTREND_UNDEF_NO_HISTORY ||
                           (r == CTREND_UNDEF_MISSING_BASE && t < k_base);
            if (!ok)
                print_error("%s %s t=%zu: reason %s\n", s->name, col_name[c], t,
                            ctrend_change_reason_name(r));
            assert_true(ok);
            if (r == CTREND_UNDEF_NO_HISTORY) assert_true(t < k_base);
            if (r == CTREND_UNDEF_ZERO_BASE) assert_true(t >= k_base);
        } else {
            if (reason) assert_int_equal(reason[t], CTREND_DEFINED);
            assert_close(got[t], want[t], 1e-9, 0.0);
            const double rel = want[t] == 0 ? fabs(got[t]) : fabs(got[t] - want[t]) / fabs(want[t]);
            if (rel > max_rel[c]) max_rel[c] = rel;
            n_defined[c]++;
        }
    }
}

static void check_series(const ref_series *s)
{
    const size_t n = s->n;
    double *out = malloc(n * sizeof *out);
    int32_t *reason = malloc(n * sizeof *reason);
    assert_non_null(out); assert_non_null(reason);
    const double *x = s->col[COL_VALUE];
    assert_int_equal(ctrend_rolling_mean(x, n, 3, CTREND_ALIGN_TRAILING, 0, out), CTREND_OK);
    compare(s, COL_ROLL3, out, NULL, 2);
    assert_int_equal(ctrend_rolling_mean(x, n, 12, CTREND_ALIGN_TRAILING, 0, out), CTREND_OK);
    compare(s, COL_ROLL12, out, NULL, 11);
    assert_int_equal(ctrend_change_pct(x, n, 1, out, reason), CTREND_OK);
    compare(s, COL_MOM, out, reason, 1);
    assert_int_equal(ctrend_change_pct_vs_mean(x, n, 2, out, reason), CTREND_OK);
    compare(s, COL_PREV2, out, reason, 2);
    assert_int_equal(ctrend_change_pct(x, n, 12, out, reason), CTREND_OK);
    compare(s, COL_YOY, out, reason, 12);
    free(out);
    free(reason);
}

static double parse_num(const char *f, size_t len)
{
    if (len == 2 && f[0] == 'N' && f[1] == 'A') return NAN;
    char buf[64];
    assert_true(len > 0 && len < sizeof buf);
    memcpy(buf, f, len);
    buf[len] = '\0';
    char *end;
    const double v = strtod(buf, &end);
    assert_true(*end == '\0');
    return v;
}

/* Reads "month","series",value,roll3,roll12,pct_mom,pct_prev2,pct_yoy; the file is sorted
 * by series, then month, with no gaps (checked by the reference scripts). */
static size_t check_file(const char *dataset)
{
    char path[256];
    snprintf(path, sizeof path, "tests/data/ref/%s/descriptive_R.csv", dataset);
    size_t len;
    char *text = ctrend_test_slurp(path, &len);
    if (!text) print_error("cannot read %s\n", path);
    assert_non_null(text);
    ref_series s;
    memset(&s, 0, sizeof s);
    size_t cap = 0, n_series = 0;
    char *line = strchr(text, '\n'); /* skip the header */
    assert_non_null(line);
    ++line;
    for (;;) {
        char *eol = line ? strchr(line, '\n') : NULL;
        const int at_end = !line || *line == '\0';
        char name[64] = "";
        double v[NCOL];
        if (!at_end) {
            if (eol) *eol = '\0';
            char *f[8];
            size_t nf = 0;
            for (char *p = line; nf < 8; ++nf) {
                f[nf] = p;
                char *comma = strchr(p, ',');
                if (!comma) { ++nf; break; }
                *comma = '\0';
                p = comma + 1;
            }
            assert_int_equal(nf, 8);
            const size_t ln = strlen(f[1]);
            assert_true(ln >= 2 && ln < sizeof name);
            memcpy(name, f[1] + 1, ln - 2); /* strip the quotes */
            name[ln - 2] = '\0';
            for (int c = 0; c < NCOL; ++c) {
                size_t fl = strlen(f[2 + c]);
                if (fl && f[2 + c][fl - 1] == '\r') --fl;
                v[c] = parse_num(f[2 + c], fl);
            }
        }
        if (s.n > 0 && (at_end || strcmp(name, s.name) != 0)) { /* series complete */
            check_series(&s);
            ++n_series;
            s.n = 0;
        }
        if (at_end) break;
        if (s.n == cap) {
            cap = cap ? 2 * cap : 512;
            for (int c = 0; c < NCOL; ++c) {
                s.col[c] = realloc(s.col[c], cap * sizeof(double));
                assert_non_null(s.col[c]);
            }
        }
        strcpy(s.name, name);
        for (int c = 0; c < NCOL; ++c) s.col[c][s.n] = v[c];
        s.n++;
        line = eol ? eol + 1 : NULL;
    }
    for (int c = 0; c < NCOL; ++c) free(s.col[c]);
    free(text);
    return n_series;
}

static void test_reference_descriptive(void **state)
{
    (void)state;
    static const char *const datasets[] = {"pak_ucdp_ged", "us_polio", "uk_lung_deaths",
                                           "rotavirus_brandenburg", "meningococcal_france",
                                           "sicily_smoking_ban"};
    size_t n_series = 0;
    for (size_t d = 0; d < sizeof datasets / sizeof datasets[0]; ++d)
        n_series += check_file(datasets[d]);
    assert_int_equal(n_series, 4 + 1 + 3 + 2 + 1 + 1); /* series per dataset */
    for (int c = COL_ROLL3; c < NCOL; ++c)
        print_message("%-9s %5zu values, max rel diff %.3g; %4zu NA all NaN\n", col_name[c],
                      n_defined[c], max_rel[c], n_undefined[c]);
    print_message("reasons for the NA %% changes: NO_HISTORY %zu, MISSING_BASE %zu (t < k), "
                  "ZERO_BASE %zu\n", n_reason[CTREND_UNDEF_NO_HISTORY],
                  n_reason[CTREND_UNDEF_MISSING_BASE], n_reason[CTREND_UNDEF_ZERO_BASE]);
    /* pak_ucdp_ged has many zero months: the zero-base rule is really exercised */
    assert_true(n_reason[CTREND_UNDEF_ZERO_BASE] > 100);
}

/* ---------------------------------------------------------------- TTP (seed report) */

/* /work/shared/seeds/004_9b6637ebe242a1f9.txt, section "TTP Since 2021":
 *   January 2022:  "TTP claimed 42 attacks in total."
 *                  "Total casualties claimed by TTP: 48 deaths, 53 wounded, 1 “arrest”."
 *   February 2022: "TTP claimed 22 attacks in February, resulting in 75 casualties of
 *                   Pakistani security forces, including 30 deaths." and
 *                  "Total casualties claimed by TTP: 36 deaths and 39 injuries."
 *                  (the report is inconsistent: 30 vs 36 deaths; the "Total casualties"
 *                  line, 36, is the one used for the monthly totals, as for other months)
 *                  "Claimed attacks by TTP were down by more than 50% in February as
 *                   compared to the previous 2 months."
 *   March 2022:    "TTP claimed 39 attacks in total." / "Total casualties claimed by TTP:
 *                   75 deaths, 80 wounded"
 *   April 2022:    "TTP claimed a total of 54 attacks." / "Total casualties claimed by
 *                   TTP: 97 deaths, 100 injuries, 10 “arrests”" */
static void test_ttp_month_over_month(void **state)
{
    (void)state;
    const double attacks[4] = {42, 22, 39, 54}, deaths[4] = {48, 36, 75, 97};
    double out[4];
    int32_t r[4];
    assert_int_equal(ctrend_change_pct(attacks, 4, 1, out, r), CTREND_OK);
    assert_undef(out, r, 0, CTREND_UNDEF_NO_HISTORY);          /* Dec 2021 not known */
    assert_def(out, r, 1, -47.619047619047619, 1e-15);           /* 100*(22-42)/42 = -1000/21 */
    assert_def(out, r, 2, 77.272727272727273, 1e-15);            /* 100*17/22 = 850/11 */
    assert_def(out, r, 3, 38.461538461538462, 1e-15);            /* 100*15/39 = 500/13 */
    assert_int_equal(ctrend_change_pct(deaths, 4, 1, out, r), CTREND_OK);
    assert_def(out, r, 1, -25.0, 0);                             /* 100*(36-48)/48 */
    assert_def(out, r, 2, 108.33333333333333, 1e-15);            /* 100*39/36 = 325/3 */
    assert_def(out, r, 3, 29.333333333333333, 1e-15);            /* 100*22/75 = 88/3 */
    /* as the demo prints them, one decimal: -25.0, +108.3, +29.3 and -47.6, +77.3, +38.5 */
    char buf[16];
    snprintf(buf, sizeof buf, "%+.1f", out[2]);
    assert_string_equal(buf, "+108.3");
    assert_int_equal(ctrend_change_diff(attacks, 4, 1, out, r), CTREND_OK);
    assert_def(out, r, 1, -20.0, 0);
    assert_def(out, r, 2, 17.0, 0);
    assert_def(out, r, 3, 15.0, 0);
    assert_int_equal(ctrend_change_ratio(attacks, 4, 1, out, r), CTREND_OK);
    assert_undef(out, r, 0, CTREND_UNDEF_NO_HISTORY);
    assert_def(out, r, 1, 22.0 / 42.0, 1e-15);
}

/* "down by more than 50% in February as compared to the previous 2 months": the base is
 * mean(Dec 2021, Jan 2022); only Jan-Apr 2022 are known, so February is undefined
 * (MISSING_BASE: December is missing). March: m = (42+22)/2 = 32, 100*(39-32)/32 = 21.875;
 * April: m = (22+39)/2 = 30.5, 100*(54-30.5)/30.5 = 4700/61 = 77.04918032786885. */
static void test_ttp_vs_previous_two(void **state)
{
    (void)state;
    const double attacks[4] = {42, 22, 39, 54};
    double out[6];
    int32_t r[6];
    assert_int_equal(ctrend_change_pct_vs_mean(attacks, 4, 2, out, r), CTREND_OK);
    assert_undef(out, r, 0, CTREND_UNDEF_NO_HISTORY);
    assert_undef(out, r, 1, CTREND_UNDEF_MISSING_BASE);
    assert_def(out, r, 2, 21.875, 0);
    assert_def(out, r, 3, 4700.0 / 61.0, 1e-15);
    /* the same when the array starts in December 2021 with December unreported (NaN) */
    const double with_dec[5] = {NAN, 42, 22, 39, 54};
    assert_int_equal(ctrend_change_pct_vs_mean(with_dec, 5, 2, out, r), CTREND_OK);
    assert_undef(out, r, 0, CTREND_UNDEF_NO_HISTORY);   /* Dec: nothing before it */
    assert_undef(out, r, 1, CTREND_UNDEF_MISSING_BASE); /* Jan: mean(Nov, Dec) */
    assert_undef(out, r, 2, CTREND_UNDEF_MISSING_BASE); /* Feb: Dec NaN in mean(Dec, Jan) */
    assert_def(out, r, 3, 21.875, 0);                   /* Mar: as above */
    /* Hypothetical Nov/Dec 2021 of 40 and 50 (NOT in the report): Feb's base is
     * (Dec + Jan)/2 = (50 + 42)/2 = 46, 100*(22-46)/46 = -52.17391304347826 */
    const double hyp[6] = {40, 50, 42, 22, 39, 54};
    assert_int_equal(ctrend_change_pct_vs_mean(hyp, 6, 2, out, r), CTREND_OK);
    assert_def(out, r, 3, -2400.0 / 46.0, 1e-15);
}

/* ---------------------------------------------------------------- pandas differences */

/* x = 1, NaN, 2, 0, 0, 3. pandas pct_change() (fractions):  NaN, 0, 1, -1, NaN, inf
 * (pads the gap: the NaN month becomes "0% change", the next is computed across the gap
 * against 1, and 0 -> 3 is inf). ctrend: NO_HISTORY, MISSING_CURRENT, MISSING_BASE,
 * -100%, ZERO_BASE (0 -> 0), ZERO_BASE (0 -> 3). Wherever pandas with fill_method=None
 * gives a finite value we give 100x it. */
static void test_pandas_pct_change_differences(void **state)
{
    (void)state;
    double out[6];
    int32_t r[6];
    assert_int_equal(ctrend_change_pct(pd_pct_input, 6, 1, out, r), CTREND_OK);
    assert_undef(out, r, 0, CTREND_UNDEF_NO_HISTORY);
    assert_undef(out, r, 1, CTREND_UNDEF_MISSING_CURRENT);
    assert_undef(out, r, 2, CTREND_UNDEF_MISSING_BASE);
    assert_def(out, r, 3, -100.0, 0);
    assert_undef(out, r, 4, CTREND_UNDEF_ZERO_BASE);
    assert_undef(out, r, 5, CTREND_UNDEF_ZERO_BASE);
    for (size_t t = 0; t < 6; ++t) {
        assert_false(isinf(out[t]));
        if (isfinite(pd_pct_nofill[t])) assert_close(out[t], 100.0 * pd_pct_nofill[t], 1e-15, 0);
        else assert_nan(out[t]);
    }
    /* where pandas pads, it reports a number; we report none */
    assert_false(isnan(pd_pct_pad[1])); assert_false(isnan(pd_pct_pad[2]));
    assert_true(isinf(pd_pct_pad[5]));
}

/* ---------------------------------------------------------------- edge cases */

static void test_edges(void **state)
{
    (void)state;
    double out[4];
    int32_t r[4];
    /* n = 0: fine with NULL buffers */
    assert_int_equal(ctrend_change_pct(NULL, 0, 1, NULL, NULL), CTREND_OK);
    assert_int_equal(ctrend_change_pct_vs_mean(NULL, 0, 2, NULL, NULL), CTREND_OK);
    assert_int_equal(ctrend_change_share(NULL, NULL, 0, NULL, NULL), CTREND_OK);
    /* n = 1 */
    const double one[1] = {7};
    assert_int_equal(ctrend_change_pct(one, 1, 1, out, r), CTREND_OK);
    assert_undef(out, r, 0, CTREND_UNDEF_NO_HISTORY);
    /* n = 2, reason NULL allowed */
    const double two[2] = {4, 5};
    assert_int_equal(ctrend_change_pct(two, 2, 1, out, NULL), CTREND_OK);
    assert_nan(out[0]); assert_close(out[1], 25.0, 0, 0);
    assert_int_equal(ctrend_change_pct_vs_mean(two, 2, 1, out, r), CTREND_OK);
    assert_undef(out, r, 0, CTREND_UNDEF_NO_HISTORY);
    assert_def(out, r, 1, 25.0, 0);
    /* lag > n: no history anywhere */
    assert_int_equal(ctrend_change_pct(two, 2, 12, out, r), CTREND_OK);
    assert_undef(out, r, 0, CTREND_UNDEF_NO_HISTORY);
    assert_undef(out, r, 1, CTREND_UNDEF_NO_HISTORY);
    assert_int_equal(ctrend_change_pct_vs_mean(two, 2, 12, out, r), CTREND_OK);
    assert_undef(out, r, 0, CTREND_UNDEF_NO_HISTORY);
    assert_undef(out, r, 1, CTREND_UNDEF_MISSING_BASE); /* x[0] known, 11 months before it not */
    /* all zeros: undefined, zero base; the difference is defined (0) */
    const double z[4] = {0, 0, 0, 0};
    assert_int_equal(ctrend_change_pct(z, 4, 1, out, r), CTREND_OK);
    for (size_t t = 1; t < 4; ++t) assert_undef(out, r, t, CTREND_UNDEF_ZERO_BASE);
    assert_int_equal(ctrend_change_pct_vs_mean(z, 4, 2, out, r), CTREND_OK);
    assert_undef(out, r, 2, CTREND_UNDEF_ZERO_BASE);
    assert_undef(out, r, 3, CTREND_UNDEF_ZERO_BASE);
    assert_int_equal(ctrend_change_ratio(z, 4, 1, out, r), CTREND_OK);
    assert_undef(out, r, 3, CTREND_UNDEF_ZERO_BASE);
    assert_int_equal(ctrend_change_diff(z, 4, 1, out, r), CTREND_OK);
    for (size_t t = 1; t < 4; ++t) assert_def(out, r, t, 0.0, 0);
    /* huge counts: 1e9 -> 1e9+1 is +1e-7 % (100*1/1e9), exactly representable inputs */
    const double h[3] = {1e9, 1e9 + 1, 2e9 + 2};
    assert_int_equal(ctrend_change_pct(h, 3, 1, out, r), CTREND_OK);
    assert_def(out, r, 1, 1e-7, 1e-15);
    assert_def(out, r, 2, 100.0, 0);
    assert_int_equal(ctrend_change_pct_vs_mean(h, 3, 2, out, r), CTREND_OK);
    /* m = (1e9 + 1e9+1)/2 = 1e9+0.5; 100*(2e9+2 - m)/m = 100*(1e9+1.5)/(1e9+0.5) */
    assert_def(out, r, 2, 100.0 * (1e9 + 1.5) / (1e9 + 0.5), 1e-15);
    /* gaps: a NaN current and a NaN base; diff has the same reasons */
    const double g[4] = {3, NAN, 6, 9};
    assert_int_equal(ctrend_change_diff(g, 4, 1, out, r), CTREND_OK);
    assert_undef(out, r, 1, CTREND_UNDEF_MISSING_CURRENT);
    assert_undef(out, r, 2, CTREND_UNDEF_MISSING_BASE);
    assert_def(out, r, 3, 3.0, 0);
    assert_int_equal(ctrend_change_pct(g, 4, 2, out, r), CTREND_OK); /* lag 2 skips the hole */
    assert_def(out, r, 2, 100.0, 0);
    assert_undef(out, r, 3, CTREND_UNDEF_MISSING_BASE);
    /* current missing takes precedence over base missing / zero */
    const double g2[3] = {0, NAN, NAN};
    assert_int_equal(ctrend_change_pct(g2, 3, 1, out, r), CTREND_OK);
    assert_undef(out, r, 1, CTREND_UNDEF_MISSING_CURRENT);
    assert_undef(out, r, 2, CTREND_UNDEF_MISSING_CURRENT);
}

/* vs-mean with a long window equals the direct formula (O(n) running mean, no drift). */
static void test_vs_mean_long_window(void **state)
{
    (void)state;
    enum { N = 3000, K = 50 };
    static double x[N], out[N];
    static int32_t r[N];
    uint64_t s = 7;
    for (size_t i = 0; i < N; ++i) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL; /* Knuth MMIX LCG */
        x[i] = (i % 97 == 5) ? NAN : (double)((s >> 33) % 1000000000ULL);
    }
    assert_int_equal(ctrend_change_pct_vs_mean(x, N, K, out, r), CTREND_OK);
    for (size_t t = 0; t < N; ++t) {
        if (t == 0) { assert_undef(out, r, t, CTREND_UNDEF_NO_HISTORY); continue; }
        if (isnan(x[t])) { assert_undef(out, r, t, CTREND_UNDEF_MISSING_CURRENT); continue; }
        if (t < K) { assert_undef(out, r, t, CTREND_UNDEF_MISSING_BASE); continue; }
        double sum = 0;
        int miss = 0;
        for (size_t j = t - K; j < t; ++j) { if (isnan(x[j])) miss = 1; sum += x[j]; }
        if (miss) { assert_undef(out, r, t, CTREND_UNDEF_MISSING_BASE); continue; }
        const double m = sum / K; /* integer sums < 2^53: exact */
        assert_def(out, r, t, 100.0 * (x[t] - m) / m, 1e-13);
    }
}

static void test_share(void **state)
{
    (void)state;
    /* TTP share of all events: 3 of 12, 0 of 0, missing part, missing total, 5 of 4 */
    const double part[5] = {3, 0, NAN, 2, 5}, total[5] = {12, 0, 7, NAN, 4};
    double out[5];
    int32_t r[5];
    assert_int_equal(ctrend_change_share(part, total, 5, out, r), CTREND_OK);
    assert_def(out, r, 0, 25.0, 0);
    assert_undef(out, r, 1, CTREND_UNDEF_ZERO_BASE);
    assert_undef(out, r, 2, CTREND_UNDEF_MISSING_CURRENT);
    assert_undef(out, r, 3, CTREND_UNDEF_MISSING_BASE);
    assert_def(out, r, 4, 125.0, 0);
    assert_int_equal(ctrend_change_share(part, total, 5, out, NULL), CTREND_OK);
    assert_close(out[0], 25.0, 0, 0);
}

/* Finite inputs far outside counts whose result is not a finite double: undefined with
 * reason OVERFLOW (was +-Inf marked DEFINED), never +-Inf. Hand arithmetic: DBL_MAX ~
 * 1.797e308, so 100*(1e308 - 1e-300) = 1e310, -1e308 - 1e308 = -2e308, 1e10/1e-300 = 1e310,
 * 100*1e308 = 1e310 all overflow; 1/1e-300 = 1e300 and 100*1e300/1e-5 = 1e307 do not. */
static void test_overflow(void **state)
{
    (void)state;
    double out[3];
    int32_t r[3];
    const double a[2] = {1e-300, 1e308};
    assert_int_equal(ctrend_change_pct(a, 2, 1, out, r), CTREND_OK);
    assert_undef(out, r, 1, CTREND_UNDEF_OVERFLOW);
    const double b[2] = {1e308, -1e308}; /* 100*(-2e308)/1e308: the intermediate overflows */
    assert_int_equal(ctrend_change_pct(b, 2, 1, out, r), CTREND_OK);
    assert_undef(out, r, 1, CTREND_UNDEF_OVERFLOW);
    const double d[2] = {-1e308, 1e308};
    assert_int_equal(ctrend_change_diff(d, 2, 1, out, r), CTREND_OK);
    assert_undef(out, r, 1, CTREND_UNDEF_OVERFLOW);
    assert_int_equal(ctrend_change_diff(d, 2, 1, out, NULL), CTREND_OK);
    assert_nan(out[1]);
    const double q[3] = {1e-300, 1e10, 1};
    assert_int_equal(ctrend_change_ratio(q, 3, 1, out, r), CTREND_OK);
    assert_undef(out, r, 1, CTREND_UNDEF_OVERFLOW);
    assert_def(out, r, 2, 1e-10, 1e-15);
    const double q2[2] = {1e-300, 1};
    assert_int_equal(ctrend_change_ratio(q2, 2, 1, out, r), CTREND_OK);
    assert_def(out, r, 1, 1e300, 1e-15);
    const double part[2] = {1e308, 1e300}, total[2] = {1e-10, 1e-5};
    assert_int_equal(ctrend_change_share(part, total, 2, out, r), CTREND_OK);
    assert_undef(out, r, 0, CTREND_UNDEF_OVERFLOW);
    assert_def(out, r, 1, 1e307, 1e-15);
    /* vs-mean: mean(1e-300, 1e-300) = 1e-300, then 100*(1e308 - 1e-300) overflows */
    const double v[3] = {1e-300, 1e-300, 1e308};
    assert_int_equal(ctrend_change_pct_vs_mean(v, 3, 2, out, r), CTREND_OK);
    assert_undef(out, r, 2, CTREND_UNDEF_OVERFLOW);
    /* a missing value still takes precedence */
    const double m[2] = {1e-300, NAN};
    assert_int_equal(ctrend_change_pct(m, 2, 1, out, r), CTREND_OK);
    assert_undef(out, r, 1, CTREND_UNDEF_MISSING_CURRENT);
    /* vs-mean whose base mean needs the sum 1e308 + 1e308 (overflows): EDOMAIN, nothing written */
    const double w[3] = {1e308, 1e308, 1};
    double o3[3] = {-7, -7, -7};
    int32_t r3[3] = {-7, -7, -7};
    assert_int_equal(ctrend_change_pct_vs_mean(w, 3, 2, o3, r3), CTREND_EDOMAIN);
    for (size_t i = 0; i < 3; ++i) assert_true(o3[i] == -7 && r3[i] == -7);
}

static void test_reason_strings(void **state)
{
    (void)state;
    /* values pinned */
    assert_int_equal(CTREND_DEFINED, 0);
    assert_int_equal(CTREND_UNDEF_NO_HISTORY, 1);
    assert_int_equal(CTREND_UNDEF_MISSING_CURRENT, 2);
    assert_int_equal(CTREND_UNDEF_MISSING_BASE, 3);
    assert_int_equal(CTREND_UNDEF_ZERO_BASE, 4);
    assert_int_equal(CTREND_UNDEF_OVERFLOW, 5);
    assert_int_equal(ctrend_change_reason_count(), 6);
    for (int i = 0; i < 6; ++i) {
        assert_non_null(ctrend_change_reason_string(i));
        for (int j = 0; j < i; ++j)
            assert_string_not_equal(ctrend_change_reason_string(i), ctrend_change_reason_string(j));
    }
    assert_string_equal(ctrend_change_reason_name(CTREND_UNDEF_ZERO_BASE), "CTREND_UNDEF_ZERO_BASE");
    assert_string_equal(ctrend_change_reason_name(CTREND_DEFINED), "CTREND_DEFINED");
    assert_string_equal(ctrend_change_reason_name(CTREND_UNDEF_OVERFLOW), "CTREND_UNDEF_OVERFLOW");
    assert_string_equal(ctrend_change_reason_string(CTREND_UNDEF_OVERFLOW),
                        "result is too large for a double (values far outside counts)");
    assert_string_equal(ctrend_change_reason_string(6), "unknown reason");
    assert_string_equal(ctrend_change_reason_name(6), "CTREND_UNDEF_UNKNOWN");
    assert_string_equal(ctrend_change_reason_string(-1), "unknown reason");
    assert_string_equal(ctrend_change_reason_name(99), "CTREND_UNDEF_UNKNOWN");
}

static void test_errors(void **state)
{
    (void)state;
    const double x[3] = {1, 2, 3};
    double xi[3] = {1, 2, INFINITY};
    double out[3] = {-7, -7, -7};
    int32_t r[3] = {-7, -7, -7};
    assert_int_equal(ctrend_change_pct(x, 3, 0, out, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_diff(x, 3, 0, out, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_ratio(x, 3, 0, out, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_pct_vs_mean(x, 3, 0, out, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_pct(NULL, 3, 1, out, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_pct(x, 3, 1, NULL, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_pct_vs_mean(NULL, 3, 1, out, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_pct_vs_mean(x, 3, 1, NULL, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_pct(xi, 3, 1, xi, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_pct_vs_mean(xi, 3, 1, xi, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_pct(xi, 3, 1, out, r), CTREND_EDOMAIN);
    assert_int_equal(ctrend_change_diff(xi, 3, 1, out, r), CTREND_EDOMAIN);
    assert_int_equal(ctrend_change_pct_vs_mean(xi, 3, 2, out, r), CTREND_EDOMAIN);
    assert_int_equal(ctrend_change_share(x, NULL, 3, out, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_share(NULL, x, 3, out, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_share(x, x, 3, NULL, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_share(xi, x, 3, xi, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_share(x, xi, 3, xi, r), CTREND_EINVAL);
    assert_int_equal(ctrend_change_share(x, xi, 3, out, r), CTREND_EDOMAIN);
    assert_int_equal(ctrend_change_share(xi, x, 3, out, r), CTREND_EDOMAIN);
    for (size_t t = 0; t < 3; ++t) { /* nothing written on error */
        assert_close(out[t], -7.0, 0, 0);
        assert_int_equal(r[t], -7);
    }
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference_descriptive),
        cmocka_unit_test(test_ttp_month_over_month),
        cmocka_unit_test(test_ttp_vs_previous_two),
        cmocka_unit_test(test_pandas_pct_change_differences),
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_vs_mean_long_window),
        cmocka_unit_test(test_share),
        cmocka_unit_test(test_overflow),
        cmocka_unit_test(test_reason_strings),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
