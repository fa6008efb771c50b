/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_figure.c — the figure specification (ctrend/figure.h): building, size queries, errors,
 * and values checked by hand (rolling mean, missing runs, the shared axis). */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include <ctrend.h>

static const int32_t JAN21 = 2021 * 12;

static void test_panel_layers_and_queries(void **state)
{
    (void)state;
    ctrend_figure *fig = NULL;
    ctrend_error e;
    assert_int_equal(ctrend_figure_new(&fig, &e), CTREND_OK);
    const double y[6] = {12, 9, NAN, NAN, 11, 14};
    size_t p = 99, need = 0;
    assert_int_equal(ctrend_figure_add_panel(fig, JAN21, y, 6, &p), CTREND_OK);
    assert_int_equal(p, 0);
    assert_int_equal(ctrend_figure_add_rolling(fig, p, 2, CTREND_ALIGN_TRAILING), CTREND_OK);
    /* size query, then a buffer too small (nothing written), then the values */
    assert_int_equal(ctrend_figure_panel_vector(fig, p, CTREND_FIGURE_ROLLING, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, 6);
    double r[6] = {-1, -1, -1, -1, -1, -1};
    assert_int_equal(ctrend_figure_panel_vector(fig, p, CTREND_FIGURE_ROLLING, r, 5, NULL), CTREND_ERANGE);
    assert_true(r[0] == -1.0);
    assert_int_equal(ctrend_figure_panel_vector(fig, p, CTREND_FIGURE_ROLLING, r, 6, NULL), CTREND_OK);
    /* trailing 2-month means; a window with a month not reported has none */
    assert_true(isnan(r[0]) && isnan(r[2]) && isnan(r[3]) && isnan(r[4]));
    assert_true(r[1] == 10.5 && r[5] == 12.5);
    /* layers not added have 0 elements */
    assert_int_equal(ctrend_figure_panel_vector(fig, p, CTREND_FIGURE_PI95_LO, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, 0);
    assert_int_equal(ctrend_figure_panel_vector(fig, p, 8, NULL, 0, &need), CTREND_EINVAL);
    /* missing runs: 2021-03..2021-04 */
    int32_t runs[4];
    assert_int_equal(ctrend_figure_panel_missing(fig, p, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, 2);
    assert_int_equal(ctrend_figure_panel_missing(fig, p, runs, 4, NULL), CTREND_OK);
    assert_int_equal(runs[0], JAN21 + 2);
    assert_int_equal(runs[1], JAN21 + 3);
    /* a second, shorter panel: its months outside its window are drawn as not reported */
    const double y2[2] = {1, 0};
    assert_int_equal(ctrend_figure_add_panel(fig, JAN21 + 2, y2, 2, &p), CTREND_OK);
    int32_t first, last, data_last;
    assert_int_equal(ctrend_figure_x_range(fig, &first, &last, &data_last), CTREND_OK);
    assert_int_equal(first, JAN21);
    assert_int_equal(last, JAN21 + 5);
    assert_int_equal(data_last, JAN21 + 5);
    assert_int_equal(ctrend_figure_panel_missing(fig, 1, runs, 4, &need), CTREND_OK);
    assert_int_equal(need, 4);
    assert_int_equal(runs[0], JAN21);
    assert_int_equal(runs[1], JAN21 + 1);
    assert_int_equal(runs[2], JAN21 + 4);
    assert_int_equal(runs[3], JAN21 + 5);
    /* spans, marks, texts */
    assert_int_equal(ctrend_figure_add_span(fig, 0, JAN21 + 1, JAN21 + 1, CTREND_FIGURE_SPAN_MAIN), CTREND_OK);
    assert_int_equal(ctrend_figure_add_span(fig, 0, JAN21 + 2, JAN21 + 1, CTREND_FIGURE_SPAN_MAIN), CTREND_EINVAL);
    assert_int_equal(ctrend_figure_add_span(fig, 0, JAN21, JAN21, 2), CTREND_EINVAL);
    assert_int_equal(ctrend_figure_add_mark(fig, 0, JAN21 + 4, CTREND_FIGURE_MARK_STEP, "step 2021-05"), CTREND_OK);
    size_t n = 0;
    int kind = -1;
    int32_t m = 0;
    assert_int_equal(ctrend_figure_panel_n_marks(fig, 0, &n), CTREND_OK);
    assert_int_equal(n, 1);
    assert_int_equal(ctrend_figure_panel_mark(fig, 0, 0, &m, &kind), CTREND_OK);
    assert_int_equal(m, JAN21 + 4);
    assert_int_equal(kind, CTREND_FIGURE_MARK_STEP);
    char buf[64];
    assert_int_equal(ctrend_figure_panel_mark_label(fig, 0, 0, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, strlen("step 2021-05") + 1);
    assert_int_equal(ctrend_figure_panel_mark_label(fig, 0, 0, buf, 4, NULL), CTREND_ERANGE);
    assert_int_equal(ctrend_figure_set_text(fig, CTREND_FIGURE_TITLE, "Attacks #1"), CTREND_OK);
    assert_int_equal(ctrend_figure_text(fig, CTREND_FIGURE_TITLE, buf, sizeof buf, NULL), CTREND_OK);
    assert_string_equal(buf, "Attacks #1");
    assert_int_equal(ctrend_figure_text(fig, CTREND_FIGURE_CAPTION, buf, sizeof buf, &need), CTREND_OK);
    assert_string_equal(buf, "");
    assert_int_equal(ctrend_figure_set_text(fig, 7, "x"), CTREND_EINVAL);
    assert_int_equal(ctrend_figure_set_options(fig, CTREND_FIGURE_POINTS, 100.0, 0.0, 0), CTREND_EINVAL);
    assert_int_equal(ctrend_figure_set_options(fig, CTREND_FIGURE_POINTS, 640.0, 0.0, 1), CTREND_OK);
    int style = -1, lab = -1;
    double w = 0;
    assert_int_equal(ctrend_figure_options(fig, &style, &w, NULL, &lab), CTREND_OK);
    assert_int_equal(style, CTREND_FIGURE_POINTS);
    assert_true(w == 640.0 && lab == 1);
    ctrend_figure_free(fig);
    ctrend_figure_free(NULL);
}

static void test_limits_and_frames(void **state)
{
    (void)state;
    ctrend_figure *fig = NULL;
    ctrend_error e;
    assert_int_equal(ctrend_figure_new(NULL, &e), CTREND_EINVAL);
    assert_int_equal(e.code, CTREND_EINVAL);
    assert_int_equal(ctrend_figure_new(&fig, NULL), CTREND_OK);
    const double y[1] = {3};
    assert_int_equal(ctrend_figure_add_panel(fig, JAN21, y, 0, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_figure_add_panel(fig, 11, y, 1, NULL), CTREND_ERANGE); /* before year 1 */
    for (int k = 0; k < CTREND_FIGURE_MAX_PANELS; ++k)
        assert_int_equal(ctrend_figure_add_panel(fig, JAN21, y, 1, NULL), CTREND_OK);
    assert_int_equal(ctrend_figure_add_panel(fig, JAN21, y, 1, NULL), CTREND_ERANGE);
    ctrend_figure_free(fig);

    /* from a frame: months the frame does not hold are NaN; title and y label from the key */
    ctrend_frame *f = NULL;
    size_t s, p;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(ctrend_frame_add_series(f, "TTP", "", "attacks", &s), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, s, JAN21, 5.0), CTREND_OK);
    assert_int_equal(ctrend_figure_new(&fig, NULL), CTREND_OK);
    assert_int_equal(ctrend_figure_add_series(fig, f, s, JAN21 - 1, JAN21 + 1, &p, &e), CTREND_OK);
    double v[3];
    assert_int_equal(ctrend_figure_panel_vector(fig, p, CTREND_FIGURE_Y, v, 3, NULL), CTREND_OK);
    assert_true(isnan(v[0]) && v[1] == 5.0 && isnan(v[2]));
    char buf[64];
    assert_int_equal(ctrend_figure_panel_text(fig, p, CTREND_FIGURE_PANEL_TITLE, buf, sizeof buf, NULL), CTREND_OK);
    assert_string_equal(buf, "TTP / attacks");
    assert_int_equal(ctrend_figure_panel_text(fig, p, CTREND_FIGURE_PANEL_YLABEL, buf, sizeof buf, NULL), CTREND_OK);
    assert_string_equal(buf, "attacks per month");
    assert_int_equal(ctrend_figure_add_series(fig, f, 7, JAN21, JAN21, &p, &e), CTREND_EINVAL);
    assert_int_equal(e.code, CTREND_EINVAL);
    int dev = -1;
    assert_int_equal(ctrend_figure_device_from_path("a/b.PNG", &dev), CTREND_OK);
    assert_int_equal(dev, CTREND_FIGURE_PNG);
    assert_int_equal(ctrend_figure_device_from_path("a.gif", &dev), CTREND_EINVAL);
    ctrend_figure_free(fig);
    ctrend_frame_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_panel_layers_and_queries),
        cmocka_unit_test(test_limits_and_frames),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
