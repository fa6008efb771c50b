/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_claims_api.c — the 1.0 claims API (include/ctrend/claims.h): strict and lenient parse
 * with the error record, the options handle (typed setters, bounds, get), status-returning
 * getters, counts, and a non-default confidence level checked against R.
 * Every error path is provoked and its status (and record) asserted.
 */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "ctrend.h"
#include "test_util.h"

/* TTP attacks Jan-Apr 2022 as in datasets/ttp_2022.csv: 42, 22, 39, 54. */
static ctrend_frame *ttp(void)
{
    ctrend_frame *f = NULL;
    size_t idx = 0;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, "TTP", "", "attacks", &idx), CTREND_OK);
    const double v[] = {42, 22, 39, 54};
    for (int32_t m = 0; m < 4; ++m) assert_int_equal(ctrend_frame_set(f, idx, 2022 * 12 + m, v[m]), CTREND_OK);
    return f;
}

static ctrend_claims *parse_ok(const char *text)
{
    ctrend_claims *c = NULL;
    ctrend_error e;
    assert_int_equal(ctrend_claims_parse(text, strlen(text), "api.claims", &c, &e), CTREND_OK);
    assert_non_null(c);
    assert_int_equal(e.code, CTREND_OK); /* cleared on success */
    assert_string_equal(e.message, "");
    return c;
}

static double figure(const ctrend_claims *c, size_t i, int which)
{
    double v = NAN;
    assert_int_equal(ctrend_claims_figure(c, i, which, &v), CTREND_OK);
    return v;
}

static const char *bad_text = "[ok]\nclaim = value TTP/attacks in 2022-01 = 42\n\n"
                              "[bad]\nclaim = value TTP/attacks in Feb = 22\n";

static void test_parse_strict_error_record(void **state)
{
    (void)state;
    ctrend_claims *c = (ctrend_claims *)0x1;
    ctrend_error e;
    assert_int_equal(ctrend_claims_parse(bad_text, strlen(bad_text), "bad.claims", &c, &e), CTREND_EPARSE);
    assert_null(c); /* no handle on error */
    assert_int_equal(e.code, CTREND_EPARSE);
    assert_string_equal(e.file, "bad.claims");
    assert_int_equal(e.line, 5);
    assert_true(e.column >= 1);
    assert_string_equal(e.key, "bad");
    assert_true(strlen(e.message) > 0);
    /* the record formats as the lenient handle's message */
    ctrend_claims *h = NULL;
    assert_int_equal(ctrend_claims_parse_lenient(bad_text, strlen(bad_text), "bad.claims", &h, NULL), CTREND_OK);
    char buf[400];
    assert_int_equal(ctrend_error_format(&e, buf, sizeof buf, NULL), CTREND_OK);
    assert_string_equal(buf, ctrend_claims_errmsg(h));
    ctrend_error first;
    assert_int_equal(ctrend_claims_error(h, &first), CTREND_OK);
    assert_int_equal(first.code, CTREND_EPARSE);
    assert_int_equal(first.line, e.line);
    assert_int_equal(first.column, e.column);
    assert_string_equal(first.key, "bad");
    ctrend_claims_free(h);
    /* err may be NULL */
    c = NULL;
    assert_int_equal(ctrend_claims_parse(bad_text, strlen(bad_text), NULL, &c, NULL), CTREND_EPARSE);
    assert_null(c);
    /* no source name: "<claims>" */
    assert_int_equal(ctrend_claims_parse(bad_text, strlen(bad_text), NULL, &c, &e), CTREND_EPARSE);
    assert_string_equal(e.file, "<claims>");
}

static void test_parse_einval(void **state)
{
    (void)state;
    ctrend_claims *c = (ctrend_claims *)0x1;
    ctrend_error e;
    assert_int_equal(ctrend_claims_parse(NULL, 0, "x", &c, &e), CTREND_EINVAL);
    assert_null(c);
    assert_int_equal(e.code, CTREND_EINVAL);
    assert_int_equal(ctrend_claims_parse("", 0, "x", NULL, &e), CTREND_EINVAL);
    assert_int_equal(e.code, CTREND_EINVAL);
    c = (ctrend_claims *)0x1;
    assert_int_equal(ctrend_claims_parse_lenient(NULL, 0, "x", &c, &e), CTREND_EINVAL);
    assert_null(c);
    assert_int_equal(ctrend_claims_parse_lenient("", 0, "x", NULL, NULL), CTREND_EINVAL);
}

static void test_lenient_keeps_records(void **state)
{
    (void)state;
    ctrend_claims *c = NULL;
    ctrend_error e;
    assert_int_equal(ctrend_claims_parse_lenient(bad_text, strlen(bad_text), "bad.claims", &c, &e), CTREND_OK);
    assert_int_equal(e.code, CTREND_OK);
    assert_int_equal(ctrend_claims_count(c), 2);
    assert_int_equal(ctrend_claims_n_errors(c), 1);
    assert_int_equal(ctrend_claims_n_invalid(c), 1);
    int v = -1, kind = -1;
    assert_int_equal(ctrend_claims_verdict(c, 1, &v), CTREND_OK);
    assert_int_equal(v, CTREND_VERDICT_INVALID);
    assert_int_equal(ctrend_claims_kind_of(c, 1, &kind), CTREND_EPARSE); /* no kind */
    assert_int_equal(kind, -1);                                           /* untouched */
    assert_int_equal(ctrend_claims_kind_of(c, 0, &kind), CTREND_OK);
    assert_int_equal(kind, CTREND_CLAIMS_KIND_VALUE);
    ctrend_frame *f = ttp();
    assert_int_equal(ctrend_claims_check(c, NULL, f, NULL), CTREND_OK);
    size_t s = 9, k = 9, u = 9;
    assert_int_equal(ctrend_claims_counts(c, &s, &k, &u), CTREND_OK);
    assert_int_equal(s, 1); /* 42 = 42 */
    assert_int_equal(k, 0);
    assert_int_equal(u, 1); /* the INVALID record */
    assert_int_equal(ctrend_claims_counts(NULL, &s, &k, &u), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_counts(c, NULL, NULL, NULL), CTREND_OK);
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

static void test_getters_status(void **state)
{
    (void)state;
    ctrend_claims *c = parse_ok("[a]\nquote = q\nsource = s\nclaim = change TTP/attacks in 2022-02 vs 2022-01 down 48%\n");
    const char *str = "untouched";
    int iv = 77;
    /* before check: verdict UNCHECKED, explanation "" */
    assert_int_equal(ctrend_claims_verdict(c, 0, &iv), CTREND_OK);
    assert_int_equal(iv, CTREND_VERDICT_UNCHECKED);
    assert_int_equal(ctrend_claims_explanation(c, 0, &str), CTREND_OK);
    assert_string_equal(str, "");
    int (*const sget[])(const ctrend_claims *, size_t, const char **) = {
        ctrend_claims_id, ctrend_claims_quote, ctrend_claims_source, ctrend_claims_text,
        ctrend_claims_explanation, ctrend_claims_note};
    for (size_t g = 0; g < sizeof sget / sizeof sget[0]; ++g) {
        str = "untouched";
        assert_int_equal(sget[g](c, 1, &str), CTREND_ERANGE);
        assert_string_equal(str, "untouched");
        assert_int_equal(sget[g](NULL, 0, &str), CTREND_EINVAL);
        assert_int_equal(sget[g](c, 0, NULL), CTREND_EINVAL);
        assert_int_equal(sget[g](c, 0, &str), CTREND_OK);
    }
    int (*const iget[])(const ctrend_claims *, size_t, int *) = {
        ctrend_claims_line, ctrend_claims_verdict, ctrend_claims_within_noise, ctrend_claims_kind_of};
    for (size_t g = 0; g < sizeof iget / sizeof iget[0]; ++g) {
        iv = 77;
        assert_int_equal(iget[g](c, 1, &iv), CTREND_ERANGE);
        assert_int_equal(iv, 77);
        assert_int_equal(iget[g](NULL, 0, &iv), CTREND_EINVAL);
        assert_int_equal(iget[g](c, 0, NULL), CTREND_EINVAL);
    }
    assert_int_equal(ctrend_claims_id(c, 0, &str), CTREND_OK);
    assert_string_equal(str, "a");
    assert_int_equal(ctrend_claims_source(c, 0, &str), CTREND_OK);
    assert_string_equal(str, "s");
    assert_int_equal(ctrend_claims_line(c, 0, &iv), CTREND_OK);
    assert_int_equal(iv, 4);
    /* terms: one, TTP/attacks with no region, side 0 */
    int (*const tget[])(const ctrend_claims *, size_t, size_t, const char **) = {
        ctrend_claims_term_group, ctrend_claims_term_region, ctrend_claims_term_metric};
    const char *want[] = {"TTP", "", "attacks"};
    for (size_t g = 0; g < 3; ++g) {
        assert_int_equal(tget[g](c, 0, 0, &str), CTREND_OK);
        assert_string_equal(str, want[g]);
        assert_int_equal(tget[g](c, 0, 1, &str), CTREND_ERANGE);
        assert_int_equal(tget[g](c, 1, 0, &str), CTREND_ERANGE);
        assert_int_equal(tget[g](NULL, 0, 0, &str), CTREND_EINVAL);
        assert_int_equal(tget[g](c, 0, 0, NULL), CTREND_EINVAL);
    }
    assert_int_equal(ctrend_claims_term_side(c, 0, 0, &iv), CTREND_OK);
    assert_int_equal(iv, 0);
    assert_int_equal(ctrend_claims_term_side(c, 0, 1, &iv), CTREND_ERANGE);
    assert_int_equal(ctrend_claims_term_side(c, 0, 0, NULL), CTREND_EINVAL);
    ctrend_claims_free(c);
}

static void test_options(void **state)
{
    (void)state;
    assert_int_equal(ctrend_claims_opts_new(NULL), CTREND_EINVAL);
    ctrend_claims_opts *o = NULL;
    assert_int_equal(ctrend_claims_opts_new(&o), CTREND_OK);
    double v = 0, lo = 0, hi = 0;
    /* documented defaults */
    assert_int_equal(ctrend_claims_opts_get(o, CTREND_CLAIMS_OPT_LEVEL, &v), CTREND_OK);
    assert_true(v == CTREND_CLAIMS_LEVEL && v == 0.95);
    assert_int_equal(ctrend_claims_opts_get(o, CTREND_CLAIMS_OPT_ALPHA, &v), CTREND_OK);
    assert_true(v == 0.05);
    assert_int_equal(ctrend_claims_opts_get(o, CTREND_CLAIMS_OPT_ABOUT_RTOL, &v), CTREND_OK);
    assert_true(v == 0.10);
    assert_int_equal(ctrend_claims_opts_get(o, CTREND_CLAIMS_OPT_BOUND_MAX, &v), CTREND_OK);
    assert_true(v == 100000.0);
    /* bounds */
    assert_int_equal(ctrend_claims_opts_bounds(CTREND_CLAIMS_OPT_LEVEL, &lo, &hi), CTREND_OK);
    assert_true(lo == 0.0 && hi == 1.0);
    assert_int_equal(ctrend_claims_opts_bounds(CTREND_CLAIMS_OPT_BOUND_MAX, &lo, &hi), CTREND_OK);
    assert_true(lo == 1.0 && hi == 1e6);
    assert_int_equal(ctrend_claims_opts_bounds(CTREND_CLAIMS_OPT_ALPHA, NULL, NULL), CTREND_OK);
    assert_int_equal(ctrend_claims_opts_bounds(4, &lo, &hi), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_opts_bounds(-1, &lo, &hi), CTREND_EINVAL);
    /* typed keys: the other setter is EINVAL */
    assert_int_equal(ctrend_claims_opts_set_int(o, CTREND_CLAIMS_OPT_LEVEL, 1), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_BOUND_MAX, 10.0), CTREND_EINVAL);
    /* ranges: open (0, 1) for level and alpha, closed for the others; unchanged on error */
    assert_int_equal(ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_LEVEL, 1.0), CTREND_EDOMAIN);
    assert_int_equal(ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_LEVEL, 0.0), CTREND_EDOMAIN);
    assert_int_equal(ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_LEVEL, NAN), CTREND_EDOMAIN);
    assert_int_equal(ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_ALPHA, -0.1), CTREND_EDOMAIN);
    assert_int_equal(ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_ABOUT_RTOL, 1.5), CTREND_EDOMAIN);
    assert_int_equal(ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_ABOUT_RTOL, 0.0), CTREND_OK);
    assert_int_equal(ctrend_claims_opts_set_int(o, CTREND_CLAIMS_OPT_BOUND_MAX, 0), CTREND_EDOMAIN);
    assert_int_equal(ctrend_claims_opts_set_int(o, CTREND_CLAIMS_OPT_BOUND_MAX, INT64_MAX), CTREND_EDOMAIN);
    assert_int_equal(ctrend_claims_opts_set_int(o, CTREND_CLAIMS_OPT_BOUND_MAX, 500), CTREND_OK);
    assert_int_equal(ctrend_claims_opts_get(o, CTREND_CLAIMS_OPT_LEVEL, &v), CTREND_OK);
    assert_true(v == 0.95);
    assert_int_equal(ctrend_claims_opts_get(o, CTREND_CLAIMS_OPT_BOUND_MAX, &v), CTREND_OK);
    assert_true(v == 500.0);
    /* bad handle / key */
    assert_int_equal(ctrend_claims_opts_set_double(NULL, CTREND_CLAIMS_OPT_LEVEL, 0.9), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_opts_set_double(o, 99, 0.9), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_opts_set_int(NULL, CTREND_CLAIMS_OPT_BOUND_MAX, 5), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_opts_get(o, 99, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_opts_get(o, CTREND_CLAIMS_OPT_LEVEL, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_opts_get(NULL, CTREND_CLAIMS_OPT_LEVEL, &v), CTREND_EINVAL);
    ctrend_claims_opts_free(o);
    ctrend_claims_opts_free(NULL);
}

static void test_check_error_record(void **state)
{
    (void)state;
    ctrend_claims *c = parse_ok("[a]\nclaim = value TTP/attacks in 2022-01 = 42\n");
    ctrend_frame *f = ttp();
    ctrend_error e;
    assert_int_equal(ctrend_claims_check(c, NULL, NULL, &e), CTREND_EINVAL);
    assert_int_equal(e.code, CTREND_EINVAL);
    assert_int_equal(ctrend_claims_check(NULL, NULL, f, &e), CTREND_EINVAL);
    assert_int_equal(e.code, CTREND_EINVAL);
    assert_int_equal(ctrend_claims_check(c, NULL, f, &e), CTREND_OK);
    assert_int_equal(e.code, CTREND_OK);
    assert_int_equal(ctrend_claims_error(NULL, &e), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_error(c, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_error(c, &e), CTREND_OK);
    assert_int_equal(e.code, CTREND_OK); /* no error on a clean handle */
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

/* Level 0.9 against R 4.2.2:
 *   poisson.test(c(22, 42), c(1, 1), conf.level = 0.9)$conf.int
 *     0.32536086285344396 0.82904838464547115 (estimate 0.52380952380952384)
 *   poisson.test(c(22, 42), c(1, 1))$conf.int   (the default 0.95: unchanged)
 *     0.29779662068767976 0.89761616462646387
 * and the Wald interval of a trend:
 *   y <- c(42, 22, 39, 54); m <- glm(y ~ I(1:4), family = poisson)
 *   exp(coef(m)[2] + c(-1, 1) * qnorm(0.95) * sqrt(vcov(m)[2, 2]))
 *     1.0175537034523063 1.2892613927992775 */
static void test_level_against_r(void **state)
{
    (void)state;
    ctrend_claims *c = parse_ok("[chg]\nclaim = change TTP/attacks in 2022-02 vs 2022-01 down more than 40%\n"
                                "[tr]\nclaim = trend TTP/attacks over 2022-01..2022-04 increasing\n");
    ctrend_frame *f = ttp();
    assert_int_equal(ctrend_claims_check(c, NULL, f, NULL), CTREND_OK); /* defaults */
    assert_close(figure(c, 0, CTREND_CLAIMS_CI_LOWER), 0.29779662068767976, 1e-9, 0);
    assert_close(figure(c, 0, CTREND_CLAIMS_CI_UPPER), 0.89761616462646387, 1e-9, 0);
    const double p_default = figure(c, 0, CTREND_CLAIMS_P_VALUE);
    int v0 = -1, v1 = -1;
    assert_int_equal(ctrend_claims_verdict(c, 0, &v0), CTREND_OK);
    ctrend_claims_opts *o = NULL;
    assert_int_equal(ctrend_claims_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_LEVEL, 0.9), CTREND_OK);
    assert_int_equal(ctrend_claims_check(c, o, f, NULL), CTREND_OK);
    assert_close(figure(c, 0, CTREND_CLAIMS_RATIO), 0.52380952380952384, 1e-12, 0);
    assert_close(figure(c, 0, CTREND_CLAIMS_CI_LOWER), 0.32536086285344396, 1e-9, 0);
    assert_close(figure(c, 0, CTREND_CLAIMS_CI_UPPER), 0.82904838464547115, 1e-9, 0);
    assert_close(figure(c, 1, CTREND_CLAIMS_CI_LOWER), 1.0175537034523063, 1e-6, 0);
    assert_close(figure(c, 1, CTREND_CLAIMS_CI_UPPER), 1.2892613927992775, 1e-6, 0);
    /* the level changes the interval only: verdict and p-value are the same */
    assert_int_equal(ctrend_claims_verdict(c, 0, &v1), CTREND_OK);
    assert_int_equal(v0, v1);
    assert_true(figure(c, 0, CTREND_CLAIMS_P_VALUE) == p_default);
    const char *x = NULL;
    assert_int_equal(ctrend_claims_explanation(c, 0, &x), CTREND_OK);
    assert_non_null(strstr(x, "exact 90% CI"));
    ctrend_claims_opts_free(o);
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

/* alpha decides "within noise": the change 42 -> 22 has two-sided p = 0.01686 (R 4.2.2:
 * poisson.test(c(22, 42), c(1, 1))$p.value = 0.016858190044281175), so noise at alpha 0.01 only. */
static void test_alpha(void **state)
{
    (void)state;
    ctrend_claims *c = parse_ok("[chg]\nclaim = change TTP/attacks in 2022-02 vs 2022-01 down 48%\n");
    ctrend_frame *f = ttp();
    int noise = -1;
    assert_int_equal(ctrend_claims_check(c, NULL, f, NULL), CTREND_OK);
    assert_int_equal(ctrend_claims_within_noise(c, 0, &noise), CTREND_OK);
    assert_int_equal(noise, 0);
    ctrend_claims_opts *o = NULL;
    assert_int_equal(ctrend_claims_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_ALPHA, 0.01), CTREND_OK);
    assert_int_equal(ctrend_claims_check(c, o, f, NULL), CTREND_OK);
    assert_int_equal(ctrend_claims_within_noise(c, 0, &noise), CTREND_OK);
    assert_int_equal(noise, 1);
    ctrend_claims_opts_free(o);
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_strict_error_record), cmocka_unit_test(test_parse_einval),
        cmocka_unit_test(test_lenient_keeps_records),     cmocka_unit_test(test_getters_status),
        cmocka_unit_test(test_options),                   cmocka_unit_test(test_check_error_record),
        cmocka_unit_test(test_level_against_r),           cmocka_unit_test(test_alpha),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
