/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cmd_forecast.c — `ctrend forecast FILE... --horizon H`: fit, then H months ahead with
 * prediction intervals for the future COUNT (parameter uncertainty included).
 * Series are taken in slices: the fits run in order (their messages print in order), the
 * forecasts of a slice run on --threads threads (each series has its own generator seeded
 * by --seed, so the table is the same for any thread count), then the rows print in order. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "model_args.h"
#include "parallel.h"

static const char help[] =
    "usage: ctrend forecast [OPTIONS] FILE... [--horizon H]\n\n"
    "Fit the model to each selected series, then forecast H months (default 12) after its\n"
    "window: the mean with its Wald interval, and 80% and 95% prediction intervals for the\n"
    "count itself, from --sims simulations (default 10000) that draw the coefficients from\n"
    "their asymptotic normal and then the count from the Poisson / negative binomial\n"
    "distribution; plug-in 95% interval (Poisson/NB quantiles at the mean, as R's qpois).\n"
    "  --horizon H, --sims N\n"
    "  --threads N        threads for the simulations (default 0 = all CPUs; the output\n"
    "                     does not depend on it)\n"
    "  --level P[,P...]   prediction-interval levels (default 0.8,0.95; at most 4); the Wald\n"
    "                     interval for the mean stays at 95%\n\n";

#define MAX_LEVELS 4

/* "0.8,0.95" into levels[]; returns the count, 0 on a malformed list (printed). */
static size_t parse_levels(const char *s, double *levels)
{
    size_t k = 0;
    const char *p = s;
    while (*p) {
        char *end;
        const double v = strtod(p, &end);
        if (end == p || !(v > 0.0 && v < 1.0) || k == MAX_LEVELS || (*end && *end != ',')) {
            fprintf(stderr, "ctrend forecast: --level takes up to %d levels in (0, 1), e.g. 0.8,0.95; got '%s'\n",
                    MAX_LEVELS, s);
            return 0;
        }
        levels[k++] = v;
        p = *end ? end + 1 : end;
    }
    return k;
}

/* Why ctrend_forecast_new refused series s: a line on stderr that says what to change. */
static void report_refusal(const ctrend_frame *f, size_t s, const ctrend_model *m, int rc,
                           size_t h, size_t sims)
{
    char name[256];
    cli_series_name(f, s, name, sizeof name);
    double nobs = NAN, k = NAN;
    ctrend_model_scalar(m, CTREND_MS_NOBS, &nobs);
    k = (double)ctrend_model_ncoef(m);
    if (rc == CTREND_ESHORT)
        fprintf(stderr, "ctrend forecast: %s: not forecast: %.0f reported month(s) for %.0f "
                "coefficients leave no residual degrees of freedom (the fit interpolates its "
                "data); needs at least %.0f reported months [CTREND_ESHORT]\n", name, nobs, k, k + 1);
    else if (rc == CTREND_ELIMIT && h > ctrend_forecast_max_horizon())
        fprintf(stderr, "ctrend forecast: --horizon %zu is above the limit of %zu months [CTREND_ELIMIT]\n",
                h, ctrend_forecast_max_horizon());
    else if (rc == CTREND_ELIMIT && (double)h * (double)sims > ctrend_forecast_max_draws())
        fprintf(stderr, "ctrend forecast: --horizon %zu x --sims %zu = %.3g simulated counts, above the "
                "limit of %.0e: lower --sims or --horizon [CTREND_ELIMIT]\n", h, sims,
                (double)h * (double)sims, ctrend_forecast_max_draws());
    else if (rc == CTREND_ELIMIT)
        fprintf(stderr, "ctrend forecast: %s: not forecast: a forecast or simulated mean exceeds "
                "2^53 = %.4g, the largest exact count (the trend extrapolated %zu months, with its "
                "uncertainty); lower --horizon or use more data [CTREND_ELIMIT]\n", name,
                ctrend_forecast_max_mean(), h);
    else
        fprintf(stderr, "ctrend forecast: %s: %s [%s]\n", name, ctrend_strerror(rc), ctrend_status_name(rc));
}

/* Series forecast per slice (their models and values are held at once). */
#define FC_SLICE 256

/* One series of a slice: what the fit gave, then what the forecast gave. */
typedef struct fc_item {
    const ctrend_frame *f;
    size_t s;
    double *y;
    ctrend_design *des;
    ctrend_model *m;
    int rc;       /* forecast status */
    int32_t first; /* first forecast month */
    double *v;    /* ncol x h values (row-major by column) */
} fc_item;

typedef struct fc_slice {
    fc_item *it;
    size_t h, sims, ncol, n_levels;
    const double *levels;
    const cli_model *mo;
} fc_slice;

/* Forecast item i and fill its values (run on the slice's threads: writes only item i). */
static void fc_run(void *ctx, size_t i)
{
    const fc_slice *sl = ctx;
    fc_item *it = &sl->it[i];
    const size_t h = sl->h, ncol = sl->ncol;
    ctrend_forecast *fc = NULL;
    it->rc = ctrend_forecast_new(it->m, h, sl->sims, sl->mo->seed, &fc, NULL);
    if (it->rc) return;
    double *v = it->v;
    const size_t nsim_ok = sl->sims > 0 && sl->mo->family != CTREND_FAMILY_GAUSSIAN;
    ctrend_forecast_vector(fc, CTREND_FV_MEAN, v, h, NULL);
    ctrend_forecast_interval(fc, CTREND_FI_MEAN, sl->mo->level, v + h, v + 2 * h, h, NULL);
    /* prediction intervals for the count: simulated (parameter uncertainty included) when
     * possible, else the plug-in quantiles */
    int kind = nsim_ok ? CTREND_FI_PREDICTIVE : CTREND_FI_PLUGIN;
    for (size_t l = 0; l < sl->n_levels; ++l) {
        double *lo = v + (3 + 2 * l) * h, *hi = lo + h;
        if (ctrend_forecast_interval(fc, kind, sl->levels[l], lo, hi, h, NULL)) {
            kind = CTREND_FI_PLUGIN;
            ctrend_forecast_interval(fc, kind, sl->levels[l], lo, hi, h, NULL);
        }
    }
    ctrend_forecast_interval(fc, CTREND_FI_PLUGIN, 0.95, v + (ncol - 2) * h, v + (ncol - 1) * h, h, NULL);
    ctrend_forecast_month(fc, 0, &it->first);
    ctrend_forecast_free(fc);
}

/* Forecast the slice's fitted series on n_threads, then print (or report) them in order. */
static int fc_flush(fc_slice *sl, size_t n_items, size_t n_threads, cli_table *t)
{
    int failures = 0;
    cli_parallel_for(n_items, n_threads, fc_run, sl);
    for (size_t k = 0; k < n_items; ++k) {
        fc_item *it = &sl->it[k];
        if (it->rc) {
            report_refusal(it->f, it->s, it->m, it->rc, sl->h, sl->sims);
            if (it->rc == CTREND_ENOMEM) cli_note_out_of_memory();
            ++failures;
        } else {
            for (size_t i = 0; i < sl->h; ++i) {
                char mon[CTREND_MONTH_STRLEN_V2];
                cli_month_str(it->first + (int32_t)i, mon);
                cli_key_cells(t, it->f, it->s);
                cli_table_text(t, mon);
                for (size_t w = 0; w < sl->ncol; ++w) cli_table_num(t, it->v[w * sl->h + i]);
            }
        }
        ctrend_model_free(it->m);
        ctrend_design_free(it->des);
        free(it->y);
        it->m = NULL;
        it->des = NULL;
        it->y = NULL;
    }
    return failures;
}

/* The command's own options. */
typedef struct fc_args {
    size_t h, sims, n_levels, threads;
    double levels[MAX_LEVELS];
} fc_args;

/* Parse the options into c, mo and a; returns -1 to go on, else the exit status (printed). */
static int fc_parse_args(int argc, char **argv, cli_common *c, cli_model *mo, fc_args *a)
{
    for (int i = 1; i < argc; ++i) {
        const char *o = argv[i];
        if (cli_is_help(o)) return cli_print_help(help, 1);
        if (!strcmp(o, "--level")) {
            if (i + 1 >= argc) { fprintf(stderr, "ctrend forecast: --level needs a value\n"); return CLI_EXIT_USAGE; }
            if (!(a->n_levels = parse_levels(argv[++i], a->levels))) return CLI_EXIT_USAGE;
            continue;
        }
        if (!strcmp(o, "--threads")) {
            if (i + 1 >= argc) { fprintf(stderr, "ctrend forecast: --threads needs a value\n"); return CLI_EXIT_USAGE; }
            ++i;
            if (strcmp(argv[i], "0") && cli_parse_size(o, argv[i], &a->threads)) return CLI_EXIT_USAGE;
            if (!strcmp(argv[i], "0")) a->threads = 0;
            continue;
        }
        if (!strcmp(o, "--horizon") || !strcmp(o, "--sims")) {
            if (i + 1 >= argc) { fprintf(stderr, "ctrend forecast: %s needs a value\n", o); return CLI_EXIT_USAGE; }
            if (cli_parse_size(o, argv[++i], o[2] == 'h' ? &a->h : &a->sims)) return CLI_EXIT_USAGE;
            continue;
        }
        if (cli_other_option("forecast", c, mo, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    return -1;
}

/* The horizon and draw limits of lib/forecast.c, checked before any data is read. */
static int fc_check_limits(const fc_args *a)
{
    if (a->h > ctrend_forecast_max_horizon()) {
        fprintf(stderr, "ctrend forecast: --horizon is at most %zu months, got %zu\n",
                ctrend_forecast_max_horizon(), a->h);
        return CLI_EXIT_USAGE;
    }
    if ((double)a->h * (double)a->sims > ctrend_forecast_max_draws()) {
        fprintf(stderr, "ctrend forecast: --horizon %zu x --sims %zu = %.3g simulated counts is above "
                "the limit of %.0e: lower --sims or --horizon\n", a->h, a->sims,
                (double)a->h * (double)a->sims, ctrend_forecast_max_draws());
        return CLI_EXIT_USAGE;
    }
    return 0;
}

/* The output table: keys, month, mean and its CI, a PI pair per level, the plug-in 95 %. */
static cli_table *fc_table_new(const fc_args *a)
{
    cli_table *t = cli_table_new();
    cli_key_columns(t);
    cli_table_column(t, "month", CLI_COL_TEXT, 0);
    cli_table_column(t, "mean", CLI_COL_NUM, 2);
    cli_table_column(t, "mean_lo", CLI_COL_NUM, 2);
    cli_table_column(t, "mean_hi", CLI_COL_NUM, 2);
    for (size_t l = 0; l < a->n_levels; ++l) {
        char name[32];
        snprintf(name, sizeof name, "pi%g_lo", 100.0 * a->levels[l]);
        cli_table_column(t, name, CLI_COL_NUM, 0);
        snprintf(name, sizeof name, "pi%g_hi", 100.0 * a->levels[l]);
        cli_table_column(t, name, CLI_COL_NUM, 0);
    }
    cli_table_column(t, "plugin95_lo", CLI_COL_NUM, 0);
    cli_table_column(t, "plugin95_hi", CLI_COL_NUM, 0);
    return t;
}

/* Fit every target series and forecast them FC_SLICE at a time into t. Returns the number
 * of series that failed, or -1 when the slice buffers cannot be allocated (noted). */
static int fc_series(const cli_common *c, cli_model *mo, ctrend_model_opts *opts, const cli_data *d,
                  const fc_args *a, cli_table *t)
{
    const size_t h = a->h, ncol = 5 + 2 * a->n_levels; /* mean, mean_lo, mean_hi, PIs, plug-in */
    fc_item *items = calloc(FC_SLICE, sizeof *items);
    double *v = malloc(FC_SLICE * ncol * h * sizeof *v);
    if (!items || !v) {
        free(items);
        free(v);
        cli_note_out_of_memory();
        return -1;
    }
    fc_slice sl = {items, h, a->sims, ncol, a->n_levels, a->levels, mo};
    int failures = 0;
    size_t n_items = 0;
    for (size_t k = 0; k < d->n; ++k) {
        const ctrend_frame *f = d->frames[k];
        for (size_t s = 0; s < ctrend_frame_n_series(f); ++s) {
            if (!cli_model_target(c, mo, f, s)) continue;
            fc_item *it = &items[n_items];
            size_t n;
            int32_t start;
            const int rc = cli_fit_series("forecast", c, mo, opts, f, s, &it->y, &n, &start, &it->des, &it->m);
            if (rc < 0) continue;
            if (rc) {
                ++failures;
                ctrend_model_free(it->m);
                ctrend_design_free(it->des);
                free(it->y);
                continue;
            }
            it->f = f;
            it->s = s;
            it->v = v + n_items * ncol * h;
            if (++n_items == FC_SLICE) {
                failures += fc_flush(&sl, n_items, a->threads, t);
                n_items = 0;
            }
        }
    }
    failures += fc_flush(&sl, n_items, a->threads, t);
    free(items);
    free(v);
    return failures;
}

int cmd_forecast(int argc, char **argv)
{
    cli_common c;
    cli_model mo;
    cli_common_init(&c);
    cli_model_init(&mo);
    fc_args a = {12, 10000, 2, 0, {0.80, 0.95}};
    int rc = fc_parse_args(argc, argv, &c, &mo, &a);
    if (rc >= 0) return rc;
    if ((rc = fc_check_limits(&a))) return rc;
    if (mo.family == CTREND_FAMILY_GAUSSIAN) c.allow_noncount = 1;
    cli_data d;
    ctrend_model_opts *opts = NULL;
    rc = cli_model_load(&c, &mo, &d, &opts);
    if (rc) return rc;
    cli_table *t = fc_table_new(&a);
    const int failures = fc_series(&c, &mo, opts, &d, &a, t);
    if (failures >= 0) cli_table_print(t, stdout, c.format);
    cli_table_free(t);
    ctrend_model_opts_free(opts);
    cli_data_free(&d);
    return failures ? CLI_EXIT_DATA : CLI_EXIT_OK;
}
