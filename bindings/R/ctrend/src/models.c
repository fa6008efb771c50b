/* models.c — .Call glue for designs, model fits and forecasts (design.h, model.h, forecast.h)
 * and the exact tests (exact.h). Each part compiles only when the umbrella header provides
 * the module; otherwise its entry points raise CTREND_EUNSUPPORTED. */
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>
#include "ctr.h"

#define UNSUPPORTED(what) ctr_fail(CTREND_EUNSUPPORTED, "libctrend was built without " what, NULL)

static SEXP list_get(SEXP list, const char *name)
{
    SEXP names = Rf_getAttrib(list, R_NamesSymbol);
    for (R_xlen_t i = 0; i < XLENGTH(list); ++i)
        if (strcmp(CHAR(STRING_ELT(names, i)), name) == 0) return VECTOR_ELT(list, i);
    return R_NilValue;
}

/*
 * ctr_long_run: a long C call that R's interrupt can stop (issue 18). The call runs on a
 * pthread (every signal blocked there, and in the library's threads, which inherit the
 * mask: SIGINT must reach R's handler on this thread) while R's main thread waits in 20 ms
 * slices and polls R_CheckUserInterrupt (only the main thread may touch R). An interrupt
 * long-jumps out of the wait; R_UnwindProtect's clean-up then sets the call's cancel flag
 * (cancel: ctrend_batch_opts_cancel or ctrend_model_opts_cancel, which the C code polls
 * per series, candidate fit, block of simulations or origin), joins the thread, frees what
 * the call owns (release) and lets R raise its interrupt condition. Progress (show): a line
 * on stderr (REprintf) every ~0.5 s. Without a thread the call runs here, uninterruptible.
 */
typedef struct ctr_long {
    void (*work)(void *arg);                               /* on the worker thread */
    void (*cancel)(void *arg);                             /* set the C cancel flag */
    void (*release)(void *arg);                            /* after an interrupt: free all */
    void (*progress)(void *arg, size_t *done, size_t *total); /* may be NULL */
    void *arg;
    const char *what, *unit;
    int show, started;
    pthread_t tid;
    atomic_int finished;
} ctr_long;

static void *ctr_long_thread(void *p)
{
    ctr_long *L = p;
    L->work(L->arg);
    atomic_store(&L->finished, 1);
    return NULL;
}

static SEXP ctr_long_wait(void *p)
{
    ctr_long *L = p;
    int ticks = 0, shown = 0;
    while (!atomic_load(&L->finished)) {
        const struct timespec ts = {0, 20000000L};
        nanosleep(&ts, NULL);
        R_CheckUserInterrupt(); /* may long-jump: ctr_long_clean runs */
        if (L->show && L->progress && ++ticks % 25 == 0) {
            size_t done = 0, total = 0;
            L->progress(L->arg, &done, &total);
            REprintf("\r%s: %zu/%zu %s", L->what, done, total, L->unit);
            shown = 1;
        }
    }
    if (shown) REprintf("\r%40s\r", "");
    return R_NilValue;
}

static void ctr_long_clean(void *p, Rboolean jump)
{
    ctr_long *L = p;
    if (jump) L->cancel(L->arg);
    if (L->started) pthread_join(L->tid, NULL);
    L->started = 0;
    if (jump) L->release(L->arg); /* R continues the unwind: nothing of this call survives */
}

static void ctr_long_run(ctr_long *L)
{
    atomic_init(&L->finished, 0);
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    const int made = pthread_create(&L->tid, NULL, ctr_long_thread, L) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (!made) { /* no thread: run here (not interruptible) */
        L->work(L->arg);
        return;
    }
    L->started = 1;
    SEXP cont = PROTECT(R_MakeUnwindCont());
    R_UnwindProtect(ctr_long_wait, L, ctr_long_clean, L, cont);
    UNPROTECT(1);
}

#if defined(CTREND_MODEL_H)
/* cancel/progress of a ctrend_model_opts held as the first member of a call's struct */
static void mopts_cancel(void *arg) { ctrend_model_opts_cancel(*(ctrend_model_opts **)arg); }
static void mopts_progress(void *arg, size_t *done, size_t *total)
{
    ctrend_model_opts_progress(*(ctrend_model_opts **)arg, done, total);
}
#endif

#if defined(CTREND_MODEL_H) && defined(CTREND_FORECAST_H)
static void model_finalizer(SEXP x)
{
    ctrend_model_free(R_ExternalPtrAddr(x));
    R_ClearExternalPtr(x);
}

/* Build the design described by `spec` (see R/models.R: ct_design_spec_) into *out.
 * Returns a status; `where` names the failing term. The caller frees *out. */
static int build_design(SEXP spec, int32_t start, size_t n, ctrend_design **out, const char **where)
{
    ctrend_design *d = NULL;
    int rc = ctrend_design_new(start, n, &d);
    *where = "design";
    if (rc != CTREND_OK) return rc;
#define STEP(expr, what) do { if (rc == CTREND_OK) { rc = (expr); if (rc != CTREND_OK) *where = (what); } } while (0)
    STEP(ctrend_design_set_intercept(d, Rf_asLogical(list_get(spec, "intercept")) == TRUE), "intercept");
    if (Rf_asLogical(list_get(spec, "trend")) == TRUE) STEP(ctrend_design_add_trend(d), "trend");
    const int k = Rf_asInteger(list_get(spec, "fourier"));
    if (k != NA_INTEGER && k > 0) STEP(ctrend_design_add_fourier(d, (size_t)k), "fourier");
    if (Rf_asLogical(list_get(spec, "month_dummies")) == TRUE)
        STEP(ctrend_design_add_month_dummies(d), "month_dummies");
    SEXP steps = list_get(spec, "steps"), step_names = list_get(spec, "step_names");
    for (R_xlen_t i = 0; i < XLENGTH(steps); ++i)
        STEP(ctrend_design_add_step(d, INTEGER(steps)[i], CHAR(STRING_ELT(step_names, i))), "step");
    SEXP slopes = list_get(spec, "slopes"), slope_names = list_get(spec, "slope_names");
    for (R_xlen_t i = 0; i < XLENGTH(slopes); ++i)
        STEP(ctrend_design_add_slope_change(d, INTEGER(slopes)[i], CHAR(STRING_ELT(slope_names, i))), "slope");
    SEXP cov = list_get(spec, "covariates");
    if (cov != R_NilValue) {
        SEXP cn = Rf_getAttrib(cov, R_NamesSymbol);
        for (R_xlen_t i = 0; i < XLENGTH(cov); ++i)
            STEP(ctrend_design_add_column(d, CHAR(STRING_ELT(cn, i)), REAL(VECTOR_ELT(cov, i)),
                                          (size_t)XLENGTH(VECTOR_ELT(cov, i))), "covariates");
    }
    SEXP fut = list_get(spec, "future_covariates");
    if (fut != R_NilValue) {
        SEXP fn = Rf_getAttrib(fut, R_NamesSymbol);
        for (R_xlen_t i = 0; i < XLENGTH(fut); ++i)
            STEP(ctrend_design_set_future_column(d, CHAR(STRING_ELT(fn, i)), REAL(VECTOR_ELT(fut, i)),
                                                 (size_t)XLENGTH(VECTOR_ELT(fut, i))), "future_covariates");
    }
    if (Rf_asLogical(list_get(spec, "offset_days")) == TRUE)
        STEP(ctrend_design_set_offset_days(d, 1), "offset_days");
    SEXP off = list_get(spec, "offset");
    if (off != R_NilValue) STEP(ctrend_design_set_offset(d, REAL(off), (size_t)XLENGTH(off)), "offset");
    SEXP foff = list_get(spec, "future_offset");
    if (foff != R_NilValue)
        STEP(ctrend_design_set_future_offset(d, REAL(foff), (size_t)XLENGTH(foff)), "future_offset");
#undef STEP
    if (rc != CTREND_OK) {
        ctrend_design_free(d);
        return rc;
    }
    *out = d;
    return CTREND_OK;
}

/* One option value from R (a double): int keys (MAXIT, HALVE_ON_RISE, BATCH_LANES) go through
 * ctrend_model_opts_set_int and must be whole numbers, the others through _set_double. */
static int set_option(ctrend_model_opts *o, int key, double v)
{
    if (key == CTREND_OPT_MAXIT || key == CTREND_OPT_HALVE_ON_RISE)
        return v == floor(v) && fabs(v) < 1e15 ? ctrend_model_opts_set_int(o, key, (int64_t)v)
                                               : CTREND_EINVAL;
    return ctrend_model_opts_set_double(o, key, v);
}

SEXP C_model_fit(SEXP y, SEXP start, SEXP family, SEXP spec, SEXP opt_keys, SEXP opt_values)
{
    SEXP yd = PROTECT(Rf_coerceVector(y, REALSXP));
    const size_t n = (size_t)XLENGTH(yd);
    ctrend_design *d = NULL;
    ctrend_model_opts *o = NULL;
    ctrend_model *m = NULL;
    const char *where = "fit";
    int rc = build_design(spec, ctr_int(start, "start"), n, &d, &where);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, where);
    rc = ctrend_model_opts_new(&o);
    for (R_xlen_t i = 0; i < XLENGTH(opt_keys) && rc == CTREND_OK; ++i) {
        rc = set_option(o, INTEGER(opt_keys)[i], REAL(opt_values)[i]);
        where = "options";
    }
    ctrend_error err;
    ctrend_error_clear(&err);
    if (rc == CTREND_OK) {
        where = "fit";
        rc = ctrend_model_fit(o, ctr_int(family, "family"), d, REAL(yd), n, &m, &err);
    }
    ctrend_design_free(d);
    if (rc != CTREND_OK) {
        char msg[1024];
        snprintf(msg, sizeof msg, "%s", err.message);
        ctrend_model_opts_free(o);
        ctr_fail(rc, msg, where);
    }
    ctrend_model_opts_free(o);
    UNPROTECT(1);
    return ctr_wrap(m, "ctrend_model", "ctrend_model_ptr", model_finalizer);
}

SEXP C_model_names(SEXP mp)
{
    const ctrend_model *m = ctr_handle(mp, "ctrend_model");
    const size_t p = ctrend_model_ncoef(m);
    SEXP out = PROTECT(Rf_allocVector(STRSXP, (R_xlen_t)p));
    for (size_t j = 0; j < p; ++j) { /* j < p: cannot fail */
        const char *nm = "";
        (void)ctrend_model_coef_name(m, j, &nm);
        SET_STRING_ELT(out, (R_xlen_t)j, Rf_mkCharCE(nm, CE_UTF8));
    }
    UNPROTECT(1);
    return out;
}

SEXP C_model_vector(SEXP mp, SEXP which)
{
    const ctrend_model *m = ctr_handle(mp, "ctrend_model");
    const int w = ctr_int(which, "which");
    size_t need = 0;
    CTR_CHECK(ctrend_model_vector(m, w, NULL, 0, &need), "model vector");
    SEXP out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)need));
    CTR_CHECK(ctrend_model_vector(m, w, REAL(out), need, &need), "model vector");
    UNPROTECT(1);
    return out;
}

SEXP C_model_scalar(SEXP mp, SEXP which)
{
    const ctrend_model *m = ctr_handle(mp, "ctrend_model");
    double v = NAN;
    const int rc = ctrend_model_scalar(m, ctr_int(which, "which"), &v);
    if (rc == CTREND_ENOTFOUND || rc == CTREND_EUNSUPPORTED) return Rf_ScalarReal(NA_REAL);
    CTR_CHECK(rc, "model scalar");
    return Rf_ScalarReal(v);
}

SEXP C_model_family(SEXP mp)
{
    int fam = 0;
    CTR_CHECK(ctrend_model_family(ctr_handle(mp, "ctrend_model"), &fam), "family");
    return Rf_ScalarInteger(fam);
}

/* list(X (rows x p, column-major), offset (rows)): design rows first..first+rows-1 of the
 * model's design (rows >= nrow are the future: trend continues, covariates carried forward).
 * The R caller validates first and rows (R/models.R: ct_design_rows_). */
SEXP C_model_matrix(SEXP mp, SEXP first_, SEXP rows_)
{
    const ctrend_model *m = ctr_handle(mp, "ctrend_model");
    const ctrend_design *d = ctrend_model_design(m);
    const size_t first = ctr_size(first_, "first"), rows = ctr_size(rows_, "rows");
    const size_t p = ctrend_design_ncol(d);
    if (rows == 0 || p == 0 || rows > (size_t)INT_MAX / p) Rf_error("ctrend: rows must be in 1..%d", INT_MAX / (int)(p ? p : 1));
    double *buf = (double *)R_alloc(rows * p, sizeof(double));
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2));
    SEXP x = Rf_allocMatrix(REALSXP, (int)rows, (int)p);
    SET_VECTOR_ELT(out, 0, x);
    SEXP off = Rf_allocVector(REALSXP, (R_xlen_t)rows);
    SET_VECTOR_ELT(out, 1, off);
    CTR_CHECK(ctrend_design_matrix(d, first, rows, buf, rows * p, REAL(off), rows, NULL),
              "model.matrix");
    for (size_t i = 0; i < rows; ++i)
        for (size_t j = 0; j < p; ++j) REAL(x)[j * rows + i] = buf[i * p + j];
    UNPROTECT(1);
    return out;
}

/* A forecast on the worker thread (ctr_long_run). */
typedef struct rforecast {
    ctrend_model_opts *o; /* first: mopts_cancel */
    const ctrend_model *m;
    size_t h, ns;
    uint64_t seed;
    ctrend_forecast *f;
    int rc;
} rforecast;

static void rforecast_work(void *arg)
{
    rforecast *w = arg;
    w->rc = ctrend_forecast_new_v2(w->o, w->m, w->h, w->ns, w->seed, &w->f, NULL);
}

static void rforecast_release(void *arg)
{
    rforecast *w = arg;
    ctrend_forecast_free(w->f);
    ctrend_model_opts_free(w->o);
    w->f = NULL;
    w->o = NULL;
}

/* list(month, mean, se_link, mean_lo, mean_hi, plugin_lo, plugin_hi, pred_lo, pred_hi) */
SEXP C_forecast(SEXP mp, SEXP h_, SEXP n_sims_, SEXP seed_, SEXP level_)
{
    const ctrend_model *m = ctr_handle(mp, "ctrend_model");
    const size_t h = ctr_size(h_, "h"), ns = ctr_size(n_sims_, "n_sims");
    const double level = ctr_dbl(level_, "level");
    const double seed = ctr_dbl(seed_, "seed");
    if (!(seed >= 0) || seed > 9007199254740992.0) Rf_error("ctrend: seed must be in 0..2^53");
    rforecast w = {NULL, m, h, ns, (uint64_t)seed, NULL, CTREND_OK};
    CTR_CHECK(ctrend_model_opts_new(&w.o), "forecast");
    ctr_long L = {.work = rforecast_work, .cancel = mopts_cancel, .release = rforecast_release,
                  .progress = mopts_progress,
                  .arg = &w, .what = "ct_forecast", .unit = "simulations", .show = 0};
    ctr_long_run(&L);
    ctrend_model_opts_free(w.o);
    ctrend_forecast *f = w.f;
    CTR_CHECK(w.rc, "forecast");
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 9));
    SEXP months = Rf_allocVector(INTSXP, (R_xlen_t)h);
    SET_VECTOR_ELT(out, 0, months);
    for (size_t i = 0; i < h; ++i) {
        int32_t mon = 0;
        ctrend_forecast_month(f, i, &mon);
        INTEGER(months)[i] = (int)mon;
    }
    for (int k = 1; k < 9; ++k) {
        SEXP v = Rf_allocVector(REALSXP, (R_xlen_t)h);
        SET_VECTOR_ELT(out, k, v);
        for (size_t i = 0; i < h; ++i) REAL(v)[i] = NA_REAL;
    }
    int rc = ctrend_forecast_vector(f, CTREND_FV_MEAN, REAL(VECTOR_ELT(out, 1)), h, NULL);
    if (rc == CTREND_OK) rc = ctrend_forecast_vector(f, CTREND_FV_SE_LINK, REAL(VECTOR_ELT(out, 2)), h, NULL);
    if (rc == CTREND_OK)
        rc = ctrend_forecast_interval(f, CTREND_FI_MEAN, level, REAL(VECTOR_ELT(out, 3)), REAL(VECTOR_ELT(out, 4)), h, NULL);
    if (rc == CTREND_OK)
        rc = ctrend_forecast_interval(f, CTREND_FI_PLUGIN, level, REAL(VECTOR_ELT(out, 5)), REAL(VECTOR_ELT(out, 6)), h, NULL);
    if (rc == CTREND_OK && ns > 0)
        rc = ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, level, REAL(VECTOR_ELT(out, 7)),
                                      REAL(VECTOR_ELT(out, 8)), h, NULL);
    ctrend_forecast_free(f);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, "forecast");
    UNPROTECT(1);
    return out;
}
#else
SEXP C_model_fit(SEXP y, SEXP start, SEXP family, SEXP spec, SEXP opt_keys, SEXP opt_values)
{
    (void)y; (void)start; (void)family; (void)spec; (void)opt_keys; (void)opt_values; (void)list_get;
    UNSUPPORTED("models (model.h, forecast.h)");
    return R_NilValue;
}
SEXP C_model_names(SEXP mp) { (void)mp; UNSUPPORTED("model.h"); return R_NilValue; }
SEXP C_model_vector(SEXP mp, SEXP which) { (void)mp; (void)which; UNSUPPORTED("model.h"); return R_NilValue; }
SEXP C_model_scalar(SEXP mp, SEXP which) { (void)mp; (void)which; UNSUPPORTED("model.h"); return R_NilValue; }
SEXP C_model_family(SEXP mp) { (void)mp; UNSUPPORTED("model.h"); return R_NilValue; }
SEXP C_model_matrix(SEXP mp, SEXP first_, SEXP rows_) { (void)mp; (void)first_; (void)rows_; UNSUPPORTED("model.h"); return R_NilValue; }
SEXP C_forecast(SEXP mp, SEXP h_, SEXP n_sims_, SEXP seed_, SEXP level_)
{
    (void)mp; (void)h_; (void)n_sims_; (void)seed_; (void)level_;
    UNSUPPORTED("forecast.h");
    return R_NilValue;
}
#endif

/* Exact tests: R/models.R calls the generated wrappers (src/api_generated.c) directly. */

#if defined(CTREND_MODEL_H) && defined(CTREND_FORECAST_H)
/* A break search on the worker thread (ctr_long_run). */
typedef struct rbreaks {
    ctrend_model_opts *o; /* first: mopts_cancel */
    ctrend_design *d;
    int family, kind, rc;
    const double *y;
    size_t n;
    ctrend_breaks *b;
} rbreaks;

static void rbreaks_work(void *arg)
{
    rbreaks *w = arg;
    w->rc = ctrend_breaks_fit(w->o, w->family, w->d, w->y, w->n, w->kind, &w->b, NULL);
}

static void rbreaks_release(void *arg)
{
    rbreaks *w = arg;
    ctrend_breaks_free(w->b);
    ctrend_model_opts_free(w->o);
    ctrend_design_free(w->d);
    w->b = NULL;
    w->o = NULL;
    w->d = NULL;
}

/* list(month, scalars c(lr, p, loglik0, loglik1, index, ncand), profile) */
SEXP C_breaks(SEXP y, SEXP start, SEXP family, SEXP spec, SEXP kind, SEXP min_segment, SEXP n_boot, SEXP seed)
{
    SEXP yd = PROTECT(Rf_coerceVector(y, REALSXP));
    const size_t n = (size_t)XLENGTH(yd);
    ctrend_design *d = NULL;
    ctrend_breaks *b = NULL;
    const char *where = "breaks";
    const double sd = ctr_dbl(seed, "seed");
    if (!(sd >= 0) || sd > 9007199254740992.0) Rf_error("ctrend: seed must be in 0..2^53");
    /* every argument converted (a conversion may raise an R error) before anything is allocated */
    const int fam = ctr_int(family, "family"), knd = ctr_int(kind, "kind");
    const size_t mseg = ctr_size(min_segment, "min_segment"), nboot = ctr_size(n_boot, "n_boot");
    int rc = build_design(spec, ctr_int(start, "start"), n, &d, &where);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, where);
    ctrend_model_opts *o = NULL;
    rc = ctrend_model_opts_new(&o);
    if (rc == CTREND_OK) rc = ctrend_model_opts_set_int(o, CTREND_OPT_MIN_SEGMENT, (int64_t)mseg);
    if (rc == CTREND_OK) rc = ctrend_model_opts_set_int(o, CTREND_OPT_N_BOOT, (int64_t)nboot);
    if (rc == CTREND_OK) rc = ctrend_model_opts_set_int(o, CTREND_OPT_SEED, (int64_t)sd);
    if (rc == CTREND_OK) {
        rbreaks w = {o, d, fam, knd, CTREND_OK, REAL(yd), n, NULL};
        ctr_long L = {.work = rbreaks_work, .cancel = mopts_cancel, .release = rbreaks_release,
                  .progress = mopts_progress,
                  .arg = &w, .what = "ct_breaks", .unit = "fits", .show = 0};
        ctr_long_run(&L);
        rc = w.rc;
        b = w.b;
    }
    ctrend_design_free(d);
    if (rc != CTREND_OK) {
        char msg[1024];
        snprintf(msg, sizeof msg, "%s", o ? ctrend_model_opts_errmsg(o) : "");
        ctrend_model_opts_free(o);
        ctr_fail(rc, msg, "breaks");
    }
    ctrend_model_opts_free(o);
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 3));
    int32_t bm = 0;
    rc = ctrend_breaks_month(b, &bm);
    SET_VECTOR_ELT(out, 0, Rf_ScalarInteger((int)bm));
    SEXP sc = Rf_allocVector(REALSXP, 6);
    SET_VECTOR_ELT(out, 1, sc);
    for (int k = 0; k < 6 && rc == CTREND_OK; ++k) rc = ctrend_breaks_scalar(b, k, REAL(sc) + k);
    SEXP prof = Rf_allocVector(REALSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 2, prof);
    if (rc == CTREND_OK) rc = ctrend_breaks_profile(b, REAL(prof), n, NULL);
    ctrend_breaks_free(b);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, "breaks");
    UNPROTECT(2);
    return out;
}
#else
SEXP C_breaks(SEXP y, SEXP start, SEXP family, SEXP spec, SEXP kind, SEXP min_segment, SEXP n_boot, SEXP seed)
{
    (void)y; (void)start; (void)family; (void)spec; (void)kind; (void)min_segment; (void)n_boot; (void)seed;
    UNSUPPORTED("model.h");
    return R_NilValue;
}
#endif

#if defined(CTREND_BACKTEST_H) && defined(CTREND_BASELINE_H) && defined(CTREND_MODEL_H)
/* list(point, samples (h x n_samples matrix or NULL)) */
SEXP C_baseline_forecast(SEXP kind, SEXP x, SEXP k, SEXP h, SEXP n_samples, SEXP seed)
{
    SEXP xd = PROTECT(Rf_coerceVector(x, REALSXP));
    const size_t hh = ctr_size(h, "h"), ns = ctr_size(n_samples, "n_samples");
    const double sd = ctr_dbl(seed, "seed");
    if (!(sd >= 0) || sd > 9007199254740992.0) Rf_error("ctrend: seed must be in 0..2^53");
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2));
    SEXP point = Rf_allocVector(REALSXP, (R_xlen_t)hh);
    SET_VECTOR_ELT(out, 0, point);
    double *rows = ns ? (double *)R_alloc(hh * ns, sizeof(double)) : NULL;
    ctrend_baseline_opts *o = NULL;
    const int kd = ctr_int(kind, "kind");
    const size_t kk = ctr_size(k, "k");
    int rc = ctrend_baseline_opts_new(&o);
    if (rc == CTREND_OK) rc = ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_KIND, kd);
    if (rc == CTREND_OK && (kk || kd == CTREND_BASELINE_MEAN))
        rc = ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_K, (int64_t)kk);
    if (rc == CTREND_OK) rc = ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_N_SAMPLES, (int64_t)ns);
    if (rc == CTREND_OK) rc = ctrend_baseline_opts_set_int(o, CTREND_BASELINE_OPT_SEED, (int64_t)sd);
    if (rc == CTREND_OK)
        rc = ctrend_baseline_forecast(o, REAL(xd), (size_t)XLENGTH(xd), hh, REAL(point), hh, rows, hh * ns, NULL);
    ctrend_baseline_opts_free(o);
    CTR_CHECK(rc, "baseline");
    if (ns) {
        SEXP m = Rf_allocMatrix(REALSXP, (int)hh, (int)ns);
        SET_VECTOR_ELT(out, 1, m);
        for (size_t i = 0; i < hh; ++i)
            for (size_t j = 0; j < ns; ++j) REAL(m)[j * hh + i] = rows[i * ns + j];
    }
    UNPROTECT(2);
    return out;
}

/* One ctrend_backtest_add_model on the worker thread (ctr_long_run). */
typedef struct rbtmodel {
    ctrend_model_opts *o; /* first: mopts_cancel */
    ctrend_backtest *bt;
    const char *name;
    ctrend_design *d;
    int family, rc;
    ctrend_error *err;
} rbtmodel;

static void rbtmodel_work(void *arg)
{
    rbtmodel *w = arg;
    w->rc = ctrend_backtest_add_model(w->bt, w->name, w->d, w->family, w->o, w->err);
}

static void rbtmodel_release(void *arg)
{
    rbtmodel *w = arg;
    ctrend_model_opts_free(w->o);
    ctrend_design_free(w->d);
    ctrend_backtest_free(w->bt);
    w->o = NULL;
    w->d = NULL;
    w->bt = NULL;
}

/* One ctrend_backtest_add_baseline_v2 on the worker thread (ctr_long_run). */
typedef struct rbtbase {
    ctrend_model_opts *o; /* first: mopts_cancel */
    ctrend_backtest *bt;
    int kind;
    size_t k;
    const char *name;
    int rc;
    ctrend_error *err;
} rbtbase;

static void rbtbase_work(void *arg)
{
    rbtbase *w = arg;
    w->rc = ctrend_backtest_add_baseline_v2(w->bt, w->kind, w->k, w->name, w->o, w->err);
}

static void rbtbase_release(void *arg)
{
    rbtbase *w = arg;
    ctrend_model_opts_free(w->o);
    ctrend_backtest_free(w->bt);
    w->o = NULL;
    w->bt = NULL;
}

/* list(names (ranked), scores matrix n_models x 8) */
SEXP C_backtest(SEXP y, SEXP start, SEXP args, SEXP base_kinds, SEXP base_ks, SEXP model_names,
                SEXP model_specs, SEXP model_families, SEXP rank_metric)
{
    SEXP yd = PROTECT(Rf_coerceVector(y, REALSXP));
    SEXP a = PROTECT(Rf_coerceVector(args, REALSXP)); /* initial, h, step, n_samples, seed, window */
    const size_t n = (size_t)XLENGTH(yd);
    if (XLENGTH(a) != 6) Rf_error("ctrend: backtest needs 6 numeric arguments");
    ctrend_backtest *bt = NULL;
    CTR_CHECK(ctrend_backtest_new(REAL(yd), n, (size_t)REAL(a)[0], (size_t)REAL(a)[1], (size_t)REAL(a)[2],
                                  (size_t)REAL(a)[3], (uint64_t)REAL(a)[4], &bt), "backtest");
    int rc = CTREND_OK;
    const char *where = "backtest";
    ctrend_error err;
    ctrend_error_clear(&err);
    if (REAL(a)[5] > 0) rc = ctrend_backtest_set_window(bt, (size_t)REAL(a)[5]);
    for (R_xlen_t i = 0; i < XLENGTH(base_kinds) && rc == CTREND_OK; ++i) {
        const int k = INTEGER(base_ks)[i];
        char name[32];
        snprintf(name, sizeof name, "%s%d", ctrend_baseline_name(INTEGER(base_kinds)[i]), k);
        ctrend_model_opts *o = NULL;
        rc = ctrend_model_opts_new(&o);
        if (rc == CTREND_OK) { /* the origins on a worker thread: an interrupt cancels them */
            rbtbase w = {o, bt, INTEGER(base_kinds)[i], (size_t)k, k > 0 ? name : NULL, CTREND_OK, &err};
            ctr_long L = {.work = rbtbase_work, .cancel = mopts_cancel, .release = rbtbase_release,
                          .progress = mopts_progress,
                          .arg = &w, .what = "ct_backtest", .unit = "origins", .show = 0};
            ctr_long_run(&L);
            rc = w.rc;
        }
        ctrend_model_opts_free(o);
        where = "baseline";
    }
    const int32_t m0 = ctr_int(start, "start");
    for (R_xlen_t i = 0; i < XLENGTH(model_names) && rc == CTREND_OK; ++i) {
        ctrend_design *d = NULL;
        rc = build_design(VECTOR_ELT(model_specs, i), m0, n, &d, &where);
        ctrend_model_opts *o = NULL;
        if (rc == CTREND_OK) rc = ctrend_model_opts_new(&o);
        if (rc == CTREND_OK) { /* the origins on a worker thread: an interrupt cancels them */
            rbtmodel w = {o, bt, CHAR(STRING_ELT(model_names, i)), d, INTEGER(model_families)[i],
                          CTREND_OK, &err};
            ctr_long L = {.work = rbtmodel_work, .cancel = mopts_cancel, .release = rbtmodel_release,
                  .progress = mopts_progress,
                  .arg = &w, .what = "ct_backtest", .unit = "origins", .show = 0};
            ctr_long_run(&L);
            rc = w.rc;
            where = "model";
        }
        ctrend_model_opts_free(o);
        ctrend_design_free(d);
    }
    size_t nm = 0;
    size_t *order = NULL;
    if (rc == CTREND_OK) {
        nm = ctrend_backtest_n_models(bt);
        order = (size_t *)R_alloc(nm > 0 ? nm : 1, sizeof(size_t));
        rc = ctrend_backtest_rank(bt, ctr_int(rank_metric, "rank_by"), order, nm, &nm);
    }
    if (rc != CTREND_OK) {
        char msg[1024];
        snprintf(msg, sizeof msg, "%s", err.message);
        ctrend_backtest_free(bt);
        ctr_fail(rc, msg, where);
    }
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2));
    SEXP names = Rf_allocVector(STRSXP, (R_xlen_t)nm);
    SET_VECTOR_ELT(out, 0, names);
    SEXP sc = Rf_allocMatrix(REALSXP, (int)nm, CTREND_BT_METRIC_COUNT);
    SET_VECTOR_ELT(out, 1, sc);
    for (size_t r = 0; r < nm && rc == CTREND_OK; ++r) {
        const char *mname = "";
        rc = ctrend_backtest_model_name(bt, order[r], &mname);
        SET_STRING_ELT(names, (R_xlen_t)r, Rf_mkChar(mname));
        for (int m = 0; m < CTREND_BT_METRIC_COUNT && rc == CTREND_OK; ++m)
            rc = ctrend_backtest_score(bt, order[r], m, REAL(sc) + (size_t)m * nm + r);
    }
    ctrend_backtest_free(bt);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, "backtest scores");
    UNPROTECT(3);
    return out;
}
#else
SEXP C_baseline_forecast(SEXP kind, SEXP x, SEXP k, SEXP h, SEXP n_samples, SEXP seed)
{
    (void)kind; (void)x; (void)k; (void)h; (void)n_samples; (void)seed;
    UNSUPPORTED("baseline.h");
    return R_NilValue;
}
SEXP C_backtest(SEXP y, SEXP start, SEXP args, SEXP base_kinds, SEXP base_ks, SEXP model_names,
                SEXP model_specs, SEXP model_families, SEXP rank_metric)
{
    (void)y; (void)start; (void)args; (void)base_kinds; (void)base_ks; (void)model_names;
    (void)model_specs; (void)model_families; (void)rank_metric;
    UNSUPPORTED("backtest.h");
    return R_NilValue;
}
#endif

#if defined(CTREND_BATCH_H) && defined(CTREND_MODEL_H)
/* The batch call on the worker thread (ctr_long_run: an interrupt cancels it between
 * series, ctrend_batch_opts_cancel). Scratch arrays are R_alloc'd (freed by R on any exit). */
typedef struct rbatch {
    ctrend_batch_opts *o;
    const ctrend_frame *f;
    ctrend_design *d;
    int family, rc;
    double *coef, *se, *sc;
    int *status;
} rbatch;

static void rbatch_work(void *arg)
{
    rbatch *b = arg;
    b->rc = ctrend_batch_fit(b->o, b->f, b->family, b->d, b->coef, b->se, b->sc, b->status);
}

static void rbatch_cancel(void *arg) { ctrend_batch_opts_cancel(((rbatch *)arg)->o); }

static void rbatch_progress(void *arg, size_t *done, size_t *total)
{
    ctrend_batch_opts_progress(((rbatch *)arg)->o, done, total);
}

static void rbatch_release(void *arg)
{
    rbatch *b = arg;
    ctrend_batch_opts_free(b->o);
    b->o = NULL;
    ctrend_design_free(b->d);
    b->d = NULL;
}

/* list(colnames, coef (n x p), se (n x p), scalars (n x k), status, messages) — matrices
 * column-major */
SEXP C_batch_fit(SEXP fp, SEXP series, SEXP start, SEXP n_months, SEXP family, SEXP spec,
                 SEXP n_threads, SEXP keys, SEXP progress)
{
    const ctrend_frame *f = ctr_handle(fp, "ctrend_frame");
    SEXP sd = PROTECT(Rf_coerceVector(series, REALSXP));
    SEXP kd = PROTECT(Rf_coerceVector(keys, INTSXP));
    const size_t ns = (size_t)XLENGTH(sd), nk = (size_t)XLENGTH(kd);
    size_t *idx = (size_t *)R_alloc(ns > 0 ? ns : 1, sizeof(size_t));
    for (size_t i = 0; i < ns; ++i) {
        if (!(REAL(sd)[i] >= 0)) Rf_error("ctrend: bad series index");
        idx[i] = (size_t)REAL(sd)[i];
    }
    const int fam = ctr_int(family, "family");
    const size_t threads = ctr_size(n_threads, "n_threads");
    const int show = Rf_asLogical(progress) == TRUE;
    ctrend_design *d = NULL;
    const char *where = "batch_fit";
    int rc = build_design(spec, ctr_int(start, "start"), ctr_size(n_months, "n_months"), &d, &where);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, where);
    const size_t p = ctrend_design_ncol(d);
    rbatch b;
    memset(&b, 0, sizeof b);
    b.f = f;
    b.d = d;
    b.family = fam;
    b.coef = (double *)R_alloc(ns * p + 1, sizeof(double));
    b.se = (double *)R_alloc(ns * p + 1, sizeof(double));
    b.sc = (double *)R_alloc(ns * nk + 1, sizeof(double));
    b.status = (int *)R_alloc(ns + 1, sizeof(int));
    rc = ctrend_batch_opts_new(&b.o);
    if (rc == CTREND_OK) rc = ctrend_batch_opts_set_series(b.o, idx, ns);
    if (rc == CTREND_OK) rc = ctrend_batch_opts_set_int(b.o, CTREND_BATCH_THREADS, (int64_t)threads);
    if (rc == CTREND_OK) rc = ctrend_batch_opts_set_int(b.o, CTREND_BATCH_ERRORS, 1);
    if (rc == CTREND_OK) rc = ctrend_batch_opts_set_keys(b.o, INTEGER(kd), nk);
    if (rc == CTREND_OK) {
        ctr_long L = {.work = rbatch_work, .cancel = rbatch_cancel, .release = rbatch_release,
                  .progress = rbatch_progress,
                  .arg = &b, .what = "ct_batch_fit", .unit = "series", .show = show};
        ctr_long_run(&L);
        rc = b.rc;
    }
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 6));
    SEXP cn = Rf_allocVector(STRSXP, (R_xlen_t)p);
    SET_VECTOR_ELT(out, 0, cn);
    for (size_t j = 0; j < p; ++j) { /* j < p: cannot fail */
        const char *nm = "";
        (void)ctrend_design_col_name(d, j, &nm);
        SET_STRING_ELT(cn, (R_xlen_t)j, Rf_mkChar(nm));
    }
    ctrend_design_free(d);
    if (rc != CTREND_OK) {
        ctrend_batch_opts_free(b.o);
        ctr_fail(rc, NULL, "batch_fit");
    }
    SEXP mc = Rf_allocMatrix(REALSXP, (int)ns, (int)p);
    SET_VECTOR_ELT(out, 1, mc);
    SEXP ms = Rf_allocMatrix(REALSXP, (int)ns, (int)p);
    SET_VECTOR_ELT(out, 2, ms);
    SEXP mk = Rf_allocMatrix(REALSXP, (int)ns, (int)nk);
    SET_VECTOR_ELT(out, 3, mk);
    SEXP st = Rf_allocVector(INTSXP, (R_xlen_t)ns);
    SET_VECTOR_ELT(out, 4, st);
    SEXP msg = Rf_allocVector(STRSXP, (R_xlen_t)ns);
    SET_VECTOR_ELT(out, 5, msg);
    for (size_t i = 0; i < ns; ++i) {
        const double *cf = b.coef, *sv = b.se, *sc = b.sc;
        for (size_t j = 0; j < p; ++j) {
            REAL(mc)[j * ns + i] = isnan(cf[i * p + j]) ? NA_REAL : cf[i * p + j];
            REAL(ms)[j * ns + i] = isnan(sv[i * p + j]) ? NA_REAL : sv[i * p + j];
        }
        for (size_t k = 0; k < nk; ++k) REAL(mk)[k * ns + i] = isnan(sc[i * nk + k]) ? NA_REAL : sc[i * nk + k];
        INTEGER(st)[i] = b.status[i];
        ctrend_error e;
        SET_STRING_ELT(msg, (R_xlen_t)i,
                       Rf_mkCharCE(ctrend_batch_opts_error(b.o, i, &e) == CTREND_OK ? e.message : "", CE_UTF8));
    }
    ctrend_batch_opts_free(b.o);
    UNPROTECT(3);
    return out;
}
#else
SEXP C_batch_fit(SEXP fp, SEXP series, SEXP start, SEXP n_months, SEXP family, SEXP spec,
                 SEXP n_threads, SEXP keys, SEXP progress)
{
    (void)fp; (void)series; (void)start; (void)n_months; (void)family; (void)spec; (void)n_threads; (void)keys;
    (void)progress;
    UNSUPPORTED("batch.h");
    return R_NilValue;
}
#endif
