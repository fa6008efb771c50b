/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * alloc_fail_main.c — allocation-failure injection along each public entry point's path
 * (the SQLite "malloc failure" discipline, https://www.sqlite.org/testing.html#oom).
 *
 * For every scenario and N = 1, 2, ... the N-th allocation call fails (one-shot mode: only that
 * one; persistent mode: that one and all later ones) until a run completes with no injected
 * failure. Each run asserts that
 *   - every call returns CTREND_OK, its documented non-memory status, or CTREND_ENOMEM;
 *   - a call that returned CTREND_ENOMEM left its outputs untouched (out-pointers keep their
 *     sentinel, the frame it was given reads back exactly as before the call);
 *   - after the handles are freed no block is live (counted by the wrappers; LSan in the
 *     sanitizer build checks the same independently).
 * Registered by tests/alloc_fail.cmake (links with -Wl,--wrap=malloc,...).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include <ctrend.h>
#include "claims_test_util.h"
#include "alloc_wrap.h"
#include "../getters.h"

/* ---------------------------------------------------------------- frame snapshots */

#define SNAP_SERIES 32
#define SNAP_MONTHS 4096
#define SNAP_KEY 16

typedef struct snapshot {
    size_t n_series, n_months;
    int32_t start;
    char keys[SNAP_SERIES][3][SNAP_KEY];
    double values[SNAP_SERIES][SNAP_MONTHS];
} snapshot;

static snapshot snap_before, snap_after; /* static: the test makes no allocations of its own */

static void take(const ctrend_frame *f, snapshot *s)
{
    memset(s, 0, sizeof *s);
    s->n_series = ctrend_frame_n_series(f);
    s->n_months = ctrend_frame_n_months(f);
    s->start = tg_frame_start(f);
    assert_true(s->n_series <= SNAP_SERIES && s->n_months <= SNAP_MONTHS);
    for (size_t i = 0; i < s->n_series; ++i) {
        const char *k[3] = {tg_frame_group(f, i), tg_frame_region(f, i), tg_frame_metric(f, i)};
        for (size_t j = 0; j < 3; ++j) {
            assert_non_null(k[j]);
            assert_true(strlen(k[j]) < SNAP_KEY);
            strcpy(s->keys[i][j], k[j]);
        }
        assert_int_equal(ctrend_frame_values(f, i, s->values[i], SNAP_MONTHS, NULL), CTREND_OK);
    }
}

/* memcmp compares NaN payloads too: "untouched" means bit-for-bit. */
static void assert_same_snapshot(const snapshot *a, const snapshot *b)
{
    assert_int_equal(a->n_series, b->n_series);
    assert_int_equal(a->n_months, b->n_months);
    assert_int_equal(a->start, b->start);
    assert_memory_equal(a->keys, b->keys, sizeof a->keys);
    for (size_t i = 0; i < a->n_series; ++i)
        assert_memory_equal(a->values[i], b->values[i], a->n_months * sizeof(double));
}

/* ---------------------------------------------------------------- frame scenario */

typedef enum op_kind { OP_ADD, OP_SET, OP_ACC, OP_FILL } op_kind;
typedef struct op {
    op_kind kind;
    const char *g, *r, *m; /* OP_ADD key */
    size_t series;         /* other ops */
    int32_t month, to;     /* month offsets from 2022-01; `to` for OP_FILL */
    double value;
    int expect;            /* status when no allocation fails */
} op;

#define JAN2022 (2022 * 12)
static const op frame_ops[] = {
    {OP_ADD, "TTP", "", "attacks", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "TTP", "", "deaths", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "TTP", "", "attacks", 0, 0, 0, 0, CTREND_OK}, /* existing key: no allocation */
    {OP_SET, 0, 0, 0, 0, 0, 0, 42.0, CTREND_OK},
    {OP_SET, 0, 0, 0, 0, 1, 0, 22.0, CTREND_OK},
    {OP_SET, 0, 0, 0, 0, 40, 0, 39.0, CTREND_OK},   /* grows the window forward */
    {OP_SET, 0, 0, 0, 0, -30, 0, 7.0, CTREND_OK},   /* grows it backward */
    {OP_SET, 0, 0, 0, 0, 1, 0, 99.0, CTREND_EDUPLICATE},
    {OP_SET, 0, 0, 0, 1, 2, 0, NAN, CTREND_OK},     /* reported as missing */
    {OP_ACC, 0, 0, 0, 1, 3, 0, 5.0, CTREND_OK},
    {OP_ACC, 0, 0, 0, 1, 3, 0, 6.0, CTREND_OK},
    {OP_ACC, 0, 0, 0, 1, 500, 0, 1.0, CTREND_OK},
    {OP_FILL, 0, 0, 0, 1, -100, 600, 0.0, CTREND_OK},
    {OP_ADD, "ISKP", "KP", "attacks", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "ISKP", "KP", "deaths", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "ISKP", "Sindh", "attacks", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "ISKP", "Sindh", "deaths", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "ISPP", "", "attacks", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "ISPP", "", "deaths", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "BLA", "", "attacks", 0, 0, 0, 0, CTREND_OK},  /* 9th series: array and table grow */
    {OP_ADD, "BLA", "", "deaths", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "BLF", "", "attacks", 0, 0, 0, 0, CTREND_OK},
    {OP_FILL, 0, 0, 0, 8, 0, 11, 0.0, CTREND_OK},
    {OP_SET, 0, 0, 0, 8, 12, 0, 3.0, CTREND_OK},
    {OP_SET, 0, 0, 0, 8, 5, 0, 3.0, CTREND_EDUPLICATE},   /* filled cells count as set */
    {OP_SET, 0, 0, 0, 99, 5, 0, 3.0, CTREND_ERANGE},      /* bad index */
    {OP_ACC, 0, 0, 0, 2, -JAN2022, 0, 3.0, CTREND_ERANGE}, /* year 0 */
};

/* One run of the scenario with the n-th allocation failing; returns the failures injected. */
static size_t run_frame_scenario(size_t n, int persistent)
{
    const long live0 = af_live();
    ctrend_frame *const sentinel = (ctrend_frame *)&snap_before;
    ctrend_frame *f = sentinel;
    af_arm(n, persistent);
    int rc = ctrend_frame_new(&f);
    if (rc == CTREND_ENOMEM) {
        assert_ptr_equal(f, sentinel);
    } else {
        assert_int_equal(rc, CTREND_OK);
        int retried = 0;
        for (size_t i = 0; i < sizeof frame_ops / sizeof frame_ops[0]; ++i) {
            const op *o = &frame_ops[i];
            take(f, &snap_before);
            size_t index = 777;
            switch (o->kind) {
            case OP_ADD: rc = ctrend_frame_add_series(f, o->g, o->r, o->m, &index); break;
            case OP_SET: rc = ctrend_frame_set(f, o->series, JAN2022 + o->month, o->value); break;
            case OP_ACC: rc = ctrend_frame_accumulate(f, o->series, JAN2022 + o->month, o->value); break;
            case OP_FILL:
                rc = ctrend_frame_fill_unset(f, o->series, JAN2022 + o->month, JAN2022 + o->to, o->value);
                break;
            }
            take(f, &snap_after);
            if (rc == CTREND_ENOMEM) {
                assert_true(af_failures() > 0);
                assert_int_equal(index, 777);
                assert_same_snapshot(&snap_before, &snap_after);
                if (persistent) break; /* nothing can succeed any more */
                /* one-shot: the frame must still be usable, and the same call now succeeds */
                assert_false(retried);
                retried = 1;
                --i;
                continue;
            }
            retried = 0;
            if (rc != o->expect) print_error("op %zu: %s, want %s\n", i, ctrend_status_name(rc),
                                             ctrend_status_name(o->expect));
            assert_int_equal(rc, o->expect);
            if (rc != CTREND_OK) assert_same_snapshot(&snap_before, &snap_after);
        }
        ctrend_frame_free(f);
    }
    const size_t injected = af_failures();
    af_arm(0, 0);
    assert_int_equal(af_live(), live0);
    return injected;
}

static void sweep(size_t (*scenario)(size_t, int), const char *name)
{
    for (int persistent = 0; persistent <= 1; ++persistent) {
        size_t n = 1;
        while (scenario(n, persistent) > 0) {
            ++n;
            assert_true(n < 100000); /* the scenario must terminate */
        }
        print_message("%s (%s): %zu allocation points\n", name, persistent ? "persistent" : "one-shot", n - 1);
        assert_true(n > 1); /* the path allocates at all, so the sweep tested something */
    }
}

static void test_frame_building(void **state)
{
    (void)state;
    sweep(run_frame_scenario, "frame");
}

/* ---------------------------------------------------------------- CSV reader */

/* The three shapes, fed in 7-byte chunks so buffers grow across feeds. */
typedef struct reader_case {
    const char *path;
    const char *group_col, *sum_col, *region_col; /* string options (NULL = none) */
} reader_case;

static const reader_case reader_cases[] = {
    {"tests/data/io/wide.csv", NULL, NULL, NULL},
    {"tests/data/io/long.csv", NULL, NULL, NULL},
    {"tests/data/io/event.csv", "actor", "fatalities", "province"},
};
static const reader_case *current_case;
static char case_text[4096];
static size_t case_len;
static snapshot reference; /* the frame a clean run gives */

static int set_case_options(ctrend_reader *r, const reader_case *c)
{
    int rc = CTREND_OK;
    if (!rc && c->group_col) rc = ctrend_reader_set_str(r, CTREND_READ_GROUP_COL, c->group_col);
    if (!rc && c->region_col) rc = ctrend_reader_set_str(r, CTREND_READ_REGION_COL, c->region_col);
    if (!rc && c->sum_col) rc = ctrend_reader_set_str(r, CTREND_READ_SUM_COL, c->sum_col);
    if (!rc) rc = ctrend_reader_set_str(r, CTREND_READ_SOURCE_NAME, "alloc-fail.csv");
    return rc;
}

/* Feed the case text in 7-byte chunks and finish; *out is written only on success. */
static int read_case(ctrend_reader *r, ctrend_frame **out)
{
    int rc = CTREND_OK;
    for (size_t off = 0; off < case_len && !rc; off += 7)
        rc = ctrend_reader_feed(r, case_text + off, case_len - off < 7 ? case_len - off : 7);
    if (rc) {
        assert_int_equal(rc, CTREND_ENOMEM);
        assert_int_equal(ctrend_reader_feed(r, "x", 1), CTREND_ENOMEM); /* stays failed */
    }
    const int frc = ctrend_reader_finish(r, out, NULL);
    if (rc) assert_int_equal(frc, rc);
    return frc;
}

static size_t run_reader_scenario(size_t n, int persistent)
{
    const reader_case *c = current_case;
    const long live0 = af_live();
    ctrend_reader *const rsent = (ctrend_reader *)&snap_after;
    ctrend_frame *const fsent = (ctrend_frame *)&snap_before;
    ctrend_reader *r = rsent;
    af_arm(n, persistent);
    int rc = ctrend_reader_new(&r, NULL);
    if (rc == CTREND_ENOMEM) {
        assert_ptr_equal(r, rsent);
        goto done;
    }
    assert_int_equal(rc, CTREND_OK);
    rc = set_case_options(r, c);
    if (rc == CTREND_ENOMEM && !persistent) rc = set_case_options(r, c); /* usable after ENOMEM */
    if (rc == CTREND_ENOMEM) goto free_reader;
    assert_int_equal(rc, CTREND_OK);
    for (int attempt = 0; attempt < 2; ++attempt) {
        ctrend_frame *f = fsent;
        rc = read_case(r, &f);
        if (rc == CTREND_ENOMEM) {
            assert_ptr_equal(f, fsent);
            assert_true(strlen(ctrend_reader_errmsg(r)) > 0);
            if (persistent) break;
            continue; /* one-shot: the reader was reset by finish; the same input must now read */
        }
        assert_int_equal(rc, CTREND_OK);
        assert_non_null(f);
        assert_true(f != fsent);
        take(f, &snap_before);
        assert_same_snapshot(&snap_before, &reference);
        ctrend_frame_free(f);
        break;
    }
    /* read_file: the path copy and the chunk buffer */
    if (!persistent || af_failures() == 0) {
        ctrend_frame *f = fsent;
        rc = ctrend_reader_read_file(r, c->path, &f, NULL);
        if (rc == CTREND_ENOMEM) {
            assert_ptr_equal(f, fsent);
        } else {
            assert_int_equal(rc, CTREND_OK);
            take(f, &snap_before);
            assert_same_snapshot(&snap_before, &reference);
            ctrend_frame_free(f);
        }
    }
free_reader:
    ctrend_reader_free(r);
done:;
    const size_t injected = af_failures();
    af_arm(0, 0);
    assert_int_equal(af_live(), live0);
    return injected;
}

static void test_reader(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof reader_cases / sizeof reader_cases[0]; ++k) {
        current_case = &reader_cases[k];
        FILE *fp = fopen(current_case->path, "rb");
        assert_non_null(fp);
        case_len = fread(case_text, 1, sizeof case_text, fp);
        fclose(fp);
        assert_true(case_len > 0 && case_len < sizeof case_text);
        /* the reference frame, no failure injected */
        ctrend_reader *r = NULL;
        ctrend_frame *f = NULL;
        assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
        assert_int_equal(set_case_options(r, current_case), CTREND_OK);
        assert_int_equal(read_case(r, &f), CTREND_OK);
        take(f, &reference);
        assert_true(reference.n_series > 0);
        ctrend_frame_free(f);
        ctrend_reader_free(r);
        sweep(run_reader_scenario, current_case->path);
    }
}

/* The wrapper itself: a clean run of the scenario reaches the end with every block freed. */
static void test_wrapper_counts(void **state)
{
    (void)state;
    af_arm(0, 0);
    const long live0 = af_live();
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(af_live(), live0 + 1);
    assert_true(af_calls() >= 1);
    ctrend_frame_free(f);
    assert_int_equal(af_live(), live0);
}

/* ---------------------------------------------------------------- design, fit, forecast */

/* 36 months of overdispersed counts with a trend and a step (NB converges, theta finite). */
static const double model_y[36] = {12, 15, 9, 20, 14, 11, 25, 17, 13, 30, 16, 22,
                                   19, 27, 14, 33, 21, 18, 40, 26, 20, 44, 24, 31,
                                   10, 14, 8, 19, 12, 9, 22, 15, 11, 27, 14, NAN};
static int current_family;

/* Design -> fit -> forecast -> getters. A failed call returns ENOMEM (or, for the fit, leaves
 * *out NULL as model.h documents) and the scenario stops there; one-shot runs then retry the
 * same call, which must succeed. */
static size_t run_model_scenario(size_t n, int persistent)
{
    const long live0 = af_live();
    ctrend_design *const dsent = (ctrend_design *)&snap_before;
    ctrend_design *d = dsent;
    ctrend_model_opts *o = NULL;
    ctrend_model *m = NULL;
    ctrend_forecast *fc = NULL;
    int rc;
    af_arm(n, persistent);
#define STEP(call)                                                                             \
    do {                                                                                       \
        rc = (call);                                                                           \
        if (rc == CTREND_ENOMEM && !persistent) rc = (call);                                   \
        if (rc == CTREND_ENOMEM) goto out;                                                     \
        if (rc != CTREND_OK) print_error("%s: %s\n", #call, ctrend_status_name(rc));           \
        assert_int_equal(rc, CTREND_OK);                                                       \
    } while (0)
    rc = ctrend_design_new(2020 * 12, 36, &d);
    if (rc == CTREND_ENOMEM) {
        assert_ptr_equal(d, dsent);
        if (persistent) { d = NULL; goto out; }
        rc = ctrend_design_new(2020 * 12, 36, &d);
    }
    assert_int_equal(rc, CTREND_OK);
    STEP(ctrend_model_opts_new(&o));
    STEP(ctrend_design_add_trend(d));
    {
        /* add_fourier / add_step must not half-add columns on ENOMEM: the design is as it was
         * before the call (a failure midway used to keep e.g. a lone sin12, and a retry then
         * said EDUPLICATE; fixed in design.c, see docs/guarantees.md). */
        const size_t nc = ctrend_design_ncol(d);
        rc = ctrend_design_add_fourier(d, 1);
        if (rc == CTREND_ENOMEM) assert_int_equal(ctrend_design_ncol(d), nc);
        if (rc == CTREND_ENOMEM && !persistent) rc = ctrend_design_add_fourier(d, 1);
        if (rc == CTREND_ENOMEM) goto out;
        assert_int_equal(rc, CTREND_OK);
        const size_t nc2 = ctrend_design_ncol(d);
        rc = ctrend_design_add_step(d, 2022 * 12, "after");
        if (rc == CTREND_ENOMEM) assert_int_equal(ctrend_design_ncol(d), nc2);
        if (rc == CTREND_ENOMEM && !persistent) rc = ctrend_design_add_step(d, 2022 * 12, "after");
        if (rc == CTREND_ENOMEM) goto out;
        assert_int_equal(rc, CTREND_OK);
    }
    {
        ctrend_model *const msent = (ctrend_model *)&snap_after;
        ctrend_error fit_err;
        for (int attempt = 0; attempt < 2; ++attempt) {
            m = msent;
            rc = ctrend_model_fit(o, current_family, d, model_y, 36, &m, &fit_err);
            if (rc != CTREND_ENOMEM) break;
            assert_true(m == msent || m == NULL); /* untouched, or NULL as model.h says */
            m = NULL;
            if (persistent) goto out;
        }
        if (rc != CTREND_OK) print_error("fit: %s (%s)\n", ctrend_status_name(rc), fit_err.message);
        assert_int_equal(rc, CTREND_OK);
    }
    {
        ctrend_forecast *const fsent = (ctrend_forecast *)&reference;
        for (int attempt = 0; attempt < 2; ++attempt) {
            fc = fsent;
            rc = ctrend_forecast_new(m, 6, 40, 20221, &fc, NULL);
            if (rc != CTREND_ENOMEM) break;
            assert_true(fc == fsent || fc == NULL);
            fc = NULL;
            if (persistent) goto out;
        }
        assert_int_equal(rc, CTREND_OK);
    }
    {
        double lo[6] = {-7, -7, -7, -7, -7, -7}, hi[6];
        rc = ctrend_forecast_interval(fc, CTREND_FI_PREDICTIVE, 0.9, lo, hi, ctrend_forecast_horizon(fc), NULL);
        if (rc == CTREND_ENOMEM) {
            for (size_t i = 0; i < 6; ++i) assert_true(lo[i] == -7);
        } else {
            assert_int_equal(rc, CTREND_OK);
            assert_true(lo[0] <= hi[0]);
        }
    }
out:
#undef STEP
    ctrend_forecast_free(fc);
    ctrend_model_free(m);
    ctrend_model_opts_free(o);
    ctrend_design_free(d == dsent ? NULL : d);
    const size_t injected = af_failures();
    af_arm(0, 0);
    assert_int_equal(af_live(), live0);
    return injected;
}

/* Design rollback in isolation (was a known bug, fixed in design.c): after add_fourier(d, 2)
 * or add_month_dummies fails with ENOMEM the design must be as before, so a fit (no failure
 * injected) works and a retry succeeds instead of saying EDUPLICATE. */
static void test_design_rollback(void **state)
{
    (void)state;
    for (int which = 0; which < 2; ++which) {
        for (size_t n = 1;; ++n) {
            ctrend_design *d = NULL;
            assert_int_equal(ctrend_design_new(2020 * 12, 36, &d), CTREND_OK);
            assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
            const size_t nc = ctrend_design_ncol(d);
            af_arm(n, 0);
            const int rc = which ? ctrend_design_add_month_dummies(d) : ctrend_design_add_fourier(d, 2);
            const size_t injected = af_failures();
            af_arm(0, 0);
            if (rc == CTREND_ENOMEM) {
                assert_int_equal(ctrend_design_ncol(d), nc);
                ctrend_model *m = NULL;
                assert_int_equal(ctrend_model_fit(NULL, CTREND_FAMILY_POISSON, d, model_y, 36, &m, NULL), CTREND_OK);
                ctrend_model_free(m);
                const int rc2 = which ? ctrend_design_add_month_dummies(d) : ctrend_design_add_fourier(d, 2);
                assert_int_equal(rc2, CTREND_OK);
                assert_int_equal(ctrend_design_ncol(d), nc + (which ? 11 : 4));
            }
            ctrend_design_free(d);
            if (!injected) break;
        }
    }
}

static void test_models(void **state)
{
    (void)state;
    static const char *const names[4] = {"poisson fit+forecast", "quasipoisson fit+forecast",
                                         "negbin fit+forecast", "gaussian fit+forecast"};
    for (int f = 0; f < 4; ++f) {
        current_family = f;
        sweep(run_model_scenario, names[f]);
    }
}

/* ---------------------------------------------------------------- claims: parse + check */

/* One claim of each kind (syntax of the datasets/claims files), on the TTP/ISKP seed data, so
 * every evaluator runs, including the trend fit. Small on purpose: the sweep re-runs it for
 * every allocation point (seed_004.claims whole has ~770 and takes 10 s). */
static const char claims_text[] =
    "source = 004_9b6637ebe242a1f9.txt\n"
    "define casualties = deaths + injured\n"
    "[v]\nquote = TTP claimed 42 attacks in total.\nclaim = value TTP/attacks in 2022-01 = 42\n"
    "[s]\nclaim = sum TTP/attacks over 2022-01..2022-04 = 157\n"
    "[c2]\nquote = down by more than 50%\nclaim = change TTP/attacks in 2022-02 vs previous 2 down more than 50%\n"
    "[c1]\nclaim = change TTP/attacks in 2022-03 vs 2022-02 up more than 50%\n"
    "[d]\nclaim = daily TTP/attacks in 2022-03\n"
    "[r]\nclaim = record TTP/attacks in 2022-04 highest since 2022-01\n"
    "[t]\nclaim = trend TTP/attacks over 2022-01..2022-04 steady decreasing\n"
    "[i]\nclaim = sum ISKP/attacks over 2022-01..2022-12 = 31\n"
    "[sh]\nclaim = share ISKP/attacks of TTP/attacks + ISKP/attacks over 2022-Q1 about 5%\n"
    "[rk]\nclaim = rank TTP/attacks, ISKP/attacks over 2022-01..2022-04 first\n"
    "[rp]\nclaim = record TTP/attacks in 2022-03 2nd highest in 2022-01..2022-04\n"
    "[cd]\nclaim = value TTP/casualties in 2022-02 = 75 as of 2023-01-01\n";
static const size_t claims_len = sizeof claims_text - 1;
static ctrend_frame *claims_frame;
static size_t claims_ref[3];

static size_t run_claims_scenario(size_t n, int persistent)
{
    const long live0 = af_live();
    ctrend_claims *c = NULL;
    af_arm(n, persistent);
    int rc = cq_parse(claims_text, claims_len, "alloc.claims", &c);
    if (rc == CTREND_ENOMEM) {
        assert_null(c); /* claims.h: *out = NULL on ENOMEM */
        if (persistent) goto out;
        rc = cq_parse(claims_text, claims_len, "alloc.claims", &c);
    }
    assert_int_equal(rc, CTREND_OK);
    rc = cq_check(c, claims_frame);
    if (rc == CTREND_ENOMEM && !persistent) rc = cq_check(c, claims_frame); /* usable */
    if (rc == CTREND_OK) {
        size_t k[3];
        cq_summary(c, &k[0], &k[1], &k[2]);
        assert_memory_equal(k, claims_ref, sizeof k); /* same verdicts as without failures */
    } else {
        assert_int_equal(rc, CTREND_ENOMEM);
    }
out:
    ctrend_claims_free(c);
    const size_t injected = af_failures();
    af_arm(0, 0);
    assert_int_equal(af_live(), live0);
    return injected;
}

static void test_claims(void **state)
{
    (void)state;
    /* the data: the two seed datasets in one frame (the CLI's --data FILE... does the same) */
    ctrend_reader *r = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_read_file(r, "datasets/ttp_2022.csv", &claims_frame, NULL), CTREND_OK);
    ctrend_frame *iskp = NULL;
    assert_int_equal(ctrend_reader_read_file(r, "datasets/is_pakistan_2022.csv", &iskp, NULL), CTREND_OK);
    for (size_t i = 0; i < ctrend_frame_n_series(iskp); ++i) {
        size_t idx = 0;
        assert_int_equal(ctrend_frame_add_series(claims_frame, tg_frame_group(iskp, i),
                                                 tg_frame_region(iskp, i), tg_frame_metric(iskp, i), &idx),
                         CTREND_OK);
        for (size_t t = 0; t < ctrend_frame_n_months(iskp); ++t) {
            double v = NAN;
            const int32_t m = tg_frame_start(iskp) + (int32_t)t;
            assert_int_equal(ctrend_frame_get(iskp, i, m, &v), CTREND_OK);
            if (!isnan(v)) assert_int_equal(ctrend_frame_set(claims_frame, idx, m, v), CTREND_OK);
        }
    }
    ctrend_frame_free(iskp);
    ctrend_reader_free(r);
    ctrend_claims *c = NULL;
    assert_int_equal(cq_parse(claims_text, claims_len, "alloc.claims", &c), CTREND_OK);
    assert_int_equal(cq_check(c, claims_frame), CTREND_OK);
    cq_summary(c, &claims_ref[0], &claims_ref[1], &claims_ref[2]);
    assert_int_equal(claims_ref[0] + claims_ref[1] + claims_ref[2], 12);
    ctrend_claims_free(c);
    sweep(run_claims_scenario, "claims parse+check (11 kinds)");
    ctrend_frame_free(claims_frame);
}

/* ---------------------------------------------------------------- batch fits */

/* Three series of 36 months: model_y, model_y doubled, all zeros (EALLZERO per series).
 * n_threads = 1: the work runs in the calling thread, so the N-th allocation is deterministic. */
static ctrend_frame *batch_frame;
static ctrend_design *batch_design;

static size_t run_batch_scenario(size_t n, int persistent)
{
    const long live0 = af_live();
    ctrend_model *models[3] = {(ctrend_model *)&snap_before, (ctrend_model *)&snap_before,
                               (ctrend_model *)&snap_before};
    int status[3] = {-1, -1, -1};
    const ctrend_design *const designs[1] = {batch_design};
    /* the options handle is made before the injection: the sweep is over the batch calls */
    ctrend_batch_opts *bo = NULL;
    const int keys[2] = {CTREND_MS_DEVIANCE, CTREND_MS_AIC};
    assert_int_equal(ctrend_batch_opts_new(&bo), CTREND_OK);
    assert_int_equal(ctrend_batch_opts_set_int(bo, CTREND_BATCH_THREADS, 1), CTREND_OK);
    assert_int_equal(ctrend_batch_opts_set_keys(bo, keys, 2), CTREND_OK);
    assert_int_equal(ctrend_batch_opts_n_series(bo, batch_frame), 3);
    const long live1 = af_live();
    size_t injected_models = 0;
    int rc = CTREND_OK;
    for (int v2 = 0; v2 < 2; ++v2) { /* _v2: the lane path's plan, groups and models too */
        for (size_t i = 0; i < 3; ++i) status[i] = -1;
        af_arm(n, persistent);
        rc = v2 ? ctrend_batch_fit_models_v2(bo, batch_frame, CTREND_FAMILY_POISSON, designs, 1,
                                             models, status)
                : ctrend_batch_fit_models(bo, batch_frame, CTREND_FAMILY_POISSON, designs, 1,
                                          models, status);
        injected_models += af_failures();
        af_arm(0, 0);
        if (rc == CTREND_ENOMEM) {
            for (size_t i = 0; i < 3; ++i) assert_null(models[i]); /* batch.h: all NULL then */
        } else {
            assert_int_equal(rc, CTREND_OK);
            for (size_t i = 0; i < 3; ++i) {
                const int want = i == 2 ? CTREND_EALLZERO : CTREND_OK;
                assert_true(status[i] == want || status[i] == CTREND_ENOMEM);
                assert_true((status[i] == CTREND_OK) == (models[i] != NULL));
                ctrend_model_free(models[i]);
            }
        }
    }
    /* the summary form: coefficients, SEs and scalars */
    double coef[3 * 2], se[3 * 2], sc[3 * 2];
    for (size_t i = 0; i < 3; ++i) status[i] = -1;
    af_arm(n, persistent);
    rc = ctrend_batch_fit(bo, batch_frame, CTREND_FAMILY_POISSON, batch_design, coef, se, sc, status);
    const size_t injected = injected_models + af_failures();
    af_arm(0, 0);
    if (rc != CTREND_ENOMEM) {
        assert_int_equal(rc, CTREND_OK);
        for (size_t i = 0; i < 3; ++i) {
            const int want = i == 2 ? CTREND_EALLZERO : CTREND_OK;
            assert_true(status[i] == want || status[i] == CTREND_ENOMEM);
            if (status[i] != CTREND_OK) assert_nan(coef[2 * i]);
            else assert_false(isnan(coef[2 * i]));
        }
    }
    assert_int_equal(af_live(), live1);
    ctrend_batch_opts_free(bo);
    assert_int_equal(af_live(), live0);
    return injected;
}

static void test_batch(void **state)
{
    (void)state;
    assert_int_equal(ctrend_frame_new(&batch_frame), CTREND_OK);
    for (size_t k = 0; k < 3; ++k) {
        size_t idx = 0;
        char metric[8];
        snprintf(metric, sizeof metric, "m%zu", k);
        assert_int_equal(ctrend_frame_add_series(batch_frame, "G", "", metric, &idx), CTREND_OK);
        for (int32_t t = 0; t < 36; ++t) {
            const double v = k == 2 ? 0.0 : model_y[t] * (double)(k + 1);
            assert_int_equal(ctrend_frame_set(batch_frame, idx, 2020 * 12 + t, v), CTREND_OK);
        }
    }
    assert_int_equal(ctrend_design_new(2020 * 12, 36, &batch_design), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(batch_design), CTREND_OK);
    sweep(run_batch_scenario, "batch fit_models + fit (3 series, 1 thread)");
    ctrend_design_free(batch_design);
    ctrend_frame_free(batch_frame);
}

/* ---- issue 18 #12: allocation failure never changes a result --------------------------
 * breaks (profile + bootstrap) and forecast (simulation): under every single and every
 * persistent failure the call returns CTREND_ENOMEM with *out untouched, or CTREND_OK with
 * results bit-identical to the run without failures (0.1: breaks returned OK with another
 * break month or LR in 610 of 3 618 points, and ESINGULAR under persistent failure). */
#define BK_N 24 /* the first 24 months of model_y: 13 candidates, 1 + 2 profiles */
typedef struct bk_result {
    int32_t month;
    double s[6];          /* LR, p, ll0, ll1, index, ncand */
    double profile[BK_N];
} bk_result;
static bk_result bk_ref;
static ctrend_design *bk_design;
static ctrend_model_opts *bk_opts; /* min segment 6, 2 bootstrap series, seed 77 */
static int bk_family;

static int bk_collect(const ctrend_breaks *b, bk_result *r)
{
    memset(r, 0, sizeof *r);
    if (ctrend_breaks_month(b, &r->month)) return -1;
    static const int keys[6] = {CTREND_BS_LR, CTREND_BS_PVALUE, CTREND_BS_LOGLIK0,
                                CTREND_BS_LOGLIK1, CTREND_BS_INDEX, CTREND_BS_NCAND};
    for (int k = 0; k < 6; ++k)
        if (ctrend_breaks_scalar(b, keys[k], &r->s[k])) return -1;
    return ctrend_breaks_profile(b, r->profile, BK_N, NULL);
}

static size_t run_breaks_scenario(size_t n, int persistent)
{
    const long live0 = af_live();
    ctrend_breaks *const sent = (ctrend_breaks *)&snap_before;
    ctrend_breaks *b = sent;
    af_arm(n, persistent);
    const int rc = ctrend_breaks_fit(bk_opts, bk_family, bk_design, model_y, BK_N, CTREND_BREAK_LEVEL,
                                     &b, NULL);
    const size_t injected = af_failures();
    af_arm(0, 0);
    if (rc == CTREND_ENOMEM) {
        assert_true(b == sent || b == NULL); /* model.h: *out is NULL or untouched */
    } else {
        if (rc != CTREND_OK) print_error("breaks at failure %zu (%s): %s\n", n,
                                         persistent ? "persistent" : "one-shot", ctrend_status_name(rc));
        assert_int_equal(rc, CTREND_OK);
        bk_result got;
        assert_int_equal(bk_collect(b, &got), CTREND_OK);
        if (memcmp(&got, &bk_ref, sizeof got))
            print_error("breaks at failure %zu: month %d LR %.17g vs %d %.17g\n", n, got.month,
                        got.s[0], bk_ref.month, bk_ref.s[0]);
        assert_memory_equal(&got, &bk_ref, sizeof got);
        ctrend_breaks_free(b);
    }
    assert_int_equal(af_live(), live0);
    return injected;
}

static void test_breaks_results(void **state)
{
    (void)state;
    assert_int_equal(ctrend_design_new(2020 * 12, BK_N, &bk_design), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(bk_design), CTREND_OK);
    assert_int_equal(ctrend_model_opts_new(&bk_opts), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(bk_opts, CTREND_OPT_MIN_SEGMENT, (int64_t)(6)), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(bk_opts, CTREND_OPT_N_BOOT, (int64_t)(2)), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(bk_opts, CTREND_OPT_SEED, (int64_t)(77)), CTREND_OK);
    static const char *const names[3] = {"breaks poisson (bit-identical)", "breaks quasipoisson (bit-identical)",
                                         "breaks negbin (bit-identical)"};
    for (int f = 0; f < 3; ++f) {
        bk_family = f;
        ctrend_breaks *b = NULL;
        assert_int_equal(ctrend_breaks_fit(bk_opts, f, bk_design, model_y, BK_N, CTREND_BREAK_LEVEL, &b, NULL),
                         CTREND_OK);
        assert_int_equal(bk_collect(b, &bk_ref), CTREND_OK);
        ctrend_breaks_free(b);
        sweep(run_breaks_scenario, names[f]);
    }
    ctrend_model_opts_free(bk_opts);
    ctrend_design_free(bk_design);
}

/* forecast: every vector and every sample bit-identical, or ENOMEM with *out untouched */
static double fc_ref[6 * 40 + 6 * 4];
static ctrend_model *fc_model;

static int fc_collect(const ctrend_forecast *fc, double *v)
{
    int rc = ctrend_forecast_samples(fc, v, 6 * 40, NULL);
    for (int w = 0; !rc && w < 4; ++w) rc = ctrend_forecast_vector(fc, w, v + 6 * 40 + 6 * w, 6, NULL);
    return rc;
}

static size_t run_forecast_scenario(size_t n, int persistent)
{
    const long live0 = af_live();
    ctrend_forecast *const sent = (ctrend_forecast *)&snap_before;
    ctrend_forecast *fc = sent;
    af_arm(n, persistent);
    const int rc = ctrend_forecast_new(fc_model, 6, 40, 20221, &fc, NULL);
    const size_t injected = af_failures();
    af_arm(0, 0);
    if (rc == CTREND_ENOMEM) {
        assert_true(fc == sent || fc == NULL);
    } else {
        assert_int_equal(rc, CTREND_OK);
        static double got[6 * 40 + 6 * 4];
        assert_int_equal(fc_collect(fc, got), CTREND_OK);
        assert_memory_equal(got, fc_ref, sizeof got);
        ctrend_forecast_free(fc);
    }
    assert_int_equal(af_live(), live0);
    return injected;
}

static void test_forecast_results(void **state)
{
    (void)state;
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(2020 * 12, 36, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    static const char *const names[3] = {"forecast poisson (bit-identical)", "forecast quasipoisson (bit-identical)",
                                         "forecast negbin (bit-identical)"};
    for (int f = 0; f < 3; ++f) {
        assert_int_equal(ctrend_model_fit(NULL, f, d, model_y, 36, &fc_model, NULL), CTREND_OK);
        ctrend_forecast *fc = NULL;
        assert_int_equal(ctrend_forecast_new(fc_model, 6, 40, 20221, &fc, NULL), CTREND_OK);
        assert_int_equal(fc_collect(fc, fc_ref), CTREND_OK);
        ctrend_forecast_free(fc);
        sweep(run_forecast_scenario, names[f]);
        ctrend_model_free(fc_model);
    }
    ctrend_design_free(d);
}

/* ---------------------------------------------------------------- backtest */

/* A rolling-origin evaluation (issue 18 item 3): ctrend_backtest_new, a baseline and a
 * Poisson model with predictive samples, scored. At every injection point each call either
 * succeeds or returns CTREND_ENOMEM leaving the handle as it was (no model added); when every
 * call succeeded, every score is bit-identical to the run without failures. */
enum { BT_MODELS = 2 };
static double bt_ref[BT_MODELS * CTREND_BT_METRIC_COUNT];
static ctrend_design *bt_design;

static int bt_build(ctrend_backtest **out)
{
    ctrend_backtest *bt = NULL;
    int rc = ctrend_backtest_new(model_y, 36, 24, 3, 3, 50, 20221, &bt);
    if (rc) return rc;
    *out = bt;
    rc = ctrend_backtest_add_baseline(bt, CTREND_BASELINE_LAST, 0, NULL, NULL);
    if (rc) {
        assert_int_equal(ctrend_backtest_n_models(bt), 0);
        return rc;
    }
    rc = ctrend_backtest_add_model(bt, "poisson", bt_design, CTREND_FAMILY_POISSON, NULL, NULL);
    if (rc) assert_int_equal(ctrend_backtest_n_models(bt), 1); /* the failed model not added */
    return rc;
}

static void bt_collect(const ctrend_backtest *bt, double *v)
{
    assert_int_equal(ctrend_backtest_n_models(bt), BT_MODELS);
    for (size_t i = 0; i < BT_MODELS; ++i)
        for (int w = 0; w < CTREND_BT_METRIC_COUNT; ++w)
            assert_int_equal(ctrend_backtest_score(bt, i, w, &v[i * CTREND_BT_METRIC_COUNT + (size_t)w]),
                             CTREND_OK);
}

static size_t run_backtest_scenario(size_t n, int persistent)
{
    const long live0 = af_live();
    ctrend_backtest *bt = NULL;
    af_arm(n, persistent);
    const int rc = bt_build(&bt);
    const size_t injected = af_failures();
    af_arm(0, 0);
    if (rc == CTREND_ENOMEM) {
        ctrend_backtest_free(bt);
    } else {
        assert_int_equal(rc, CTREND_OK);
        static double got[BT_MODELS * CTREND_BT_METRIC_COUNT];
        bt_collect(bt, got);
        assert_memory_equal(got, bt_ref, sizeof got);
        ctrend_backtest_free(bt);
    }
    assert_int_equal(af_live(), live0);
    return injected;
}

static void test_backtest_results(void **state)
{
    (void)state;
    assert_int_equal(ctrend_design_new(2020 * 12, 36, &bt_design), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(bt_design), CTREND_OK);
    ctrend_backtest *bt = NULL;
    assert_int_equal(bt_build(&bt), CTREND_OK);
    bt_collect(bt, bt_ref);
    ctrend_backtest_free(bt);
    sweep(run_backtest_scenario, "backtest baseline + poisson model (bit-identical)");
    ctrend_design_free(bt_design);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wrapper_counts),
        cmocka_unit_test(test_frame_building),
        cmocka_unit_test(test_reader),
        cmocka_unit_test(test_models),
        cmocka_unit_test(test_claims),
        cmocka_unit_test(test_batch),
        cmocka_unit_test(test_design_rollback),
        cmocka_unit_test(test_breaks_results),
        cmocka_unit_test(test_forecast_results),
        cmocka_unit_test(test_backtest_results),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
