/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_exact.c — exact Poisson intervals and tests against R's poisson.test (R 4.2.2). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "ctrend.h"
#include "test_util.h"

#define REF_CASES "tests/data/ref/exact_rate_tests/cases.csv"
#define REF_R "tests/data/ref/exact_rate_tests/reference/poisson_test_R.csv"
#define EXTRA_R "tests/data/exact/exact_extra_R.csv"

/* Split a CSV line (no quoted commas in the fields we use) into at most cap fields in place. */
/* The 0.1 argument lists (four optional output pointers, scalars for the test) expressed
 * through the 1.0 records, so that every reference case below checks the 1.0 functions with
 * the values it always checked. Outputs are written only on CTREND_OK, as the library does. */
static void unpack(int rc, const ctrend_exact_result *o, double *est, double *lo, double *hi,
                   double *p)
{
    if (rc != CTREND_OK) return;
    if (est) *est = o->estimate;
    if (lo) *lo = o->lower;
    if (hi) *hi = o->upper;
    if (p) *p = o->p_value;
}

static int poisson_ci_(double x, double t, double level, double *est, double *lo, double *hi)
{
    ctrend_exact_result o;
    const int rc = ctrend_exact_poisson_ci(x, t, level, &o);
    unpack(rc, &o, est, lo, hi, NULL);
    return rc;
}

static int poisson_ci_midp_(double x, double t, double level, double *est, double *lo,
                            double *hi)
{
    ctrend_exact_result o;
    const int rc = ctrend_exact_poisson_ci_midp(x, t, level, &o);
    unpack(rc, &o, est, lo, hi, NULL);
    return rc;
}

static int poisson_test_(double x, double t, double r, int alt, double level, double *est,
                         double *lo, double *hi, double *p)
{
    const ctrend_exact_test h = {r, alt, level};
    ctrend_exact_result o;
    const int rc = ctrend_exact_poisson_test(x, t, &h, &o);
    unpack(rc, &o, est, lo, hi, p);
    return rc;
}

static int rate_ratio_(double x1, double t1, double x2, double t2, double r, int alt,
                       double level, double *est, double *lo, double *hi, double *p)
{
    const ctrend_exact_test h = {r, alt, level};
    ctrend_exact_result o;
    const int rc = ctrend_exact_rate_ratio(x1, t1, x2, t2, &h, &o);
    unpack(rc, &o, est, lo, hi, p);
    return rc;
}

static int vs_previous_(const double *x, const double *e, size_t n, size_t i, size_t k,
                        double r, int alt, double level, double *est, double *lo, double *hi,
                        double *p)
{
    const ctrend_exact_test h = {r, alt, level};
    ctrend_exact_result o;
    const int rc = ctrend_exact_vs_previous(x, e, n, i, k, &h, &o);
    unpack(rc, &o, est, lo, hi, p);
    return rc;
}

static int period_ratio_(const double *a, const double *ea, size_t na, const double *b,
                         const double *eb, size_t nb, double r, int alt, double level,
                         double *est, double *lo, double *hi, double *p)
{
    const ctrend_exact_test h = {r, alt, level};
    ctrend_exact_result o;
    const int rc = ctrend_exact_period_ratio(a, ea, na, b, eb, nb, &h, &o);
    unpack(rc, &o, est, lo, hi, p);
    return rc;
}

static size_t split(char *line, char **f, size_t cap)
{
    size_t n = 0;
    char *p = line;
    while (n < cap) {
        f[n++] = p;
        char *c = strchr(p, ',');
        if (!c) break;
        *c = '\0';
        p = c + 1;
    }
    for (size_t i = 0; i < n; i++) { /* strip quotes and line ends */
        char *s = f[i];
        if (*s == '"') s++;
        size_t l = strlen(s);
        while (l && (s[l - 1] == '"' || s[l - 1] == '\n' || s[l - 1] == '\r')) s[--l] = '\0';
        f[i] = s;
    }
    return n;
}

static ctrend_alternative alt_of(const char *s)
{
    if (strcmp(s, "less") == 0) return CTREND_LESS;
    if (strcmp(s, "greater") == 0) return CTREND_GREATER;
    return CTREND_TWO_SIDED;
}

/* Compare allowing equal infinities; relative tolerance rtol, absolute atol. */
static void check(double got, double want, double rtol, double atol, double *maxrel)
{
    if (isinf(want)) {
        assert_true(isinf(got) && (got > 0) == (want > 0));
        return;
    }
    if (isnan(want)) {
        assert_nan(got);
        return;
    }
    assert_close(got, want, rtol, atol);
    if (fabs(want) > 1e-300 && maxrel) {
        const double r = fabs(got - want) / fabs(want);
        if (r > *maxrel) *maxrel = r;
    }
}

/* Every case of the shared reference (cases.csv + poisson_test_R.csv, same row order). */
static void test_reference_cases(void **state)
{
    (void)state;
    FILE *fc = fopen(REF_CASES, "r"), *fr = fopen(REF_R, "r");
    assert_non_null(fc);
    assert_non_null(fr);
    char lc[1024], lr[1024];
    assert_non_null(fgets(lc, sizeof lc, fc)); /* headers */
    assert_non_null(fgets(lr, sizeof lr, fr));
    size_t n = 0;
    double maxrel = 0.0;
    while (fgets(lr, sizeof lr, fr)) {
        char *r[8], *c[9];
        assert_true(split(lr, r, 8) >= 5);
        /* find the case with this id */
        rewind(fc);
        assert_non_null(fgets(lc, sizeof lc, fc));
        int found = 0;
        while (fgets(lc, sizeof lc, fc)) {
            split(lc, c, 9);
            if (strcmp(c[1], r[0]) == 0) { found = 1; break; }
        }
        assert_true(found);
        double est, lo, hi, p;
        const ctrend_alternative alt = alt_of(c[7]);
        int rc;
        if (strcmp(c[0], "two_sample") == 0)
            rc = rate_ratio_(atof(c[2]), atof(c[3]), atof(c[4]), atof(c[5]), atof(c[6]),
                                         alt, 0.95, &est, &lo, &hi, &p);
        else
            rc = poisson_test_(atof(c[2]), atof(c[3]), atof(c[6]), alt, 0.95, &est, &lo,
                                           &hi, &p);
        assert_int_equal(rc, CTREND_OK);
        check(est, strtod(r[1], NULL), 1e-12, 0, &maxrel);
        check(lo, strtod(r[2], NULL), 1e-9, 1e-300, &maxrel);
        check(hi, strtod(r[3], NULL), 1e-9, 1e-300, &maxrel);
        check(p, strtod(r[4], NULL), 1e-9, 1e-300, &maxrel);
        n++;
    }
    fclose(fc);
    fclose(fr);
    assert_int_equal(n, 14);
    print_message("reference cases: %zu, max relative difference %.3g\n", n, maxrel);
}

/* Extra R numbers (tests/data/exact/exact_extra_R.R): per-day, one-sided H0 ratio 0.5, zeros,
 * huge counts, other levels, and mid-p limits. */
static void test_extra_cases(void **state)
{
    (void)state;
    FILE *f = fopen(EXTRA_R, "r");
    assert_non_null(f);
    char line[1024];
    assert_non_null(fgets(line, sizeof line, f));
    size_t n = 0;
    double maxrel = 0.0;
    while (fgets(line, sizeof line, f)) {
        char *c[12];
        assert_int_equal(split(line, c, 12), 12);
        const double x1 = atof(c[1]), t1 = atof(c[2]), x2 = atof(c[3]), t2 = atof(c[4]);
        const double r = atof(c[5]), level = atof(c[7]);
        const ctrend_alternative alt = alt_of(c[6]);
        double est, lo, hi, p = -1.0;
        int rc;
        if (strcmp(c[0], "two") == 0)
            rc = rate_ratio_(x1, t1, x2, t2, r, alt, level, &est, &lo, &hi, &p);
        else if (strcmp(c[0], "one") == 0)
            rc = poisson_test_(x1, t1, r, alt, level, &est, &lo, &hi, &p);
        else
            rc = poisson_ci_midp_(x1, t1, level, &est, &lo, &hi);
        if (strcmp(c[0], "two") == 0 && x1 + x2 > 1e9) {
            /* GSL 2.7's incomplete beta does not converge (GSL_EMAXITER) for a, b ~ 1e9 near
             * the mean: reported as ENUMERIC rather than a wrong number. R: see the csv. */
            assert_int_equal(rc, CTREND_ENUMERIC);
            n++;
            continue;
        }
        assert_int_equal(rc, CTREND_OK);
        check(est, strtod(c[8], NULL), 1e-12, 0, &maxrel);
        /* huge counts: GSL's pdf/cdf lose ~n*eps relative accuracy; allow 1e-6 there */
        const double rtol = x1 >= 1e6 ? 1e-6 : 1e-9;
        check(lo, strtod(c[9], NULL), rtol, 1e-300, &maxrel);
        check(hi, strtod(c[10], NULL), rtol, 1e-300, &maxrel);
        if (strcmp(c[0], "midp") != 0) check(p, strtod(c[11], NULL), rtol, 1e-300, &maxrel);
        n++;
    }
    fclose(f);
    assert_int_equal(n, 27);
    print_message("extra cases: %zu, max relative difference %.3g\n", n, maxrel);
}

/* The headline numbers of issue 4. */
static void test_headline(void **state)
{
    (void)state;
    double est, lo, hi, p;
    /* 22 vs 42 attacks, one month each */
    assert_int_equal(rate_ratio_(22, 1, 42, 1, 1.0, CTREND_TWO_SIDED, 0.95, &est, &lo,
                                             &hi, &p), CTREND_OK);
    assert_close(est, 0.5238095, 0, 5e-8);
    assert_close(lo, 0.2977966, 0, 5e-8);
    assert_close(hi, 0.8976162, 0, 5e-8);
    assert_close(p, 0.01685819, 0, 5e-9);
    /* per day: 22 in 28 days vs 42 in 31 days: 0.580, CI 0.330-0.994, p 0.0445 */
    assert_int_equal(rate_ratio_(22, 28, 42, 31, 1.0, CTREND_TWO_SIDED, 0.95, &est, &lo,
                                             &hi, &p), CTREND_OK);
    assert_close(est, 22.0 / 28.0 / (42.0 / 31.0), 1e-14, 0);
    assert_close(lo, 0.330, 0, 5e-4);
    assert_close(hi, 0.994, 0, 5e-4);
    assert_close(p, 0.0445, 0, 5e-5);
}

static void test_garwood(void **state)
{
    (void)state;
    double est, lo, hi;
    /* R: poisson.test(22)$conf.int = 13.7872828722296 33.3082643871252 */
    assert_int_equal(poisson_ci_(22, 1, 0.95, &est, &lo, &hi), CTREND_OK);
    assert_close(lo, 13.7872828722296, 1e-12, 0);
    assert_close(hi, 33.3082643871252, 1e-12, 0);
    /* rate per 2 months: limits halve */
    assert_int_equal(poisson_ci_(22, 2, 0.95, &est, &lo, &hi), CTREND_OK);
    assert_close(est, 11.0, 1e-15, 0);
    assert_close(lo, 13.7872828722296 / 2, 1e-12, 0);
    /* x = 0: lower 0, upper -log(0.025) = 3.68887945411394 */
    assert_int_equal(poisson_ci_(0, 1, 0.95, &est, &lo, &hi), CTREND_OK);
    assert_true(lo == 0.0);
    assert_close(hi, 3.68887945411394, 1e-12, 0);
    /* NULL outputs are allowed */
    assert_int_equal(poisson_ci_(5, 1, 0.95, NULL, NULL, &hi), CTREND_OK);
    /* huge count: within the normal approximation 1e9 +- 1.96*sqrt(1e9) */
    assert_int_equal(poisson_ci_(1e9, 1, 0.95, &est, &lo, &hi), CTREND_OK);
    assert_close(lo, 1e9 - 1.959964 * sqrt(1e9), 1e-7, 0);
    /* integer within 1e-7 accepted and rounded, like R */
    assert_int_equal(poisson_ci_(22.00000001, 1, 0.95, &est, &lo, &hi), CTREND_OK);
    assert_true(est == 22.0);
}

static void test_vs_previous_and_periods(void **state)
{
    (void)state;
    /* Nov, Dec, Jan, Feb: Feb (22) vs mean of Dec+Jan (50+42): x1 = 22, t1 = 1, x2 = 92, t2 = 2 */
    const double x[] = {NAN, 50, 42, 22};
    const double days[] = {30, 31, 31, 28};
    double e1, l1, h1, p1, e2, l2, h2, p2;
    assert_int_equal(vs_previous_(x, NULL, 4, 3, 2, 0.5, CTREND_LESS, 0.95, &e1, &l1,
                                              &h1, &p1), CTREND_OK);
    assert_int_equal(rate_ratio_(22, 1, 92, 2, 0.5, CTREND_LESS, 0.95, &e2, &l2, &h2,
                                             &p2), CTREND_OK);
    assert_close(e1, 22.0 / 46.0, 1e-15, 0);
    assert_close(p1, p2, 1e-15, 0);
    assert_close(h1, h2, 1e-15, 0);
    /* per day: t1 = 28, t2 = 62 */
    assert_int_equal(vs_previous_(x, days, 4, 3, 2, 1.0, CTREND_TWO_SIDED, 0.95, &e1,
                                              &l1, &h1, &p1), CTREND_OK);
    assert_int_equal(rate_ratio_(22, 28, 92, 62, 1.0, CTREND_TWO_SIDED, 0.95, &e2, &l2,
                                             &h2, &p2), CTREND_OK);
    assert_close(e1, e2, 1e-15, 0);
    assert_close(p1, p2, 1e-15, 0);
    /* the missing November decides k = 3: EDOMAIN; i < k: ERANGE */
    assert_int_equal(vs_previous_(x, NULL, 4, 3, 3, 1.0, CTREND_TWO_SIDED, 0.95, &e1,
                                              &l1, &h1, &p1), CTREND_EDOMAIN);
    assert_int_equal(vs_previous_(x, NULL, 4, 1, 2, 1.0, CTREND_TWO_SIDED, 0.95, &e1,
                                              &l1, &h1, &p1), CTREND_ERANGE);
    assert_int_equal(vs_previous_(x, NULL, 4, 4, 1, 1.0, CTREND_TWO_SIDED, 0.95, &e1,
                                              &l1, &h1, &p1), CTREND_ERANGE);
    assert_int_equal(vs_previous_(x, NULL, 4, 3, 0, 1.0, CTREND_TWO_SIDED, 0.95, &e1,
                                              &l1, &h1, &p1), CTREND_ERANGE);
    assert_int_equal(vs_previous_(NULL, NULL, 4, 3, 1, 1.0, CTREND_TWO_SIDED, 0.95, &e1,
                                              &l1, &h1, &p1), CTREND_EINVAL);
    const double baddays[] = {30, 31, 0, 28};
    assert_int_equal(vs_previous_(x, baddays, 4, 3, 2, 1.0, CTREND_TWO_SIDED, 0.95, &e1,
                                              &l1, &h1, &p1), CTREND_EINVAL);
    /* period A (Jan-Feb 2022: 42+22) vs period B (Mar-Apr: 39+54) = rate_ratio(64, 2, 93, 2) */
    const double a[] = {42, 22}, b[] = {39, 54};
    assert_int_equal(period_ratio_(a, NULL, 2, b, NULL, 2, 1.0, CTREND_TWO_SIDED, 0.95,
                                               &e1, &l1, &h1, &p1), CTREND_OK);
    assert_int_equal(rate_ratio_(64, 2, 93, 2, 1.0, CTREND_TWO_SIDED, 0.95, &e2, &l2,
                                             &h2, &p2), CTREND_OK);
    assert_close(e1, 64.0 / 93.0, 1e-15, 0);
    assert_close(l1, l2, 1e-15, 0);
    assert_close(p1, p2, 1e-15, 0);
    assert_int_equal(period_ratio_(a, NULL, 0, b, NULL, 2, 1.0, CTREND_TWO_SIDED, 0.95,
                                               &e1, &l1, &h1, &p1), CTREND_EINVAL);
    assert_int_equal(period_ratio_(a, NULL, 2, NULL, NULL, 2, 1.0, CTREND_TWO_SIDED,
                                               0.95, &e1, &l1, &h1, &p1), CTREND_EINVAL);
}

static void test_errors(void **state)
{
    (void)state;
    double e, l, h, p;
    /* counts: negative, non-integer, NaN, Inf -> EDOMAIN; > UINT32_MAX -> ERANGE */
    assert_int_equal(poisson_ci_(-1, 1, 0.95, &e, &l, &h), CTREND_EDOMAIN);
    assert_int_equal(poisson_ci_(2.5, 1, 0.95, &e, &l, &h), CTREND_EDOMAIN);
    assert_int_equal(poisson_ci_(NAN, 1, 0.95, &e, &l, &h), CTREND_EDOMAIN);
    assert_int_equal(poisson_ci_(INFINITY, 1, 0.95, &e, &l, &h), CTREND_EDOMAIN);
    assert_int_equal(poisson_ci_(5e9, 1, 0.95, &e, &l, &h), CTREND_ERANGE);
    assert_int_equal(rate_ratio_(3e9, 1, 3e9, 1, 1, CTREND_TWO_SIDED, 0.95, &e, &l, &h,
                                             &p), CTREND_ERANGE);
    assert_int_equal(rate_ratio_(3, 1, -3, 1, 1, CTREND_TWO_SIDED, 0.95, &e, &l, &h, &p),
                     CTREND_EDOMAIN);
    /* exposures <= 0 or NaN, level outside (0,1), bad alternative, bad null value -> EINVAL */
    assert_int_equal(poisson_ci_(3, 0, 0.95, &e, &l, &h), CTREND_EINVAL);
    assert_int_equal(poisson_ci_(3, -1, 0.95, &e, &l, &h), CTREND_EINVAL);
    assert_int_equal(poisson_ci_(3, NAN, 0.95, &e, &l, &h), CTREND_EINVAL);
    assert_int_equal(poisson_ci_(3, 1, 0.0, &e, &l, &h), CTREND_EINVAL);
    assert_int_equal(poisson_ci_(3, 1, 1.0, &e, &l, &h), CTREND_EINVAL);
    assert_int_equal(poisson_ci_(3, 1, 95, &e, &l, &h), CTREND_EINVAL);
    assert_int_equal(poisson_ci_midp_(3, 1, NAN, &e, &l, &h), CTREND_EINVAL);
    assert_int_equal(poisson_ci_midp_(-3, 1, 0.9, &e, &l, &h), CTREND_EDOMAIN);
    assert_int_equal(rate_ratio_(3, 1, 3, NAN, 1, CTREND_TWO_SIDED, 0.95, &e, &l, &h, &p),
                     CTREND_EINVAL);
    assert_int_equal(rate_ratio_(3, 1, 3, 1, 0, CTREND_TWO_SIDED, 0.95, &e, &l, &h, &p),
                     CTREND_EINVAL);
    assert_int_equal(rate_ratio_(3, 1, 3, 1, 1, (ctrend_alternative)7, 0.95, &e, &l, &h,
                                             &p), CTREND_EINVAL);
    assert_int_equal(poisson_test_(3, 1, 0, CTREND_TWO_SIDED, 0.95, &e, &l, &h, &p),
                     CTREND_EINVAL);
    assert_int_equal(poisson_test_(3, 1, NAN, CTREND_TWO_SIDED, 0.95, &e, &l, &h, &p),
                     CTREND_EINVAL);
    assert_int_equal(poisson_test_(3, 1, 1, CTREND_LESS, 2.0, &e, &l, &h, &p),
                     CTREND_EINVAL);
    /* null mean too large for GSL's unsigned cdfs */
    assert_int_equal(poisson_test_(3, 1, 1e10, CTREND_TWO_SIDED, 0.95, &e, &l, &h, &p),
                     CTREND_ERANGE);
    /* exposures so disparate that p0 rounds to 1 */
    assert_int_equal(rate_ratio_(3, 1e300, 3, 1e-300, 1, CTREND_TWO_SIDED, 0.95, &e, &l,
                                             &h, &p), CTREND_ERANGE);
}

/* 1.0 records: NULL test = R's defaults; NULL result refused; interval-only p = NaN. */
static void test_records(void **state)
{
    (void)state;
    ctrend_exact_result d, e;
    /* R: poisson.test(22, 1) == poisson.test(22, 1, r = 1, "two.sided", conf.level = 0.95) */
    const ctrend_exact_test r_defaults = {1.0, CTREND_TWO_SIDED, 0.95};
    assert_int_equal(ctrend_exact_poisson_test(22, 1, NULL, &d), CTREND_OK);
    assert_int_equal(ctrend_exact_poisson_test(22, 1, &r_defaults, &e), CTREND_OK);
    assert_memory_equal(&d, &e, sizeof d);
    assert_int_equal(ctrend_exact_rate_ratio(22, 1, 42, 1, NULL, &d), CTREND_OK);
    assert_int_equal(ctrend_exact_rate_ratio(22, 1, 42, 1, &r_defaults, &e), CTREND_OK);
    assert_memory_equal(&d, &e, sizeof d);
    assert_int_equal(ctrend_exact_poisson_ci(22, 1, 0.95, &d), CTREND_OK);
    assert_true(isnan(d.p_value));
    assert_int_equal(ctrend_exact_poisson_ci_midp(22, 1, 0.95, &d), CTREND_OK);
    assert_true(isnan(d.p_value));
    const double x[3] = {1, 2, 3};
    assert_int_equal(ctrend_exact_poisson_ci(22, 1, 0.95, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_exact_poisson_ci_midp(22, 1, 0.95, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_exact_poisson_test(22, 1, NULL, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_exact_rate_ratio(22, 1, 42, 1, NULL, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_exact_vs_previous(x, NULL, 3, 2, 1, NULL, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_exact_period_ratio(x, NULL, 1, x, NULL, 2, NULL, NULL),
                     CTREND_EINVAL);
    /* a failed call leaves the record untouched */
    e.estimate = 7.0;
    const ctrend_exact_test bad = {1.0, 3, 0.95};
    assert_int_equal(ctrend_exact_poisson_test(22, 1, &bad, &e), CTREND_EINVAL);
    assert_true(e.estimate == 7.0);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference_cases), cmocka_unit_test(test_extra_cases),
        cmocka_unit_test(test_headline),        cmocka_unit_test(test_garwood),
        cmocka_unit_test(test_vs_previous_and_periods), cmocka_unit_test(test_errors),
        cmocka_unit_test(test_records),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
