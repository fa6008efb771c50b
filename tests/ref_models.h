/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ref_models.h — shared by the model and forecast tests: the reference cases of
 * ../shared/reference (copied under tests/data/ref/), their design as the reference scripts
 * build it, and tight IRLS options. Include after cmocka.h, test_util.h and ref_util.h.
 */
#ifndef CTREND_REF_MODELS_H
#define CTREND_REF_MODELS_H

#include <math.h>
#include <string.h>
#include <ctrend.h>

typedef struct refcase {
    const char *dataset, *id, *ycol, *start, *end, *step, *offset;
} refcase;

static inline int32_t month_of(const char *s)
{
    int32_t m = 0;
    assert_int_equal(ctrend_month_parse(s, strlen(s), &m), CTREND_OK);
    return m;
}

/* Build the reference design (trend, 2 Fourier pairs, step, log offset) and read y. */
static inline ctrend_design *ref_design(const refcase *c, double *y, size_t *n, int with_offset)
{
    char path[256];
    snprintf(path, sizeof path, REF_DIR "%s/data.csv", c->dataset);
    *n = ref_csv_column(path, NULL, NULL, c->start, c->end, c->ycol, y, 1000);
    assert_true(*n > 0);
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(month_of(c->start), *n, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    assert_int_equal(ctrend_design_add_fourier(d, 2), CTREND_OK);
    if (c->step) assert_int_equal(ctrend_design_add_step(d, month_of(c->step), NULL), CTREND_OK);
    if (c->offset && with_offset) {
        double off[1000];
        size_t k = ref_csv_column(path, NULL, NULL, c->start, c->end, c->offset, off, 1000);
        assert_int_equal(k, *n);
        for (size_t i = 0; i < k; ++i) off[i] = log(off[i]);
        assert_int_equal(ctrend_design_set_offset(d, off, k), CTREND_OK);
    }
    return d;
}

static inline ctrend_model_opts *tight_opts(void)
{
    ctrend_model_opts *o = NULL;
    assert_int_equal(ctrend_model_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set(o, CTREND_OPT_EPSILON, 1e-12), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set(o, CTREND_OPT_MAXIT, 100), CTREND_OK);
    return o;
}

#endif
