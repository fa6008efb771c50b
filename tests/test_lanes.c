/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_lanes.c — the lane path of ctrend_batch_fit (Poisson series sharing one design, four
 * per SIMD vector; lib/models/irls_lanes.c):
 *   1. against R: the reference series of tests/data/ref (R 4.2.2 glm, epsilon 1e-12) placed
 *      in every lane of two blocks (6 series: a full block and a partial one) give R's
 *      coefficients, SEs, deviance, null deviance, AIC, logLik, Pearson X2 and dispersion to
 *      1e-9 relative, and R's iteration count;
 *   2. against the serial path (CTREND_BATCH_LANES = 0, i.e. ctrend_model_fit per
 *      series) on a mixed synthetic panel — missing months, all-zero, separated, negative,
 *      huge and tiny counts — the same status for every series, the same iterations, and
 *      values equal to rounding;
 *   3. bit-identical results for 1, 2, 3 and 8 threads;
 *   4. ctrend_batch_fit_models_v2 (full models from the lane path, lib/models/lanes_model.c):
 *      R's values through the model getters in every lane (1); on the mixed panel, with one
 *      design handle per series, three distinct designs and one design of its own, the
 *      serial models' status, message and iterations, every vector and scalar getter equal
 *      to 1e-10 relative, and bit-identical models for 1 and 3 threads.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include "batch_util.h"
#include "ref_util.h"
#include "ref_models.h"
#include <ctrend.h>
#include <ctrend/batch.h>

#include "../lib/models/fit_lanes.h"
#include "getters.h"

#define NCOPIES 6

static const int KEYS[] = {CTREND_MS_DEVIANCE,   CTREND_MS_NULL_DEVIANCE, CTREND_MS_AIC,
                           CTREND_MS_LOGLIK,     CTREND_MS_PEARSON_CHI2,  CTREND_MS_DISPERSION,
                           CTREND_MS_ITERATIONS, CTREND_MS_DF_RESIDUAL,   CTREND_MS_BIC,
                           CTREND_MS_NOBS};
#define NK (sizeof KEYS / sizeof KEYS[0])

/* Every series of the reference frame is the same counts y (ctx). */
static double copy_count(void *ctx, size_t s, size_t t)
{
    (void)s;
    return ((const double *)ctx)[t];
}

/* The kernel on the design of plan (grouped) and on its ordinary form (d.groups = NULL),
 * counts y in every lane of a refilled call of 6 series, AVX2 (when the CPU has it) and
 * generic instances: every series ok in all four, the same iteration counts, coefficients,
 * SEs and deviances equal to rounding (1e-11 relative); *maxrel: the largest coefficient
 * difference seen. */
static void grouped_vs_ordinary(const ctrend__lanes_plan *plan, const double *y, double *maxrel)
{
    const size_t n = plan->d.n, p = plan->d.p;
    ctrend__lanes_design ord = plan->d;
    ord.groups = NULL;
    const double *ys[6] = {y, y, y, y, y, y};
    double *scr = malloc(ctrend__lanes_block_scratch(plan) * sizeof *scr);
    double(*cf)[6][16] = malloc(4 * sizeof *cf), (*se)[6][16] = malloc(4 * sizeof *se);
    double *mu = malloc(4 * 6 * n * sizeof *mu);
    ctrend__lanes_out r[4][6];
    assert_true(scr && cf && se && mu);
    for (size_t k = 0; k < 4; ++k) {
        for (size_t s = 0; s < 6; ++s)
            r[k][s] = (ctrend__lanes_out){cf[k][s], se[k][s], mu + (k * 6 + s) * n, 0, 0, 0,
                                          NULL, NULL, INFINITY};
        const ctrend__lanes_design *dd = k % 2 ? &ord : &plan->d;
        if (k < 2)
            ctrend__irls_lanes_poisson(dd, ys, 6, scr, r[k]);
        else
            ctrend__irls_lanes_poisson_generic(dd, ys, 6, scr, r[k]);
    }
    for (size_t k = 1; k < 4; ++k)
        for (size_t s = 0; s < 6; ++s) {
            assert_int_equal(r[0][s].ok, 1);
            assert_int_equal(r[k][s].ok, 1);
            assert_int_equal(r[k][s].iterations, r[0][s].iterations);
            assert_close(r[k][s].deviance, r[0][s].deviance, 1e-11, 0);
            for (size_t j = 0; j < p; ++j) {
                assert_close(cf[k][s][j], cf[0][s][j], 1e-11, 1e-14);
                assert_close(se[k][s][j], se[0][s][j], 1e-11, 0);
                *maxrel = fmax(*maxrel, fabs(cf[k][s][j] - cf[0][s][j]) / fabs(cf[0][s][j]));
            }
            /* fitted means back in design row order */
            for (size_t i = 0; i < n; ++i)
                assert_close(r[k][s].mu[i], r[0][s].mu[i], 1e-11, 0);
        }
    free(scr);
    free(cf);
    free(se);
    free(mu);
}

static void test_reference_every_lane(void **state)
{
    (void)state;
    double maxrel = 0.0, maxgo = 0.0;
    for (size_t c = 0; c < REF_NCASES; ++c) {
        const refcase *rc = &REF_CASES[c];
        double y[1000];
        size_t n;
        ctrend_design *d = ref_design(rc, y, &n, 1);
        char path[256];
        snprintf(path, sizeof path, REF_DIR "%s/models_R.json", rc->dataset);
        char *js = ctrend_test_slurp(path, NULL);
        assert_non_null(js);
        ctrend_model_opts *o = tight_opts();
        /* the lane path must apply to this design (else this test would test nothing), on
         * its grouped form (trend varying, 12 months x the step's 2 levels or 12 months:
         * the R comparison below is then one of the grouped path) */
        ctrend__lanes_plan plan;
        assert_int_equal(ctrend__lanes_plan_init(&plan, CTREND_FAMILY_POISSON, d, o, KEYS, NK), 1);
        assert_non_null(plan.d.groups);
        assert_int_equal(plan.d.groups->n_groups, rc->step ? 24 : 12);
        grouped_vs_ordinary(&plan, y, &maxgo);
        {
            /* every lane of a block is done on the lane path, by both ISA paths alike */
            const double *ys[4] = {y, y, y, y};
            double *scr = malloc(ctrend__lanes_block_scratch(&plan) * sizeof *scr);
            double cb[4][16], sb[4][16], cg[4][16], sg[4][16], mub[4][1000], mug[4][1000];
            ctrend__lanes_out rb[4], rg[4];
            int done[4];
            assert_non_null(scr);
            ctrend__lanes_fit_block(&plan, ys, 4, NULL, 0, scr, &cb[0][0], NULL, NULL, done);
            for (size_t l = 0; l < 4; ++l) assert_int_equal(done[l], 1);
            for (size_t l = 0; l < 4; ++l) {
                rb[l] = (ctrend__lanes_out){cb[l], sb[l], mub[l], 0, 0, 0, NULL, NULL};
                rg[l] = (ctrend__lanes_out){cg[l], sg[l], mug[l], 0, 0, 0, NULL, NULL};
            }
            ctrend__irls_lanes_poisson(&plan.d, ys, 3, scr, rb);
            ctrend__irls_lanes_poisson_generic(&plan.d, ys, 3, scr, rg);
            for (size_t l = 0; l < 3; ++l) {
                assert_int_equal(rb[l].ok, 1);
                assert_int_equal(rg[l].ok, 1);
                assert_int_equal(rb[l].iterations, rg[l].iterations);
                for (size_t j = 0; j < ctrend_design_ncol(d); ++j) {
                    assert_close(rg[l].coef[j], rb[l].coef[j], 1e-11, 1e-13);
                    assert_close(rg[l].se[j], rb[l].se[j], 1e-11, 0);
                }
            }
            free(scr);
        }
        ctrend__lanes_plan_fini(&plan);

        ctrend_frame *f = tb_frame(
            &(tb_frame_spec){NCOPIES, "c", 0, "", "y", tg_design_start(d), n, copy_count, y});
        const size_t p = ctrend_design_ncol(d);
        double coef[NCOPIES * 16], se[NCOPIES * 16], sc[NCOPIES * NK];
        int st[NCOPIES];
        assert_int_equal(tb_fit(f, NULL, NCOPIES, CTREND_FAMILY_POISSON, d, o, 2, coef,
                                          se, KEYS, NK, sc, st),
                         CTREND_OK);
        ctrend_model *m = NULL; /* for the coefficient names only */
        assert_int_equal(ctrend_model_fit(o, CTREND_FAMILY_POISSON, d, y, n, &m, NULL), CTREND_OK);
        static const char *const rkey[NK] = {"deviance", "null_deviance", "aic", "loglik",
                                             "pearson_chi2", "dispersion_pearson", "iterations",
                                             "df_residual", NULL, NULL};
        for (size_t s = 0; s < NCOPIES; ++s) {
            assert_int_equal(st[s], CTREND_OK);
            for (size_t j = 0; j < p; ++j) {
                const char *nm = tg_model_coef_name(m, j);
                const double b = REF_JSON(js, "models", rc->id, "poisson", "coef", nm, "est");
                const double e = REF_JSON(js, "models", rc->id, "poisson", "coef", nm, "se");
                assert_close(coef[s * p + j], b, 1e-9, 0);
                assert_close(se[s * p + j], e, 1e-9, 0);
                maxrel = fmax(maxrel, fabs(coef[s * p + j] - b) / fabs(b));
            }
            for (size_t k = 0; k < NK; ++k) {
                if (!rkey[k]) continue;
                const double want = REF_JSON(js, "models", rc->id, "poisson", rkey[k]);
                assert_close(sc[s * NK + k], want, KEYS[k] == CTREND_MS_ITERATIONS ? 0 : 1e-9, 0);
            }
            /* BIC = AIC - 2k + log(n) k (R's BIC()), nobs = n */
            assert_close(sc[s * NK + 8], sc[s * NK + 2] - 2.0 * (double)p + log((double)n) * (double)p,
                         1e-12, 0);
            assert_close(sc[s * NK + 9], (double)n, 0, 0);
        }
        {
            /* the same through full models (ctrend_batch_fit_models_v2) and their getters */
            ctrend_model *mods[NCOPIES];
            int mst[NCOPIES];
            ctrend_batch_opts *bo = tb_opts(NULL, NCOPIES, o, 2, NULL, 0, &st[0]);
            assert_non_null(bo);
            const ctrend_design *dd[1] = {d};
            assert_int_equal(ctrend_batch_fit_models_v2(bo, f, CTREND_FAMILY_POISSON, dd, 1, mods,
                                                        mst),
                             CTREND_OK);
            ctrend_batch_opts_free(bo);
            static const int mkey[] = {CTREND_MS_DEVIANCE,     CTREND_MS_NULL_DEVIANCE,
                                       CTREND_MS_AIC,          CTREND_MS_LOGLIK,
                                       CTREND_MS_PEARSON_CHI2, CTREND_MS_DISPERSION,
                                       CTREND_MS_ITERATIONS,   CTREND_MS_DF_RESIDUAL};
            for (size_t s = 0; s < NCOPIES; ++s) {
                assert_int_equal(mst[s], CTREND_OK);
                double b[16], e[16];
                assert_int_equal(ctrend_model_vector(mods[s], CTREND_MV_COEF, b, 16, NULL), CTREND_OK);
                assert_int_equal(ctrend_model_vector(mods[s], CTREND_MV_SE, e, 16, NULL), CTREND_OK);
                for (size_t j = 0; j < p; ++j) {
                    const char *nm = tg_model_coef_name(mods[s], j);
                    assert_close(b[j], REF_JSON(js, "models", rc->id, "poisson", "coef", nm, "est"),
                                 1e-9, 0);
                    assert_close(e[j], REF_JSON(js, "models", rc->id, "poisson", "coef", nm, "se"),
                                 1e-9, 0);
                }
                for (size_t k = 0; k < sizeof mkey / sizeof mkey[0]; ++k) {
                    double v;
                    assert_int_equal(ctrend_model_scalar(mods[s], mkey[k], &v), CTREND_OK);
                    assert_close(v, REF_JSON(js, "models", rc->id, "poisson", rkey[k]),
                                 mkey[k] == CTREND_MS_ITERATIONS ? 0 : 1e-9, 0);
                }
                ctrend_model_free(mods[s]);
            }
        }
        ctrend_model_free(m);
        ctrend_frame_free(f);
        ctrend_model_opts_free(o);
        ctrend_design_free(d);
        free(js);
    }
    print_message("lane path (%s): max relative coefficient difference to R %.2e; grouped vs "
                  "ordinary kernel %.2e\n", ctrend__lanes_path(), maxrel, maxgo);
}

/* ---- lane path vs serial path on a mixed panel ---- */

#define NS 203
#define NM 120
#define START (2010 * 12)

/* The mixed panel: per series a level from ~0.05 (mostly zeros) to ~1e6, drawn before its
 * first month, then overdispersed noise around a trend, a season and a step at month 60
 * (not a real sampler: only the shape matters); s % 29 picks the special series. */
typedef struct mixed_gen {
    uint64_t seed;
    double level;
} mixed_gen;

static double mixed_count(void *ctx, size_t s, size_t t)
{
    mixed_gen *g = ctx;
    if (t == 0) g->level = exp(-3.0 + 17.0 * (double)(tb_lcg(&g->seed) % 1000) / 1000.0);
    const double mu =
        g->level * exp(0.004 * (double)t + 0.4 * sin((double)t * 0.5236) + (t >= 60 ? -0.3 : 0.0));
    double v = floor(mu * (0.3 + 1.4 * (double)(tb_lcg(&g->seed) % 1000) / 1000.0));
    switch (s % 29) {
    case 3: v = 0.0; break; /* EALLZERO */
    case 7:
        if (t >= 60) v = 0.0;
        break; /* ESEPARATION (step) */
    case 11:
        if (t == 5 || t == 77) v = NAN;
        break; /* missing months */
    case 13:
        if (t == 40) v = -1.0;
        break; /* EDOMAIN */
    case 17:
        if (t < 118) v = NAN;
        break;                                  /* ESHORT */
    case 19: v = (t == 100) ? 1.0 : 0.0; break; /* one event: fitted means ~0 */
    default: break;
    }
    return v;
}

static ctrend_frame *mixed_frame(void)
{
    mixed_gen g = {7, 0.0}; /* keys g000..g202/r/attacks */
    return tb_frame(&(tb_frame_spec){NS, "g", 3, "r", "attacks", START, NM, mixed_count, &g});
}

/* The fixture of the lane tests: the mixed panel and a design of trend + 2 Fourier pairs +
 * a level step at month 60 (p = 7). */
static int setup(void **state)
{
    return tb_setup(state, mixed_frame(), tb_design(START, NM, 2, START + 60));
}

typedef struct run_out {
    double coef[NS * 7], se[NS * 7], sc[NS * NK];
    int st[NS];
} run_out;

static void run(const ctrend_frame *f, const ctrend_design *d, int lanes, size_t threads,
                run_out *r)
{
    ctrend_model_opts *o = NULL;
    assert_int_equal(ctrend_model_opts_new(&o), CTREND_OK);
    assert_int_equal(tb_fit_lanes(lanes, f, NULL, NS, CTREND_FAMILY_POISSON, d, o, threads, r->coef,
                                      r->se, KEYS, NK, r->sc, r->st),
                     CTREND_OK);
    ctrend_model_opts_free(o);
}

static void test_lanes_equal_serial(void **state)
{
    const tb_fixture *x = *state;
    const ctrend_frame *f = x->f;
    const ctrend_design *d = x->d;
    run_out *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    run(f, d, 1, 1, a);
    run(f, d, 0, 1, b);
    size_t n_ok = 0;
    double worst = 0.0;
    for (size_t s = 0; s < NS; ++s) {
        assert_int_equal(a->st[s], b->st[s]);
        if (a->st[s] != CTREND_OK) {
            assert_true(isnan(a->coef[s * 7]));
            continue;
        }
        ++n_ok;
        for (size_t j = 0; j < 7; ++j) {
            const double x = a->coef[s * 7 + j], y = b->coef[s * 7 + j];
            assert_true(fabs(x - y) <= 1e-11 * fabs(y) + 1e-13);
            assert_close(a->se[s * 7 + j], b->se[s * 7 + j], 1e-10, 0);
            worst = fmax(worst, fabs(x - y) / (fabs(y) + 1e-300));
        }
        for (size_t k = 0; k < NK; ++k) {
            if (KEYS[k] == CTREND_MS_ITERATIONS || KEYS[k] == CTREND_MS_DF_RESIDUAL ||
                KEYS[k] == CTREND_MS_NOBS)
                assert_close(a->sc[s * NK + k], b->sc[s * NK + k], 0, 0);
            else
                assert_close(a->sc[s * NK + k], b->sc[s * NK + k], 1e-10, 1e-9);
        }
    }
    /* the panel must exercise both: many lane fits and every error kind */
    assert_true(n_ok > NS / 2);
    int seen[64] = {0};
    for (size_t s = 0; s < NS; ++s)
        if (a->st[s] >= 0 && a->st[s] < 64) seen[a->st[s]] = 1;
    assert_true(seen[CTREND_EALLZERO] && seen[CTREND_ESEPARATION] && seen[CTREND_EDOMAIN] &&
                seen[CTREND_ESHORT]);
    print_message("%zu of %d series fitted; worst relative coefficient difference lanes vs "
                  "serial %.2e\n", n_ok, NS, worst);
    free(a);
    free(b);
}

static void test_lanes_threads_bit_identical(void **state)
{
    const tb_fixture *x = *state;
    const ctrend_frame *f = x->f;
    const ctrend_design *d = x->d;
    run_out *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    run(f, d, 1, 1, a);
    const size_t threads[] = {2, 3, 8};
    for (size_t i = 0; i < 3; ++i) {
        run(f, d, 1, threads[i], b);
        assert_memory_equal(a->coef, b->coef, sizeof a->coef);
        assert_memory_equal(a->se, b->se, sizeof a->se);
        assert_memory_equal(a->sc, b->sc, sizeof a->sc);
        assert_memory_equal(a->st, b->st, sizeof a->st);
    }
    free(a);
    free(b);
}

/* ---- grouped and ordinary designs through the batch (irls_lanes.c, "Grouped designs") ---- */

/* The lane plan's grouping of design d: G (0 = the ordinary path) and the varying column. */
static size_t plan_groups(const ctrend_design *d, size_t *vcol)
{
    ctrend__lanes_plan plan;
    assert_int_equal(ctrend__lanes_plan_init(&plan, CTREND_FAMILY_POISSON, d, NULL, NULL, 0), 1);
    const size_t g = plan.d.groups ? plan.d.groups->n_groups : 0;
    *vcol = plan.d.groups ? plan.d.groups->vcol : SIZE_MAX;
    ctrend__lanes_plan_fini(&plan);
    return g;
}

/* The batch on frame f and design d with lanes (1 thread and 3) and serially: the same
 * status for every series, iterations equal, the 1- and 3-thread lane runs bit-identical,
 * most series fitted, coefficients to 2e-9 relative (each path agrees with R to 1e-9: on
 * the mixed panel's extreme series the ordinary lane path differs from the serial one by
 * up to ~3e-10 on these designs (8e-10 in an -O0 sanitizer build), the grouped path by
 * ~5e-11; 1e-11 holds on the fixture's design, test_lanes_equal_serial), SEs and scalars
 * to 1e-10. Returns the worst relative coefficient difference. */
static double batch_lanes_vs_serial(const ctrend_frame *f, size_t ns, const ctrend_design *d)
{
    double worst = 0.0;
    const size_t p = ctrend_design_ncol(d);
    double *cf = malloc(3 * ns * p * sizeof *cf), *se = malloc(3 * ns * p * sizeof *se);
    double *sc = malloc(3 * ns * NK * sizeof *sc);
    int *st = malloc(3 * ns * sizeof *st);
    assert_true(cf && se && sc && st);
    const int lanes[3] = {1, 1, 0};
    const size_t threads[3] = {1, 3, 1};
    for (size_t k = 0; k < 3; ++k)
        assert_int_equal(tb_fit_lanes(lanes[k], f, NULL, ns, CTREND_FAMILY_POISSON, d, NULL,
                                      threads[k], cf + k * ns * p, se + k * ns * p, KEYS, NK,
                                      sc + k * ns * NK, st + k * ns),
                         CTREND_OK);
    assert_memory_equal(cf, cf + ns * p, ns * p * sizeof *cf);
    assert_memory_equal(se, se + ns * p, ns * p * sizeof *se);
    assert_memory_equal(sc, sc + ns * NK, ns * NK * sizeof *sc);
    size_t n_ok = 0;
    for (size_t s = 0; s < ns; ++s) {
        assert_int_equal(st[s], st[2 * ns + s]);
        if (st[s] != CTREND_OK) continue;
        ++n_ok;
        for (size_t j = 0; j < p; ++j) {
            const double a = cf[s * p + j], b = cf[2 * ns * p + s * p + j];
            assert_close(a, b, 2e-9, 1e-12);
            worst = fmax(worst, fabs(a - b) / (fabs(b) + 1e-300));
            assert_close(se[s * p + j], se[2 * ns * p + s * p + j], 1e-10, 0);
        }
        for (size_t k = 0; k < NK; ++k)
            assert_close(sc[s * NK + k], sc[2 * ns * NK + s * NK + k],
                         KEYS[k] == CTREND_MS_ITERATIONS ? 0 : 1e-10, 1e-9);
    }
    assert_true(n_ok > ns / 2);
    free(cf);
    free(se);
    free(sc);
    free(st);
    return worst;
}

/* Which designs take the grouped path (counted by hand), and the batch on each against
 * the serial fits on the mixed panel:
 *   trend + 2 Fourier pairs + step at month 60 (the fixture): the trend varies, the other
 *     columns take 12 (month) x 2 (step) = 24 tuples -> grouped, G = 24;
 *   trend + 11 month dummies + step: the same 24 tuples -> grouped (p = 14);
 *   trend + 1 Fourier pair + a column of pseudo-random values: whichever column is left
 *     to vary, another one takes a value of its own in every row -> G = n, ordinary;
 *   trend + a slope change at month 60: two varying columns -> ordinary;
 *   intercept + trend: G = 1, but the ordinary pass (T = 5) is cheaper -> ordinary. */
static void test_grouping_designs(void **state)
{
    const tb_fixture *x = *state;
    size_t vcol;
    assert_int_equal(plan_groups(x->d, &vcol), 24);
    assert_int_equal(vcol, 1); /* (Intercept), trend, ... */

    ctrend_design *dm = NULL, *dr = NULL, *ds = NULL, *dt = tb_design(START, NM, 0, TB_NO_STEP);
    assert_int_equal(ctrend_design_new(START, NM, &dm), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(dm), CTREND_OK);
    assert_int_equal(ctrend_design_add_month_dummies(dm), CTREND_OK);
    assert_int_equal(ctrend_design_add_step(dm, START + 60, NULL), CTREND_OK);
    assert_int_equal(ctrend_design_ncol(dm), 14);
    assert_int_equal(plan_groups(dm, &vcol), 24);
    assert_int_equal(vcol, 1);

    double noise[NM];
    uint64_t seed = 99;
    for (size_t t = 0; t < NM; ++t) noise[t] = (double)(tb_lcg(&seed) % 100000) / 1e5 - 0.5;
    assert_int_equal(ctrend_design_new(START, NM, &dr), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(dr), CTREND_OK);
    assert_int_equal(ctrend_design_add_fourier(dr, 1), CTREND_OK);
    assert_int_equal(ctrend_design_add_column(dr, "noise", noise, NM), CTREND_OK);
    assert_int_equal(plan_groups(dr, &vcol), 0);

    assert_int_equal(ctrend_design_new(START, NM, &ds), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(ds), CTREND_OK);
    assert_int_equal(ctrend_design_add_slope_change(ds, START + 60, NULL), CTREND_OK);
    assert_int_equal(plan_groups(ds, &vcol), 0);
    assert_int_equal(plan_groups(dt, &vcol), 0);

    const double wm = batch_lanes_vs_serial(x->f, NS, dm);
    const double wr = batch_lanes_vs_serial(x->f, NS, dr);
    const double ws = batch_lanes_vs_serial(x->f, NS, ds);
    print_message("lanes vs serial, worst relative coefficient difference: month dummies "
                  "(grouped) %.2e, noise column (ordinary) %.2e, slope change (ordinary) %.2e\n",
                  wm, wr, ws);
    ctrend_design_free(dm);
    ctrend_design_free(dr);
    ctrend_design_free(ds);
    ctrend_design_free(dt);
}

/* Long series (1200 months, trend up to 1200: the grouped sums of w t^2 reach ~1e6 times
 * those of w), counts from ~3 to ~3e5 a month, trend + 2 Fourier pairs + a step at month
 * 600: grouped (G = 24), and the batch equal to the serial fits as above. */
#define NL 1200
#define NSL 24
static double long_count(void *ctx, size_t s, size_t t)
{
    uint64_t *seed = ctx;
    const double level = exp(1.0 + 0.5 * (double)s);
    const double mu = level * exp(-0.0008 * (double)t + 0.3 * cos((double)t * 0.5236) +
                                  (t >= 600 ? 0.2 : 0.0));
    return floor(mu * (0.6 + 0.8 * (double)(tb_lcg(seed) % 1000) / 1000.0));
}

static void test_grouping_long_series(void **state)
{
    (void)state;
    uint64_t seed = 5;
    ctrend_frame *f =
        tb_frame(&(tb_frame_spec){NSL, "L", 2, "r", "y", START, NL, long_count, &seed});
    ctrend_design *d = tb_design(START, NL, 2, START + 600);
    size_t vcol;
    assert_int_equal(plan_groups(d, &vcol), 24);
    print_message("1200 months: lanes (grouped) vs serial, worst relative coefficient "
                  "difference %.2e\n", batch_lanes_vs_serial(f, NSL, d));
    ctrend_design_free(d);
    ctrend_frame_free(f);
}

/* ---- full models from the lane path (ctrend_batch_fit_models_v2) ---- */

/* Fit the mixed panel with one design handle per series (ctrend_batch_fit_models v2 = 0 or
 * _v2): most series share tb_design(START, NM, 2, START + 60), every 10th a step two years earlier, every 25th
 * a window starting a year later (NM - 12 months), and series 1 a design of its own (one
 * Fourier pair only: no other series shares it). Error records kept; msg[i] = the message. */
static void run_models(const ctrend_frame *f, int v2, size_t threads, ctrend_model **m, int *st,
                       char (*msg)[160])
{
    ctrend_design **des = malloc(NS * sizeof *des);
    assert_non_null(des);
    for (size_t s = 0; s < NS; ++s) {
        const int32_t start = s % 25 == 0 ? START + 12 : START;
        const size_t n = s % 25 == 0 ? NM - 12 : NM;
        des[s] = NULL;
        assert_int_equal(ctrend_design_new(start, n, &des[s]), CTREND_OK);
        assert_int_equal(ctrend_design_add_trend(des[s]), CTREND_OK);
        assert_int_equal(ctrend_design_add_fourier(des[s], s == 1 ? 1 : 2), CTREND_OK);
        assert_int_equal(ctrend_design_add_step(des[s], START + (s % 10 == 0 ? 36 : 60), NULL),
                         CTREND_OK);
    }
    int rc;
    ctrend_batch_opts *o = tb_opts(NULL, NS, NULL, threads, NULL, 0, &rc);
    assert_non_null(o);
    assert_int_equal(ctrend_batch_opts_set_int(o, CTREND_BATCH_ERRORS, 1), CTREND_OK);
    const ctrend_design *const *dd = (const ctrend_design *const *)des;
    assert_int_equal(v2 ? ctrend_batch_fit_models_v2(o, f, CTREND_FAMILY_POISSON, dd, NS, m, st)
                        : ctrend_batch_fit_models(o, f, CTREND_FAMILY_POISSON, dd, NS, m, st),
                     CTREND_OK);
    size_t done = 0, total = 0;
    assert_int_equal(ctrend_batch_opts_progress(o, &done, &total), CTREND_OK);
    assert_int_equal(done, NS);
    assert_int_equal(total, NS);
    for (size_t s = 0; s < NS; ++s) {
        ctrend_error e;
        assert_int_equal(ctrend_batch_opts_error(o, s, &e), CTREND_OK);
        assert_int_equal(e.code, st[s]);
        memcpy(msg[s], e.message, sizeof msg[s]);
        ctrend_design_free(des[s]);
    }
    ctrend_batch_opts_free(o);
    free(des);
}

/* Every getter of two models of the same series: equal to rtol (integers exactly). Returns
 * 1 when some value differs in its bits (the lane path ran), else 0. */
static int models_close(const ctrend_model *a, const ctrend_model *b, double rtol)
{
    int differs = 0;
    double z[16] = {0}; /* the serial z statistics: a p-value's relative error is ~z^2 times
                           that of its coefficient (d log Q(z) / dz ~ -z), e.g. 1e-9 of a
                           p = 2e-246 at z = 33.5 for coefficients equal to 1e-12 */
    assert_true(ctrend_model_ncoef(b) <= 16);
    assert_int_equal(ctrend_model_vector(b, CTREND_MV_STAT, z, 16, NULL), CTREND_OK);
    assert_int_equal(ctrend_model_ncoef(a), ctrend_model_ncoef(b));
    assert_int_equal(ctrend_model_nrow(a), ctrend_model_nrow(b));
    assert_int_equal(tg_model_family(a), tg_model_family(b));
    assert_int_equal(tg_design_start(ctrend_model_design(a)), tg_design_start(ctrend_model_design(b)));
    for (size_t j = 0; j < ctrend_model_ncoef(a); ++j)
        assert_string_equal(tg_model_coef_name(a, j), tg_model_coef_name(b, j));
    for (int w = CTREND_MV_COEF; w <= CTREND_MV_VCOV; ++w) {
        size_t na = 0, nb = 0;
        assert_int_equal(ctrend_model_vector(a, w, NULL, 0, &na), CTREND_OK);
        assert_int_equal(ctrend_model_vector(b, w, NULL, 0, &nb), CTREND_OK);
        assert_int_equal(na, nb);
        double *va = malloc(na * sizeof *va), *vb = malloc(nb * sizeof *vb);
        assert_non_null(va);
        assert_non_null(vb);
        assert_int_equal(ctrend_model_vector(a, w, va, na, NULL), CTREND_OK);
        assert_int_equal(ctrend_model_vector(b, w, vb, nb, NULL), CTREND_OK);
        /* residuals and the linear predictor can cross zero: an absolute floor relative
         * to the series' scale (1e-10 of the largest |value| of the vector) */
        double scale = 0.0;
        for (size_t k = 0; k < nb; ++k)
            if (isfinite(vb[k])) scale = fmax(scale, fabs(vb[k]));
        for (size_t k = 0; k < na; ++k) {
            if (isnan(vb[k])) {
                assert_true(isnan(va[k]));
                continue;
            }
            const double atol = w >= CTREND_MV_RESID_RESPONSE && w <= CTREND_MV_LINPRED
                                    ? rtol * scale : 0.0;
            const double amp = w == CTREND_MV_PVALUE ? fmax(1.0, z[k] * z[k]) : 1.0;
            if (!(fabs(va[k] - vb[k]) <= amp * rtol * fabs(vb[k]) + atol))
                fail_msg("vector %d [%zu]: %.17g vs serial %.17g", w, k, va[k], vb[k]);
            differs |= memcmp(&va[k], &vb[k], sizeof va[k]) != 0;
        }
        free(va);
        free(vb);
    }
    for (int k = CTREND_MS_NOBS; k <= CTREND_MS_TWOLOGLIK; ++k) {
        double x = NAN, y = NAN;
        const int ra = ctrend_model_scalar(a, k, &x), rb = ctrend_model_scalar(b, k, &y);
        assert_int_equal(ra, rb);
        if (rb != CTREND_OK) continue;
        if (isnan(y)) {
            assert_true(isnan(x));
            continue;
        }
        /* the Cameron-Trivedi p-values: amplified by z^2 as the coefficients' above */
        double amp = 1.0;
        if (k == CTREND_MS_CT_P1 || k == CTREND_MS_CT_P2) {
            double zc = 0.0;
            assert_int_equal(ctrend_model_scalar(b, k - 1, &zc), CTREND_OK);
            amp = fmax(1.0, zc * zc);
        }
        if (!(fabs(x - y) <= amp * rtol * fabs(y)))
            fail_msg("scalar %d: %.17g vs serial %.17g", k, x, y);
    }
    return differs;
}

/* The models, statuses and messages of one run_models call. */
typedef struct models_out {
    ctrend_model *m[NS];
    int st[NS];
    char msg[NS][160];
} models_out;

static void test_models_v2_equal_serial(void **state)
{
    (void)state;
    ctrend_frame *f = mixed_frame();
    models_out *ra = calloc(1, sizeof *ra), *rb = calloc(1, sizeof *rb);
    assert_true(ra && rb);
    ctrend_model **a = ra->m, **b = rb->m;
    const int *sa = ra->st, *sb = rb->st;
    run_models(f, 1, 2, ra->m, ra->st, ra->msg);
    run_models(f, 0, 1, rb->m, rb->st, rb->msg);
    size_t n_ok = 0, n_differ = 0;
    for (size_t s = 0; s < NS; ++s) {
        assert_int_equal(sa[s], sb[s]);
        assert_string_equal(ra->msg[s], rb->msg[s]);
        if (sb[s] != CTREND_OK) {
            assert_null(a[s]);
            continue;
        }
        ++n_ok;
        n_differ += (size_t)models_close(a[s], b[s], 1e-10);
        ctrend_model_free(a[s]);
        ctrend_model_free(b[s]);
    }
    int seen[64] = {0};
    for (size_t s = 0; s < NS; ++s)
        if (sb[s] >= 0 && sb[s] < 64) seen[sb[s]] = 1;
    assert_true(seen[CTREND_EALLZERO] && seen[CTREND_ESEPARATION] && seen[CTREND_EDOMAIN] &&
                seen[CTREND_ESHORT]);
    assert_true(n_ok > NS / 2);
    /* the lane path must have run (its exp and fused multiply-adds change the last bits of
     * nearly every fit): else this test would compare the serial path with itself */
    assert_true(n_differ > n_ok / 2);
    print_message("fit_models_v2: %zu of %d series fitted, %zu on the lane path (values not "
                  "bit-identical to serial)\n", n_ok, NS, n_differ);
    free(ra);
    free(rb);
    ctrend_frame_free(f);
}

static void test_models_v2_threads_bit_identical(void **state)
{
    (void)state;
    ctrend_frame *f = mixed_frame();
    models_out *ra = calloc(1, sizeof *ra), *rb = calloc(1, sizeof *rb);
    assert_true(ra && rb);
    run_models(f, 1, 1, ra->m, ra->st, ra->msg);
    run_models(f, 1, 3, rb->m, rb->st, rb->msg);
    for (size_t s = 0; s < NS; ++s) {
        assert_int_equal(ra->st[s], rb->st[s]);
        if (ra->st[s] != CTREND_OK) continue;
        assert_int_equal(models_close(ra->m[s], rb->m[s], 0.0), 0);
        ctrend_model_free(ra->m[s]);
        ctrend_model_free(rb->m[s]);
    }
    free(ra);
    free(rb);
    ctrend_frame_free(f);
}

/* A cancelled handle: every row CTREND_ECANCELED with no model, lane blocks included. */
static void test_models_v2_cancelled(void **state)
{
    (void)state;
    ctrend_frame *f = mixed_frame();
    ctrend_design *d = tb_design(START, NM, 2, START + 60);
    models_out *r = calloc(1, sizeof *r);
    assert_non_null(r);
    int rc;
    ctrend_batch_opts *o = tb_opts(NULL, NS, NULL, 2, NULL, 0, &rc);
    assert_non_null(o);
    ctrend_batch_opts_cancel(o);
    const ctrend_design *dd[1] = {d};
    assert_int_equal(ctrend_batch_fit_models_v2(o, f, CTREND_FAMILY_POISSON, dd, 1, r->m, r->st),
                     CTREND_ECANCELED);
    size_t done = 0, total = 0;
    assert_int_equal(ctrend_batch_opts_progress(o, &done, &total), CTREND_OK);
    assert_int_equal(done, NS);
    assert_int_equal(total, NS);
    for (size_t s = 0; s < NS; ++s) {
        assert_int_equal(r->st[s], CTREND_ECANCELED);
        assert_null(r->m[s]);
    }
    ctrend_batch_opts_free(o);
    free(r);
    ctrend_design_free(d);
    ctrend_frame_free(f);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference_every_lane),
        cmocka_unit_test_setup_teardown(test_lanes_equal_serial, setup, tb_teardown),
        cmocka_unit_test_setup_teardown(test_lanes_threads_bit_identical, setup, tb_teardown),
        cmocka_unit_test_setup_teardown(test_grouping_designs, setup, tb_teardown),
        cmocka_unit_test(test_grouping_long_series),
        cmocka_unit_test(test_models_v2_equal_serial),
        cmocka_unit_test(test_models_v2_threads_bit_identical),
        cmocka_unit_test(test_models_v2_cancelled),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
