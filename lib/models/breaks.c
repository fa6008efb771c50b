/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * breaks.c — one unknown change point (level, or level and slope) in a count regression,
 * located by profiling the likelihood over candidate months and tested with a parametric
 * bootstrap of the sup-LR statistic.
 *
 * For each candidate month s with both segments at least min_segment months long, the base
 * design plus a step at s (and a slope change at s) is fitted; the break is the argmax of
 * the log-likelihood and LR = 2 (l_break - l_base) (Poisson / NB likelihood; for
 * quasi-Poisson the Poisson LR divided by the base model's dispersion, the scaled deviance
 * difference of anova(test = "F")-type quasi comparisons). The null distribution of sup-LR is
 * not chi-square (Davies 1987, Biometrika 74:33; Andrews 1993, Econometrica 61:821), so its
 * p-value comes from B series simulated from the fitted base model (Poisson, NB at theta_hat,
 * or the quasi-Poisson NB with variance phi*mu), each re-profiled over the same candidates:
 * p = (1 + #{LR*_b >= LR}) / (B' + 1), B' = replicates whose base fit succeeded.
 * This is the likelihood analogue of strucchange's supF test (Andrews 1993) with a bootstrap
 * instead of asymptotic critical values, and of changepoint's single-change "AMOC" search
 * without a penalty.
 *
 * Threads. The replicates' counts are drawn in order from one generator (the draws do not
 * depend on any fit, so the stream is 0.1's), a block of BREAKS_BLOCK replicates at a time;
 * the block's profiles, each a pure function of its counts, then run on the option's
 * threads (ctrend__parallel_for) and are tallied in replicate order: the p-value is the
 * same for any thread count and equal to a serial run's.
 *
 * Cancellation (ctrend_model_opts_cancel): every candidate fit, of the data's profile and of
 * each replicate's, first polls the handle's flag (one relaxed atomic load beside a fit of n
 * rows), so a cancel stops every thread within one fit; the progress counter counts those
 * fits, (1 + B) x candidates in all.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>

#include "ctrend/month.h"
#include "draws_internal.h"
#include "fit_lanes.h"
#include "models_internal.h"

/* Replicates drawn ahead and profiled together (bounds the drawn counts kept at once to
 * BREAKS_BLOCK x n doubles). */
#define BREAKS_BLOCK 256

struct ctrend_breaks {
    size_t n;
    int32_t month;
    double lr, pvalue, ll0, ll1, index, ncand;
    double *profile; /* n */
};

void ctrend_breaks_free(ctrend_breaks *b)
{
    if (!b) return;
    free(b->profile);
    free(b);
}

/* log-likelihood used by the profile: quasi -> Poisson likelihood */
static int fit_ll(struct ctrend_model_opts *o, int family, const ctrend_design *d,
                  const double *y, size_t n, double *ll, double *phi)
{
    ctrend_model *m = NULL;
    const int fam = family == CTREND_FAMILY_QUASIPOISSON ? CTREND_FAMILY_POISSON : family;
    int st = ctrend__model_fit(o, fam, d, y, n, &m);
    if (st) return st;
    *ll = m->loglik;
    if (phi) *phi = m->dispersion;
    ctrend_model_free(m);
    return CTREND_OK;
}

/* sup-LR over candidates; profile (may be NULL) gets LR per row. A candidate whose fit
 * fails for a reason of the data (separation, singular) is skipped; an allocation failure
 * is not a property of the data, so it stops the search: CTREND_ENOMEM; so does a cancel
 * (CTREND_ECANCELED, polled before each fit). */
static int profile_lr(struct ctrend_model_opts *o, int family, ctrend_design *const *cand,
                       size_t lo, size_t hi, const double *y, size_t n, double ll0, double phi,
                       double *profile, double *best_lr, size_t *best_k, double *best_ll)
{
    *best_lr = NAN;
    *best_k = 0;
    *best_ll = NAN;
    for (size_t k = lo; k <= hi; ++k) {
        double ll = NAN;
        double lr = NAN;
        if (ctrend__cancelled(o->ctl)) return CTREND_ECANCELED;
        const int st = fit_ll(o, family, cand[k - lo], y, n, &ll, NULL);
        ctrend__progress_add(o->ctl, 1);
        if (st == CTREND_ENOMEM) return st;
        if (st == CTREND_OK) {
            lr = 2.0 * (ll - ll0);
            if (family == CTREND_FAMILY_QUASIPOISSON) lr /= phi;
        }
        if (profile) profile[k] = lr;
        if (!isnan(lr) && (isnan(*best_lr) || lr > *best_lr)) {
            *best_lr = lr;
            *best_k = k;
            *best_ll = ll;
        }
    }
    return CTREND_OK;
}

/* One bootstrap block: replicate r's counts at ystar + r n; results per replicate. */
typedef struct boot_block {
    const struct ctrend_model_opts *quiet;
    int family;
    const ctrend_design *d;
    ctrend_design *const *cand;
    size_t lo, hi, n;
    const double *ystar;
    double *lr; /* LR* (NaN: the replicate does not count) */
    int *st;    /* CTREND_ENOMEM stops the whole search */
} boot_block;

static void boot_one(const void *ctx, size_t r)
{
    const boot_block *b = ctx;
    struct ctrend_model_opts o = *b->quiet; /* a private message buffer */
    const double *y = b->ystar + r * b->n;
    double ll0s = NAN, phis = NAN, lrs = NAN, lls = NAN;
    size_t ks = 0;
    b->lr[r] = NAN;
    if (ctrend__cancelled(o.ctl)) {
        b->st[r] = CTREND_ECANCELED;
        return;
    }
    int st = fit_ll(&o, b->family, b->d, y, b->n, &ll0s, &phis);
    if (st) { /* a replicate the base model cannot fit: not counted */
        b->st[r] = st == CTREND_ENOMEM ? st : CTREND_OK;
        ctrend__progress_add(o.ctl, b->hi - b->lo + 1); /* its candidates are not fitted */
        return;
    }
    st = profile_lr(&o, b->family, b->cand, b->lo, b->hi, y, b->n, ll0s, phis, NULL, &lrs, &ks, &lls);
    b->st[r] = st;
    if (!st) b->lr[r] = lrs;
}

/* ---- the bootstrap on the lane path ---- */

/* The scalars the lanes return per replicate: the Poisson log-likelihood (every model) and
 * the dispersion (the base model: it scales quasi-Poisson LRs). */
static const int BOOT_KEYS[2] = {CTREND_MS_LOGLIK, CTREND_MS_DISPERSION};

/* A block of nb replicates fitted model by model: model 0 is the base, model 1 + k the
 * candidate lo + k; each model's fits of all nb replicates, a pure function of the counts. */
typedef struct lane_job {
    const struct ctrend_model_opts *quiet;
    const ctrend_design *d;
    ctrend_design *const *cand;
    size_t n, nb;
    const double *ystar; /* nb x n */
    double *ll;          /* (1 + ncand) x nb Poisson log-likelihoods (NaN: the fit failed) */
    double *phi;         /* nb: the base model's dispersion */
    int *st;             /* 1 + ncand: CTREND_ENOMEM or CTREND_ECANCELED stops the search */
} lane_job;

/* Model j of the job on every replicate: CTREND__LANES_BATCH replicates at a time through
 * ctrend__lanes_fit_block (the plan made once for the model); a replicate the lanes do not
 * finish is fitted by fit_ll, so every failure is the serial fit's. */
static void lane_model(const void *ctx, size_t j)
{
    const lane_job *J = ctx;
    struct ctrend_model_opts o = *J->quiet; /* a private message buffer */
    const ctrend_design *d = j ? J->cand[j - 1] : J->d;
    const size_t n = J->n, nb = J->nb;
    const size_t nk = j ? 1 : 2; /* the base's dispersion scales quasi-Poisson LRs */
    double *ll = J->ll + j * nb;
    for (size_t r = 0; r < nb; ++r) ll[r] = NAN;
    ctrend__lanes_plan plan;
    const int lanes = ctrend__lanes_plan_init(&plan, CTREND_FAMILY_POISSON, d, &o, BOOT_KEYS, nk);
    double *scratch = NULL;
    int st = lanes < 0 ? CTREND_ENOMEM : CTREND_OK;
    if (lanes == 1 && !(scratch = ctrend__malloc_n(ctrend__lanes_block_scratch(&plan), 1, sizeof *scratch)))
        st = CTREND_ENOMEM;
    for (size_t r0 = 0; r0 < nb && !st; r0 += CTREND__LANES_BATCH) {
        if (ctrend__cancelled(o.ctl)) {
            st = CTREND_ECANCELED;
            break;
        }
        const size_t m = nb - r0 < CTREND__LANES_BATCH ? nb - r0 : CTREND__LANES_BATCH;
        const double *ys[CTREND__LANES_BATCH];
        double sc[2 * CTREND__LANES_BATCH];
        int done[CTREND__LANES_BATCH] = {0};
        /* m >= 1 (r0 < nb): cppcheck 2.10 wrongly deduces m == 0 for both loops */
        // cppcheck-suppress knownConditionTrueFalse
        for (size_t l = 0; l < m; ++l) ys[l] = J->ystar + (r0 + l) * n;
        if (lanes == 1) ctrend__lanes_fit_block(&plan, ys, m, BOOT_KEYS, nk, scratch, NULL, NULL, sc, done);
        // cppcheck-suppress knownConditionTrueFalse
        for (size_t l = 0; l < m && !st; ++l) {
            double v = NAN, ph = NAN;
            if (done[l]) {
                v = sc[l * nk];
                if (!j) ph = sc[l * nk + 1];
            } else {
                const int fs = fit_ll(&o, CTREND_FAMILY_POISSON, d, ys[l], n, &v, j ? NULL : &ph);
                if (fs == CTREND_ENOMEM) st = fs;
                if (fs) v = ph = NAN;
            }
            ll[r0 + l] = v;
            if (!j) J->phi[r0 + l] = ph;
        }
        if (j) ctrend__progress_add(o.ctl, m);
    }
    free(scratch);
    if (lanes == 1) ctrend__lanes_plan_fini(&plan);
    J->st[j] = st;
}

/* The replicates' sup-LR from the job's log-likelihoods, as boot_one and profile_lr give it:
 * NaN when the base fit failed or no candidate could be fitted (the replicate does not
 * count); the earliest candidate wins a tie. */
static double lane_sup_lr(const lane_job *J, size_t ncand, int family, size_t r)
{
    const double ll0 = J->ll[r];
    if (isnan(ll0)) return NAN;
    double best = NAN;
    for (size_t k = 0; k < ncand; ++k) {
        const double v = J->ll[(1 + k) * J->nb + r];
        if (isnan(v)) continue;
        double lr = 2.0 * (v - ll0);
        if (family == CTREND_FAMILY_QUASIPOISSON) lr /= J->phi[r];
        if (isnan(best) || lr > best) best = lr;
    }
    return best;
}

/* 1 when the bootstrap's fits take the lane path: Poisson likelihoods (Poisson and
 * quasi-Poisson) on a design the lane path takes (ctrend__lanes_plan_init); -1 no memory. */
static int boot_on_lanes(const struct ctrend_model_opts *o, int family, const ctrend_design *d)
{
    if (!o->boot_lanes || (family != CTREND_FAMILY_POISSON && family != CTREND_FAMILY_QUASIPOISSON)) return 0;
    ctrend__lanes_plan plan;
    const int rc = ctrend__lanes_plan_init(&plan, CTREND_FAMILY_POISSON, d, o, BOOT_KEYS, 2);
    if (rc == 1) ctrend__lanes_plan_fini(&plan);
    return rc;
}

static int breaks_fit(struct ctrend_model_opts *o, int family, const ctrend_design *d,
                      const double *y, size_t n, int kind, ctrend_breaks **out);

int ctrend_breaks_fit(ctrend_model_opts *opts, int family, const ctrend_design *d,
                      const double *y, size_t n, int kind, ctrend_breaks **out, ctrend_error *err)
{
    struct ctrend_model_opts defaults;
    ctrend__opts_default(&defaults);
    struct ctrend_model_opts *o = opts ? opts : &defaults;
    const int st = breaks_fit(o, family, d, y, n, kind, out);
    if (st) return ctrend_error_set(err, st, NULL, 0, 0, NULL, o->errmsg);
    ctrend_error_clear(err);
    return CTREND_OK;
}

static int breaks_fit(struct ctrend_model_opts *o, int family, const ctrend_design *d,
                      const double *y, size_t n, int kind, ctrend_breaks **out)
{
    const size_t min_segment = o->min_segment, n_boot = o->n_boot;
    if (out) *out = NULL;
    if (!out || !d || !y) return ctrend__fail(o, CTREND_EINVAL, "NULL argument");
    if (family != CTREND_FAMILY_POISSON && family != CTREND_FAMILY_QUASIPOISSON &&
        family != CTREND_FAMILY_NEGBIN)
        return ctrend__fail(o, CTREND_EINVAL, "break search needs a count family");
    if (kind != CTREND_BREAK_LEVEL && kind != CTREND_BREAK_LEVEL_SLOPE)
        return ctrend__fail(o, CTREND_EINVAL, "unknown break kind %d", kind);
    if (min_segment == 0) return ctrend__fail(o, CTREND_EINVAL, "min_segment must be >= 1");
    if (n != ctrend_design_nrow(d))
        return ctrend__fail(o, CTREND_EINVAL, "%zu counts for a design of %zu months", n,
                            ctrend_design_nrow(d));
    if (min_segment > n / 2) /* (n < 2 min_segment without the wrap of 2 min_segment) */
        return ctrend__fail(o, CTREND_ESHORT, "%zu months: no break leaves two segments of %zu",
                            n, min_segment);
    /* the bootstrap's fits on the lane path (Poisson likelihoods), or one by one */
    const int lanes = n_boot > 0 ? boot_on_lanes(o, family, d) : 0;
    if (lanes < 0) return ctrend__fail(o, CTREND_ENOMEM, "out of memory");
    {
        /* bounded work, checked before the first fit: (1 + n_boot) profiles of ncand fits of
         * n rows each; the profile is O(n^2) per series. The data's profile is fitted one by
         * one, so it alone is held to the serial limit. */
        const double nc = (double)(n - 2 * min_segment + 1);
        const double limit = lanes ? CTREND_BREAKS_MAX_WORK_LANES : CTREND_BREAKS_MAX_WORK;
        const double work = ((double)n_boot + 1.0) * nc * (double)n;
        if (nc * (double)n > CTREND_BREAKS_MAX_WORK)
            return ctrend__fail(o, CTREND_ELIMIT,
                                "%zu months x %.0f candidates = %.3g row fits > %.0e even without a "
                                "bootstrap: use a longer minimum segment or a shorter window",
                                n, nc, nc * (double)n, CTREND_BREAKS_MAX_WORK);
        if (work > limit)
            return ctrend__fail(o, CTREND_ELIMIT,
                                "%zu months x %.0f candidates x %.0f profiles = %.3g row fits > %.0e: "
                                "use at most %.0f bootstrap series, a longer minimum segment or a "
                                "shorter window",
                                n, nc, (double)n_boot + 1.0, work, limit, floor(limit / (nc * (double)n)) - 1.0);
    }

    const size_t nc_fits = n - 2 * min_segment + 1; /* (n_boot + 1) * nc_fits <= 2e7: no wrap */
    ctrend__progress_start(o->ctl, (n_boot + 1) * nc_fits);
    if (ctrend__cancelled(o->ctl)) return ctrend__fail(o, CTREND_ECANCELED, "cancelled");
    /* base model */
    ctrend_model *m0 = NULL;
    int st = ctrend__model_fit(o, family, d, y, n, &m0);
    if (st) return st;
    double ll0 = NAN, phi = NAN;
    if ((st = fit_ll(o, family, d, y, n, &ll0, &phi))) {
        ctrend_model_free(m0);
        return st;
    }

    const size_t lo = min_segment, hi = n - min_segment, ncand = hi - lo + 1;
    ctrend_design **cand = calloc(ncand, sizeof *cand);
    ctrend_breaks *b = calloc(1, sizeof *b);
    gsl_rng *rng = NULL;
    st = CTREND_ENOMEM;
    if (!cand || !b || !(b->profile = ctrend__malloc_n(n, 1, sizeof *b->profile))) goto done;
    const int32_t start = ctrend__design_start(d);
    for (size_t k = lo; k <= hi; ++k) {
        ctrend_design *c = NULL;
        if ((st = ctrend_design_clone(d, &c))) goto done;
        cand[k - lo] = c;
        const int32_t mk = start + (int32_t)k;
        if ((st = ctrend_design_add_step(c, mk, "break_step"))) goto done;
        if (kind == CTREND_BREAK_LEVEL_SLOPE && (st = ctrend_design_add_slope_change(c, mk, "break_slope")))
            goto done;
    }
    for (size_t i = 0; i < n; ++i) b->profile[i] = NAN;
    struct ctrend_model_opts quiet = *o; /* candidate failures must not overwrite o's message */
    size_t best_k = 0;
    if ((st = profile_lr(&quiet, family, cand, lo, hi, y, n, ll0, phi, b->profile, &b->lr, &best_k,
                         &b->ll1)))
        goto done;
    if (isnan(b->lr)) {
        st = ctrend__fail(o, CTREND_ESINGULAR, "no candidate break could be fitted");
        goto done;
    }
    b->n = n;
    b->month = start + (int32_t)best_k;
    b->ll0 = ll0;
    b->index = (double)best_k;
    b->ncand = (double)ncand;
    b->pvalue = NAN;
    if (n_boot > 0) {
        st = CTREND_ENOMEM;
        const size_t block = n_boot < BREAKS_BLOCK ? n_boot : BREAKS_BLOCK;
        double *yb = ctrend__malloc_n(block, n, sizeof *yb);
        double *lrb = ctrend__malloc_n(block, 1, sizeof *lrb);
        int *stb = ctrend__malloc_n(block, 1, sizeof *stb);
        if (!yb || !lrb || !stb || !(rng = ctrend__rng_new(o->seed))) {
            free(yb);
            free(lrb);
            free(stb);
            goto done;
        }
        const boot_block bb = {&quiet, family, d, cand, lo, hi, n, yb, lrb, stb};
        lane_job lj = {&quiet, d, cand, n, block, yb, NULL, NULL, NULL};
        if (lanes && (!(lj.ll = ctrend__malloc_n(ncand + 1, block, sizeof *lj.ll)) ||
                      !(lj.phi = ctrend__malloc_n(block, 1, sizeof *lj.phi)) ||
                      !(lj.st = ctrend__malloc_n(ncand + 1, 1, sizeof *lj.st)))) {
            free(lj.ll);
            free(lj.phi);
            free(yb);
            free(lrb);
            free(stb);
            goto done;
        }
        size_t valid = 0, exceed = 0;
        st = CTREND_OK;
        for (size_t r0 = 0; r0 < n_boot && !st; r0 += block) {
            const size_t nb = n_boot - r0 < block ? n_boot - r0 : block;
            for (size_t r = 0; r < nb && !st; ++r) {
                if (ctrend__cancelled(o->ctl)) st = CTREND_ECANCELED; /* n draws apart */
                for (size_t i = 0; i < n && !st; ++i)
                    yb[r * n + i] = isnan(m0->fitted[i]) ? NAN : m0->meth->draw(m0, rng, m0->fitted[i]);
            }
            if (st) break;
            if (lanes) { /* model by model over the block's replicates */
                lj.nb = nb;
                ctrend__parallel_for(ncand + 1, 1, lane_model, &lj, o->n_threads);
                for (size_t j = 0; j <= ncand; ++j)
                    if (lj.st[j] == CTREND_ENOMEM || (lj.st[j] && !st)) st = lj.st[j];
                for (size_t r = 0; r < nb; ++r) {
                    stb[r] = st;
                    lrb[r] = lane_sup_lr(&lj, ncand, family, r);
                }
            } else {
                ctrend__parallel_for(nb, 1, boot_one, &bb, o->n_threads);
            }
            for (size_t r = 0; r < nb; ++r) {
                if (stb[r]) {
                    st = stb[r];
                    break;
                }
                if (isnan(lrb[r])) continue;
                ++valid;
                if (lrb[r] >= b->lr) ++exceed;
            }
        }
        free(lj.ll);
        free(lj.phi);
        free(lj.st);
        free(yb);
        free(lrb);
        free(stb);
        if (st) goto done;
        b->pvalue = (1.0 + (double)exceed) / ((double)valid + 1.0);
    }
    st = CTREND_OK;
done:
    gsl_rng_free(rng);
    if (cand)
        for (size_t k = 0; k < ncand; ++k) ctrend_design_free(cand[k]);
    free(cand);
    ctrend_model_free(m0);
    if (st) {
        if (st == CTREND_ENOMEM) ctrend__fail(o, st, "out of memory");
        if (st == CTREND_ECANCELED) ctrend__fail(o, st, "cancelled");
        ctrend_breaks_free(b);
    } else {
        *out = b;
    }
    return st;
}

int ctrend_breaks_month(const ctrend_breaks *b, int32_t *month)
{
    if (!b || !month) return CTREND_EINVAL;
    *month = b->month;
    return CTREND_OK;
}

int ctrend_breaks_scalar(const ctrend_breaks *b, int which, double *value)
{
    if (!b || !value) return CTREND_EINVAL;
    switch (which) {
    case CTREND_BS_LR: *value = b->lr; break;
    case CTREND_BS_PVALUE: *value = b->pvalue; break;
    case CTREND_BS_LOGLIK0: *value = b->ll0; break;
    case CTREND_BS_LOGLIK1: *value = b->ll1; break;
    case CTREND_BS_INDEX: *value = b->index; break;
    case CTREND_BS_NCAND: *value = b->ncand; break;
    default: return CTREND_EINVAL;
    }
    return CTREND_OK;
}

int ctrend_breaks_profile(const ctrend_breaks *b, double *out, size_t cap, size_t *needed)
{
    if (!b) return CTREND_EINVAL;
    if (needed) *needed = b->n;
    if (!out) return CTREND_OK;
    if (cap < b->n) return CTREND_ERANGE;
    memcpy(out, b->profile, b->n * sizeof *out);
    return CTREND_OK;
}

void ctrend__breaks_set_lanes(ctrend_model_opts *opts, int on)
{
    if (opts) opts->boot_lanes = on != 0;
}

double ctrend_breaks_max_work(void)
{
    return CTREND_BREAKS_MAX_WORK;
}
