/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cmd_backtest.c — `ctrend backtest FILE...`: rolling-origin evaluation of a model against
 * the conflict-forecasting baselines, ranked by CRPS. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "model_args.h"

static const char help[] =
    "usage: ctrend backtest [OPTIONS] FILE...\n\n"
    "Rolling-origin evaluation per series: at every origin (the first after --initial months,\n"
    "then every --step months) each model is fitted to the months before it and forecasts\n"
    "--horizon months; the forecasts are scored against what happened. Models: the regression\n"
    "given by the model options (--family, --fourier, ...; also --family2 for a second family)\n"
    "and the baselines zero, last value, mean of the last --mean-k months, seasonal naive\n"
    "(needs --initial >= 12) and conflictology (resample the last 12 months).\n"
    "Scores: MAE, RMSE, MSLE (log1p), CRPS of the predictive distribution, binned ignorance\n"
    "(ViEWS bins), interval score and coverage of the central 90% interval; N forecasts.\n"
    "Rows are ranked by CRPS (rank 1 = best).\n"
    "  --initial N     months in the first training window (default 24)\n"
    "  --horizon H     months ahead (default 3)\n"
    "  --step S        months between origins (default 1)\n"
    "  --window W      sliding training window of W months (default: expanding)\n"
    "  --sims N        predictive draws per forecast (default 1000)\n"
    "  --mean-k K      window of the mean baseline (default 6)\n"
    "  --family2 F     also evaluate the same design with family F\n\n";

static int family_of(const char *v, int *out)
{
    if (!strcmp(v, "poisson")) *out = CTREND_FAMILY_POISSON;
    else if (!strcmp(v, "quasipoisson")) *out = CTREND_FAMILY_QUASIPOISSON;
    else if (!strcmp(v, "negbin")) *out = CTREND_FAMILY_NEGBIN;
    else if (!strcmp(v, "gaussian")) *out = CTREND_FAMILY_GAUSSIAN;
    else return -1;
    return 0;
}

static const char *const family_names[4] = {"poisson", "quasipoisson", "negbin", "gaussian"};

/* The scores of the output, in its column order. */
static const int metrics[8] = {CTREND_BT_MAE, CTREND_BT_RMSE, CTREND_BT_MSLE,  CTREND_BT_CRPS,
                               CTREND_BT_IGN, CTREND_BT_IS90, CTREND_BT_COV90, CTREND_BT_N};

/* A step's result when the command goes on (every exit status is >= 0). */
#define BACKTEST_GO_ON (-1)

/* What `backtest` was asked on its command line, and what its series share once the data
 * are read (cli_model_each's ctx). */
typedef struct backtest_args {
    cli_common c;
    cli_model mo;
    size_t initial, h, step, window, sims, mean_k;
    int family2;                   /* --family2: a second family to evaluate; -1 without */
    const ctrend_model_opts *opts; /* once the data are read: the model options */
    cli_table *t;                  /* the output */
} backtest_args;

/* Read argv into a. Returns BACKTEST_GO_ON, or the exit status (0 after --help). */
static int backtest_parse_args(int argc, char **argv, backtest_args *a)
{
    memset(a, 0, sizeof *a);
    cli_common_init(&a->c);
    cli_model_init(&a->mo);
    a->initial = 24, a->h = 3, a->step = 1, a->window = 0, a->sims = 1000, a->mean_k = 6;
    a->family2 = -1;
    for (int i = 1; i < argc; ++i) {
        const char *opt = argv[i];
        if (cli_is_help(opt)) return cli_print_help(help, 1);
        size_t *target = !strcmp(opt, "--initial")   ? &a->initial
                         : !strcmp(opt, "--horizon") ? &a->h
                         : !strcmp(opt, "--step")    ? &a->step
                         : !strcmp(opt, "--window")  ? &a->window
                         : !strcmp(opt, "--sims")    ? &a->sims
                         : !strcmp(opt, "--mean-k")  ? &a->mean_k
                                                     : NULL;
        if (target || !strcmp(opt, "--family2")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ctrend backtest: %s needs a value\n", opt);
                return CLI_EXIT_USAGE;
            }
            ++i;
            if (!target) {
                if (family_of(argv[i], &a->family2)) {
                    fprintf(stderr, "ctrend backtest: unknown family '%s'\n", argv[i]);
                    return CLI_EXIT_USAGE;
                }
            } else if (cli_parse_size(opt, argv[i], target)) {
                return CLI_EXIT_USAGE;
            }
            continue;
        }
        if (cli_other_option("backtest", &a->c, &a->mo, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    return BACKTEST_GO_ON;
}

/* The output table's columns: the key, the model, its rank and its scores. */
static cli_table *backtest_table(void)
{
    cli_table *t = cli_table_new();
    cli_key_columns(t);
    cli_table_column(t, "model", CLI_COL_TEXT, 0);
    cli_table_column(t, "rank", CLI_COL_INT, 0);
    for (size_t w = 0; w < 8; ++w)
        cli_table_column(t, ctrend_backtest_metric_name(metrics[w]),
                         metrics[w] == CTREND_BT_N ? CLI_COL_INT : CLI_COL_NUM, 3);
    return t;
}

/* The candidates of bt: the regression model(s) on series s of f, then the baselines. A model
 * that fails at some origin is reported (name: the series) and left out of the ranking. */
static void backtest_candidates(const backtest_args *a, const ctrend_model_opts *opts,
                                ctrend_backtest *bt, const ctrend_frame *f, size_t s, int32_t start,
                                size_t n, const char *name)
{
    ctrend_design *des = NULL;
    if (!cli_model_design(&a->mo, f, s, start, n, &des)) {
        const int fams[2] = {a->mo.family, a->family2};
        for (size_t q = 0; q < 2; ++q) {
            if (fams[q] < 0) continue;
            ctrend_error err;
            const int rc =
                ctrend_backtest_add_model(bt, family_names[fams[q]], des, fams[q], opts, &err);
            if (rc)
                fprintf(stderr, "ctrend backtest: %s: %s: %s [%s]\n", name, family_names[fams[q]],
                        err.message, ctrend_status_name(rc));
            if (rc == CTREND_ENOMEM) cli_note_out_of_memory();
        }
    }
    for (int b = 0; b < ctrend_baseline_count(); ++b) {
        if (b == CTREND_BASELINE_SEASONAL && a->initial < 12) continue;
        ctrend_error err;
        const int rc = ctrend_backtest_add_baseline_v2(bt, b, a->mean_k, NULL, opts, &err); /* polls opts' cancel flag */
        if (rc)
            fprintf(stderr, "ctrend backtest: %s: baseline %s: %s [%s]\n", name,
                    ctrend_baseline_name(b), err.message, ctrend_status_name(rc));
        if (rc == CTREND_ENOMEM) cli_note_out_of_memory();
    }
    ctrend_design_free(des);
}

/* The rows of series s of f: every candidate of bt, best CRPS first. Returns 1 (message
 * printed; out of memory noted, so the command prints nothing and exits 2) when the ranking
 * could not be made, else 0. */
static int backtest_rows(cli_table *t, const ctrend_backtest *bt, const ctrend_frame *f, size_t s,
                         const char *name)
{
    const size_t nm = ctrend_backtest_n_models(bt);
    size_t *order = malloc((nm ? nm : 1) * sizeof *order);
    const int rc = order ? ctrend_backtest_rank(bt, CTREND_BT_CRPS, order, nm, NULL) : CTREND_ENOMEM;
    if (rc) {
        fprintf(stderr, "ctrend backtest: %s: ranking the candidates: %s [%s]\n", name,
                ctrend_strerror(rc), ctrend_status_name(rc));
        if (rc == CTREND_ENOMEM) cli_note_out_of_memory();
    } else {
        for (size_t r = 0; r < nm; ++r) {
            cli_key_cells(t, f, s);
            const char *mname = "";
            (void)ctrend_backtest_model_name(bt, order[r], &mname); /* r < n_models */
            cli_table_text(t, mname);
            cli_table_num(t, (double)(r + 1));
            for (size_t w = 0; w < 8; ++w) {
                double v = NAN;
                ctrend_backtest_score(bt, order[r], metrics[w], &v);
                cli_table_num(t, v);
            }
        }
    }
    free(order);
    return rc ? 1 : 0;
}

/* Series s of f (its window y, n months from start): the rolling-origin evaluation and its
 * rows in the table. Returns 1 when it could not start or rank (message printed), else 0. */
static int backtest_series(void *ctx, const ctrend_frame *f, size_t s, const double *y, size_t n,
                           int32_t start)
{
    const backtest_args *a = ctx;
    char name[256];
    cli_series_name(f, s, name, sizeof name);
    ctrend_backtest *bt = NULL;
    int rc = ctrend_backtest_new(y, n, a->initial, a->h, a->step, a->sims, a->mo.seed, &bt);
    if (!rc && a->window) rc = ctrend_backtest_set_window(bt, a->window);
    if (rc) {
        fprintf(stderr, "ctrend backtest: %s: %s [%s]\n", name,
                rc == CTREND_ESHORT ? "series shorter than --initial + --horizon"
                                    : ctrend_strerror(rc),
                ctrend_status_name(rc));
        if (rc == CTREND_ENOMEM) cli_note_out_of_memory();
        ctrend_backtest_free(bt);
        return 1;
    }
    backtest_candidates(a, a->opts, bt, f, s, start, n, name);
    const int failed = backtest_rows(a->t, bt, f, s, name);
    ctrend_backtest_free(bt);
    return failed;
}

/* `ctrend backtest`: arguments and data, then the rows of every series the model selects. */
int cmd_backtest(int argc, char **argv)
{
    backtest_args a;
    int rc = backtest_parse_args(argc, argv, &a);
    if (rc != BACKTEST_GO_ON) return rc;
    cli_data d;
    ctrend_model_opts *opts = NULL;
    rc = cli_model_load(&a.c, &a.mo, &d, &opts);
    if (rc) return rc;
    a.opts = opts;
    a.t = backtest_table();
    const int failures = cli_model_each(&a.c, &a.mo, &d, backtest_series, &a);
    cli_table_print(a.t, stdout, a.c.format);
    cli_table_free(a.t);
    ctrend_model_opts_free(opts);
    cli_data_free(&d);
    return failures ? CLI_EXIT_DATA : CLI_EXIT_OK;
}
