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

/* The Poisson/NB/forecast reference cases of tests/data/ref (dataset, model id of
 * models_R.json, response column, fit window, step month, offset column). */
static const refcase REF_CASES[] = {
    {"pak_ucdp_ged", "events_all_2007_2020_step2014_06", "events_all", "2007-01", "2020-12", "2014-06", NULL},
    {"pak_ucdp_ged", "events_ttp_2007_2020_step2014_06", "events_ttp", "2007-01", "2020-12", "2014-06", NULL},
    {"pak_ucdp_ged", "deaths_best_all_2007_2020_step2014_06", "deaths_best_all", "2007-01", "2020-12", "2014-06", NULL},
    {"us_polio", "cases_1970_1982", "cases", "1970-01", "1982-12", NULL, NULL},
    {"us_polio", "cases_1970_1983_full", "cases", "1970-01", "1983-12", NULL, NULL},
    {"sicily_smoking_ban", "aces_2002_01_2006_11_step2005_01_offset_stdpop", "aces", "2002-01", "2006-11", "2005-01", "stdpop"},
    {"uk_lung_deaths", "ldeaths_1974_1978", "ldeaths", "1974-01", "1978-12", NULL, NULL},
    {"rotavirus_brandenburg", "total_2002_2012", "total", "2002-01", "2012-12", NULL, NULL},
    {"meningococcal_france", "total_1985_1996", "total", "1985-01", "1996-12", NULL, NULL},
};
#define REF_NCASES (sizeof REF_CASES / sizeof REF_CASES[0])

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
    assert_int_equal(ctrend_model_opts_set_double(o, CTREND_OPT_EPSILON, 1e-12), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_MAXIT, 100), CTREND_OK);
    return o;
}

#endif
