/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_logic.c — logic the library took over from the CLI (issue 12, item 3): a series over
 * a month range (ctrend_frame_window), frame merge (ctrend_frame_merge), in-window prediction
 * with intervals (ctrend_model_predict) and exposure offsets (ctrend_design_set_exposure).
 * Every status code of each function is exercised. Reference values: R 4.2.2 (code quoted
 * at each test) and hand arithmetic in the comments.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include "getters.h"
#include <ctrend.h>

static const int32_t JAN22 = 2022 * 12;

/* ---- ctrend_frame_window ------------------------------------------------------------- */

static void test_window_values_and_nan_outside(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    size_t s, t;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, "TTP", "", "attacks", &s), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, "TTP", "", "deaths", &t), CTREND_OK);
    /* attacks: Feb 7, Mar 0 (a true zero), Apr reported missing, May 4; deaths: Jan 1 */
    assert_int_equal(ctrend_frame_set(f, s, JAN22 + 1, 7), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, s, JAN22 + 2, 0), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, s, JAN22 + 3, NAN), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, s, JAN22 + 4, 4), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, t, JAN22, 1), CTREND_OK);
    /* Nov 2021 .. Jul 2022: before the calendar, inside, after it */
    double out[9];
    size_t needed = 0;
    assert_int_equal(ctrend_frame_window(f, s, JAN22 - 2, 9, out, 9, &needed), CTREND_OK);
    assert_int_equal(needed, 9);
    const double want[9] = {NAN, NAN, NAN, 7, 0, NAN, 4, NAN, NAN};
    for (size_t i = 0; i < 9; ++i) {
        if (isnan(want[i])) assert_nan(out[i]);
        else assert_close(out[i], want[i], 0, 0);
    }
    /* the same months through ctrend_frame_get, one by one (what the callers did before) */
    for (size_t i = 0; i < 9; ++i) {
        double v;
        assert_int_equal(ctrend_frame_get(f, s, JAN22 - 2 + (int32_t)i, &v), CTREND_OK);
        assert_true(isnan(v) ? isnan(out[i]) : v == out[i]);
    }
    /* a window far from the data: all NaN (years 1 and 9999 and beyond) */
    assert_int_equal(ctrend_frame_window(f, t, 0, 3, out, 3, NULL), CTREND_OK);
    assert_nan(out[0]);
    assert_nan(out[2]);
    assert_int_equal(ctrend_frame_window(f, t, INT32_MAX - 2, 3, out, 3, NULL), CTREND_OK);
    assert_nan(out[1]);
    /* size query: out NULL */
    needed = 0;
    assert_int_equal(ctrend_frame_window(f, s, JAN22, 1000, NULL, 0, &needed), CTREND_OK);
    assert_int_equal(needed, 1000);
    /* errors: cap too small (nothing written), bad index, month overflow, n 0, NULL frame */
    out[0] = 42;
    assert_int_equal(ctrend_frame_window(f, s, JAN22, 9, out, 8, &needed), CTREND_ERANGE);
    assert_true(out[0] == 42);
    assert_int_equal(ctrend_frame_window(f, 2, JAN22, 1, out, 1, NULL), CTREND_ERANGE);
    assert_int_equal(ctrend_frame_window(f, s, INT32_MAX - 1, 3, out, 9, NULL), CTREND_ERANGE);
    assert_int_equal(ctrend_frame_window(f, s, JAN22, 0, out, 9, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_frame_window(NULL, 0, JAN22, 1, out, 9, NULL), CTREND_EINVAL);
    ctrend_frame_free(f);
}

/* ---- ctrend_frame_merge -------------------------------------------------------------- */

static ctrend_frame *frame_of(const char *group, const char *metric, int32_t first, size_t n,
                              const double *v)
{
    ctrend_frame *f = NULL;
    size_t s;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, group, "", metric, &s), CTREND_OK);
    for (size_t i = 0; i < n; ++i) assert_int_equal(ctrend_frame_set(f, s, first + (int32_t)i, v[i]), CTREND_OK);
    return f;
}

static void test_merge(void **state)
{
    (void)state;
    const double a[3] = {1, 2, 3}, b[2] = {NAN, 5};
    ctrend_frame *dst = NULL, *fa = frame_of("TTP", "attacks", JAN22, 3, a),
                 *fb = frame_of("ISKP", "attacks", JAN22 + 5, 2, b);
    assert_int_equal(ctrend_frame_new(&dst), CTREND_OK);
    ctrend_error e;
    assert_int_equal(ctrend_frame_merge(dst, fa, "a.csv", &e), CTREND_OK);
    assert_int_equal(e.code, CTREND_OK);
    assert_int_equal(ctrend_frame_merge(dst, fb, "b.csv", &e), CTREND_OK);
    /* two series; calendar Jan .. Jul 2022 (the union: 7 months) */
    assert_int_equal(ctrend_frame_n_series(dst), 2);
    assert_int_equal(tg_frame_start(dst), JAN22);
    assert_int_equal(ctrend_frame_n_months(dst), 7);
    size_t i;
    double v[7];
    assert_int_equal(ctrend_frame_find(dst, "ISKP", "", "attacks", &i), CTREND_OK);
    assert_int_equal(ctrend_frame_window(dst, i, JAN22, 7, v, 7, NULL), CTREND_OK);
    assert_nan(v[0]);
    assert_nan(v[5]); /* reported missing in b stays missing */
    assert_close(v[6], 5, 0, 0);
    /* the reported-missing flag was copied: setting that month again is a duplicate */
    assert_int_equal(ctrend_frame_set(dst, i, JAN22 + 5, 9), CTREND_EDUPLICATE);
    /* the same series again, even with other months: refused, naming it; dst unchanged */
    const double c[1] = {8};
    ctrend_frame *fc = frame_of("TTP", "attacks", JAN22 + 10, 1, c);
    assert_int_equal(ctrend_frame_merge(dst, fc, "c.csv", &e), CTREND_EDUPLICATE);
    assert_int_equal(e.code, CTREND_EDUPLICATE);
    assert_string_equal(e.key, "TTP//attacks");
    assert_string_equal(e.file, "c.csv");
    assert_int_equal(ctrend_frame_n_months(dst), 7);
    /* errors: NULLs, self-merge (err may be NULL) */
    assert_int_equal(ctrend_frame_merge(NULL, fa, NULL, &e), CTREND_EINVAL);
    assert_int_equal(ctrend_frame_merge(dst, NULL, NULL, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_frame_merge(dst, dst, NULL, &e), CTREND_EINVAL);
    ctrend_frame_free(fa);
    ctrend_frame_free(fb);
    ctrend_frame_free(fc);
    ctrend_frame_free(dst);
}

/* ---- ctrend_design_set_exposure and ctrend_model_predict ------------------------------ */

/* y with month 5 missing, pop the exposure; R:
 *   y <- c(3,5,4,7,NA,9,8,12,10,14,13,17); pop <- seq(100, 122, by = 2); t <- 1:12 */
static const double Y[12] = {3, 5, 4, 7, NAN, 9, 8, 12, 10, 14, 13, 17};
static const double POP[12] = {100, 102, 104, 106, 108, 110, 112, 114, 116, 118, 120, 122};

static ctrend_design *design_with_exposure(const double *pop)
{
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(JAN22, 12, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    if (pop) assert_int_equal(ctrend_design_set_exposure(d, pop, 12, NULL), CTREND_OK);
    return d;
}

static void test_exposure(void **state)
{
    (void)state;
    ctrend_design *d = design_with_exposure(NULL);
    ctrend_error e;
    /* the offset is log(exposure): design_matrix's offset column, hand arithmetic */
    assert_int_equal(ctrend_design_set_exposure(d, POP, 12, &e), CTREND_OK);
    double X[24], off[12];
    assert_int_equal(ctrend_design_matrix(d, 0, 12, X, 24, off, 12, NULL), CTREND_OK);
    assert_close(off[0], log(100.0), 1e-15, 0);
    assert_close(off[11], log(122.0), 1e-15, 0);
    /* a missing exposure makes the month missing (NaN offset) */
    double p2[12];
    memcpy(p2, POP, sizeof p2);
    p2[3] = NAN;
    assert_int_equal(ctrend_design_set_exposure(d, p2, 12, &e), CTREND_OK);
    assert_int_equal(ctrend_design_matrix(d, 0, 12, X, 24, off, 12, NULL), CTREND_OK);
    assert_nan(off[3]);
    /* zero, negative, infinite: refused naming the month (April 2022 = row 3); nothing changed */
    const double bad[3] = {0.0, -5.0, INFINITY};
    for (int k = 0; k < 3; ++k) {
        p2[3] = bad[k];
        assert_int_equal(ctrend_design_set_exposure(d, p2, 12, &e), CTREND_EDOMAIN);
        assert_int_equal(e.code, CTREND_EDOMAIN);
        assert_non_null(strstr(e.message, "2022-04"));
        assert_int_equal(ctrend_design_matrix(d, 0, 12, X, 24, off, 12, NULL), CTREND_OK);
        assert_nan(off[3]); /* still the previous (NaN) exposure */
    }
    assert_int_equal(ctrend_design_set_exposure(d, POP, 11, &e), CTREND_EINVAL);
    assert_int_equal(ctrend_design_set_exposure(d, NULL, 12, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_design_set_exposure(NULL, POP, 12, &e), CTREND_EINVAL);
    ctrend_design_free(d);
}

static ctrend_model *fit(int family, const double *y, ctrend_design *d)
{
    ctrend_model_opts *o = NULL;
    ctrend_model *m = NULL;
    assert_int_equal(ctrend_model_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_double(o, CTREND_OPT_EPSILON, 1e-12), CTREND_OK);
    assert_int_equal(ctrend_model_fit(o, family, d, y, 12, &m, NULL), CTREND_OK);
    ctrend_model_opts_free(o);
    return m;
}

/* rows 1, 5 and 12 of R's output (row 5 was dropped by the fit: predicted all the same) */
static const size_t ROWS[3] = {0, 4, 11};

static void check_rows(const double *out, int col, const double *want, double rtol)
{
    for (int k = 0; k < 3; ++k) assert_close(out[ROWS[k] * CTREND_PREDICT_NCOL + (size_t)col], want[k], rtol, 0);
}

/* R 4.2.2:
 *   m <- glm(y ~ t + offset(log(pop)), family = poisson); nd <- data.frame(t = t, pop = pop)
 *   pl <- predict(m, nd, type = "link", se.fit = TRUE)
 *   pr <- predict(m, nd, type = "response", se.fit = TRUE); q <- qnorm(0.975)
 *   exp(pl$fit - q * pl$se.fit); exp(pl$fit + q * pl$se.fit)
 *   mq <- update(m, family = quasipoisson); predict(mq, nd, se.fit = TRUE)$se.fit */
static void test_predict_poisson_vs_r(void **state)
{
    (void)state;
    ctrend_design *d = design_with_exposure(POP);
    ctrend_model *m = fit(CTREND_FAMILY_POISSON, Y, d);
    double out[12 * CTREND_PREDICT_NCOL];
    size_t needed = 0;
    assert_int_equal(ctrend_model_predict(m, NULL, CTREND_PREDICT_LINK, 0.95, NULL, 0, &needed), CTREND_OK);
    assert_int_equal(needed, 48);
    assert_int_equal(ctrend_model_predict(m, NULL, CTREND_PREDICT_LINK, 0.95, out, 48, &needed), CTREND_OK);
    check_rows(out, CTREND_PRED_FIT, (const double[]){1.3805096703928021, 1.9092083102388, 2.8216389255901095}, 1e-9);
    check_rows(out, CTREND_PRED_SE, (const double[]){0.24001721048773564, 0.13868631333879938, 0.1521901315142479}, 1e-7);
    /* link interval: fit -+ qnorm(0.975) se (hand: 1.3805096703928021 - 1.959963984540054 * 0.24001721048773564) */
    assert_close(out[CTREND_PRED_LO], 1.3805096703928021 - 1.959963984540054 * 0.24001721048773564, 1e-7, 0);
    assert_int_equal(ctrend_model_predict(m, NULL, CTREND_PREDICT_RESPONSE, 0.95, out, 48, NULL), CTREND_OK);
    check_rows(out, CTREND_PRED_FIT, (const double[]){3.9769280335242962, 6.7477445630404098, 16.80436922629945}, 1e-9);
    check_rows(out, CTREND_PRED_SE, (const double[]){0.95453117291697753, 0.93581981680000215, 2.5574591625644936}, 1e-7);
    check_rows(out, CTREND_PRED_LO, (const double[]){2.4845326716552436, 5.1417224531414014, 12.47032409112941}, 1e-7);
    check_rows(out, CTREND_PRED_HI, (const double[]){6.365767198100289, 8.8554092724750273, 22.644706186479301}, 1e-7);
    /* the fitted means of the used rows are the predictions there */
    double fv[12];
    assert_int_equal(ctrend_model_vector(m, CTREND_MV_FITTED, fv, 12, NULL), CTREND_OK);
    assert_close(out[11 * CTREND_PREDICT_NCOL], fv[11], 1e-13, 0);
    assert_nan(fv[4]);
    ctrend_model_free(m);
    m = fit(CTREND_FAMILY_QUASIPOISSON, Y, d);
    assert_int_equal(ctrend_model_predict(m, d, CTREND_PREDICT_LINK, 0.95, out, 48, NULL), CTREND_OK);
    check_rows(out, CTREND_PRED_SE, (const double[]){0.11060144635367257, 0.063907529020772569, 0.070130173715570149}, 1e-6);
    ctrend_model_free(m);
    ctrend_design_free(d);
}

/* R 4.2.2: ml <- lm(y ~ t)
 *   pc <- predict(ml, nd, interval = "confidence", level = 0.9, se.fit = TRUE) */
static void test_predict_gaussian_vs_r(void **state)
{
    (void)state;
    ctrend_design *d = design_with_exposure(NULL);
    ctrend_model *m = fit(CTREND_FAMILY_GAUSSIAN, Y, d);
    double out[48];
    /* identity link: both kinds are the same numbers */
    for (int kind = 0; kind < 2; ++kind) {
        assert_int_equal(ctrend_model_predict(m, NULL, kind, 0.9, out, 48, NULL), CTREND_OK);
        check_rows(out, CTREND_PRED_FIT, (const double[]){2.8926261319534277, 7.4204398447606721, 15.34411384217335}, 1e-12);
        check_rows(out, CTREND_PRED_SE, (const double[]){0.75294333753250575, 0.44349498725023023, 0.72714723122078595}, 1e-10);
        check_rows(out, CTREND_PRED_LO, (const double[]){1.5123959623652408, 6.6074634480640615, 14.011170848677352}, 1e-10);
        check_rows(out, CTREND_PRED_HI, (const double[]){4.2728563015416148, 8.2334162414572827, 16.677056835669347}, 1e-10);
    }
    ctrend_model_free(m);
    ctrend_design_free(d);
}

/* R 4.2.2 (MASS 7.3):
 *   y2 <- c(3,15,4,17,NA,2,18,12,30,4,23,37); mn <- glm.nb(y2 ~ t + offset(log(pop)))
 *   nl <- predict(mn, nd, type = "link", se.fit = TRUE)   # theta 2.4884955021652719
 *   predict(mn, nd, type = "response", se.fit = TRUE)$se.fit; nl$fit - qnorm(0.9) * nl$se.fit */
static void test_predict_negbin_vs_r(void **state)
{
    (void)state;
    static const double y2[12] = {3, 15, 4, 17, NAN, 2, 18, 12, 30, 4, 23, 37};
    ctrend_design *d = design_with_exposure(POP);
    ctrend_model *m = fit(CTREND_FAMILY_NEGBIN, y2, d);
    double theta, out[48];
    assert_int_equal(ctrend_model_scalar(m, CTREND_MS_THETA, &theta), CTREND_OK);
    assert_close(theta, 2.4884955021652719, 1e-5, 0);
    assert_int_equal(ctrend_model_predict(m, NULL, CTREND_PREDICT_LINK, 0.8, out, 48, NULL), CTREND_OK);
    check_rows(out, CTREND_PRED_FIT, (const double[]){1.9084150409354854, 2.4080704865699714, 3.2696755120511338}, 1e-6);
    check_rows(out, CTREND_PRED_SE, (const double[]){0.40585946557261798, 0.23695157077939333, 0.3670709648981843}, 1e-5);
    check_rows(out, CTREND_PRED_LO, (const double[]){1.3882852074398018, 2.1044048300793876, 2.7992551423198986}, 1e-5);
    assert_int_equal(ctrend_model_predict(m, NULL, CTREND_PREDICT_RESPONSE, 0.8, out, 48, NULL), CTREND_OK);
    check_rows(out, CTREND_PRED_SE, (const double[]){2.7364643877540495, 2.6331240293987723, 9.6549952825266949}, 1e-5);
    ctrend_model_free(m);
    ctrend_design_free(d);
}

static void test_predict_new_design_and_errors(void **state)
{
    (void)state;
    ctrend_design *d = design_with_exposure(POP);
    ctrend_model *m = fit(CTREND_FAMILY_POISSON, Y, d);
    /* a design over 3 later months with the same columns; trend restarts at 1 there, and the
     * exposure of 100 gives R's predict at t = 1, pop = 100: exp(1.3805096703928021) */
    ctrend_design *d2 = NULL;
    assert_int_equal(ctrend_design_new(JAN22 + 24, 3, &d2), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d2), CTREND_OK);
    const double pop3[3] = {100, NAN, 104};
    assert_int_equal(ctrend_design_set_exposure(d2, pop3, 3, NULL), CTREND_OK);
    double out[12];
    size_t needed = 0;
    assert_int_equal(ctrend_model_predict(m, d2, CTREND_PREDICT_RESPONSE, 0.95, out, 12, &needed), CTREND_OK);
    assert_int_equal(needed, 12);
    assert_close(out[CTREND_PRED_FIT], 3.9769280335242962, 1e-9, 0);
    for (int c = 0; c < CTREND_PREDICT_NCOL; ++c) assert_nan(out[CTREND_PREDICT_NCOL + c]); /* missing exposure */
    /* errors */
    assert_int_equal(ctrend_model_predict(m, NULL, CTREND_PREDICT_LINK, 0.95, out, 11, &needed), CTREND_ERANGE);
    assert_int_equal(ctrend_model_predict(m, NULL, 2, 0.95, out, 48, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_model_predict(m, NULL, CTREND_PREDICT_LINK, 1.0, out, 48, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_model_predict(m, NULL, CTREND_PREDICT_LINK, NAN, out, 48, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_model_predict(NULL, NULL, CTREND_PREDICT_LINK, 0.95, out, 48, NULL), CTREND_EINVAL);
    ctrend_design *d3 = NULL; /* other columns: no trend */
    assert_int_equal(ctrend_design_new(JAN22, 3, &d3), CTREND_OK);
    assert_int_equal(ctrend_model_predict(m, d3, CTREND_PREDICT_LINK, 0.95, out, 12, NULL), CTREND_EINVAL);
    ctrend_design_free(d3);
    ctrend_design_free(d2);
    ctrend_model_free(m);
    ctrend_design_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_window_values_and_nan_outside),
        cmocka_unit_test(test_merge),
        cmocka_unit_test(test_exposure),
        cmocka_unit_test(test_predict_poisson_vs_r),
        cmocka_unit_test(test_predict_gaussian_vs_r),
        cmocka_unit_test(test_predict_negbin_vs_r),
        cmocka_unit_test(test_predict_new_design_and_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
