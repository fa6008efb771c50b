/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cmd_breaks.c — `ctrend breaks FILE...`: one unknown change point per series, found by
 * profiling the likelihood over candidate months; bootstrap p-value of the sup-LR. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "model_args.h"

static const char help[] =
    "usage: ctrend breaks [OPTIONS] FILE...\n\n"
    "Search each selected series for one change point: every month leaving at least\n"
    "--min-segment months (default 12) on each side is tried as a level shift (or, with\n"
    "--kind level-slope, a level and slope change) added to the model; the best month\n"
    "maximises the likelihood. The likelihood-ratio statistic's p-value comes from --boot\n"
    "parametric bootstrap series (default 199; 0 = none), seeded by --seed. The rate ratio\n"
    "of the level shift at the break month is reported with its Wald interval.\n"
    "  --kind level|level-slope, --min-segment K, --boot B\n"
    "  --threads N   threads for the bootstrap replicates (default 0 = all CPUs; the\n"
    "                p-values do not depend on it)\n\n";

/* A step's result when the command goes on (every exit status is >= 0). */
#define BREAKS_GO_ON (-1)

/* What `breaks` was asked on its command line, and what its series share once the data
 * are read (cli_model_each's ctx). */
typedef struct breaks_args {
    cli_common c;
    cli_model mo;
    size_t min_segment, boot, threads;
    int kind;                /* CTREND_BREAK_LEVEL or CTREND_BREAK_LEVEL_SLOPE */
    ctrend_model_opts *opts; /* the model and break-search options */
    cli_table *t;            /* the output */
} breaks_args;

static int is_breaks_option(const char *opt)
{
    return !strcmp(opt, "--min-segment") || !strcmp(opt, "--threads") || !strcmp(opt, "--boot") ||
           !strcmp(opt, "--kind");
}

/* The value v of one of breaks' own options (is_breaks_option). Returns 0, or -1 after a
 * message. --threads 0 and --boot 0 are allowed (all CPUs; no bootstrap). */
static int breaks_option(breaks_args *a, const char *opt, const char *v)
{
    if (!strcmp(opt, "--min-segment")) return cli_parse_size(opt, v, &a->min_segment) ? -1 : 0;
    if (!strcmp(opt, "--kind")) {
        if (!strcmp(v, "level"))
            a->kind = CTREND_BREAK_LEVEL;
        else if (!strcmp(v, "level-slope"))
            a->kind = CTREND_BREAK_LEVEL_SLOPE;
        else {
            fprintf(stderr, "ctrend breaks: --kind must be level or level-slope\n");
            return -1;
        }
        return 0;
    }
    size_t *target = !strcmp(opt, "--threads") ? &a->threads : &a->boot;
    if (!strcmp(v, "0"))
        *target = 0;
    else if (cli_parse_size(opt, v, target))
        return -1;
    return 0;
}

/* Read argv into a and check it. Returns BREAKS_GO_ON, or the exit status (0 after --help). */
static int breaks_parse_args(int argc, char **argv, breaks_args *a)
{
    memset(a, 0, sizeof *a);
    cli_common_init(&a->c);
    cli_model_init(&a->mo);
    a->min_segment = 12;
    a->boot = 199;
    a->threads = 0;
    a->kind = CTREND_BREAK_LEVEL;
    for (int i = 1; i < argc; ++i) {
        const char *opt = argv[i];
        if (cli_is_help(opt)) return cli_print_help(help, 1);
        if (is_breaks_option(opt)) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ctrend breaks: %s needs a value\n", opt);
                return CLI_EXIT_USAGE;
            }
            if (breaks_option(a, opt, argv[++i])) return CLI_EXIT_USAGE;
            continue;
        }
        if (cli_other_option("breaks", &a->c, &a->mo, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    if (a->mo.family == CTREND_FAMILY_GAUSSIAN) {
        fprintf(stderr, "ctrend breaks: count families only (poisson, quasipoisson, negbin)\n");
        return CLI_EXIT_USAGE;
    }
    if (a->mo.seed > ((uint64_t)1 << 53)) {
        fprintf(stderr, "ctrend breaks: --seed is at most 2^53 = 9007199254740992, got %llu\n",
                (unsigned long long)a->mo.seed);
        return CLI_EXIT_USAGE;
    }
    return BREAKS_GO_ON;
}

/* The break search's options on opts. Returns 0, or 1 after a message. */
static int breaks_set_opts(const breaks_args *a, ctrend_model_opts *opts)
{
    if (ctrend_model_opts_set_int(opts, CTREND_OPT_MIN_SEGMENT, (int64_t)a->min_segment) ||
        ctrend_model_opts_set_int(opts, CTREND_OPT_N_BOOT, (int64_t)a->boot) ||
        ctrend_model_opts_set_int(opts, CTREND_OPT_SEED, (int64_t)a->mo.seed) ||
        ctrend_model_opts_set_int(opts, CTREND_OPT_N_THREADS, (int64_t)a->threads)) {
        fprintf(stderr, "ctrend breaks: --min-segment or --boot out of range (at most %.0e)\n",
                ctrend_breaks_max_work());
        return 1;
    }
    return 0;
}

/* The rate ratio of the shift at the break month with its Wald interval (rr[0..2]), from a
 * refit of des with the step (and, for level-slope, the slope change) at month; left NaN
 * when the refit fails for a reason of the data; an allocation failure is noted (the
 * command then prints nothing and exits 2), never shown as empty cells. */
static void break_rate_ratio(const breaks_args *a, const ctrend_model_opts *opts,
                             const ctrend_design *des, const double *y, size_t n, int32_t month,
                             double rr[3])
{
    ctrend_design *d2 = NULL;
    ctrend_model *m2 = NULL;
    size_t j = 0;
    int st = ctrend_design_clone(des, &d2);
    if (!st) st = ctrend_design_add_step(d2, month, "break");
    if (!st && a->kind == CTREND_BREAK_LEVEL_SLOPE) st = ctrend_design_add_slope_change(d2, month, "break_slope");
    if (!st) st = ctrend_model_fit(opts, a->mo.family, d2, y, n, &m2, NULL);
    if (!st) st = ctrend_design_find(ctrend_model_design(m2), "break", &j);
    if (st == CTREND_ENOMEM) cli_note_out_of_memory();
    if (!st) {
        const size_t pp = ctrend_model_ncoef(m2);
        double *buf = malloc(3 * pp * sizeof *buf);
        if (buf) {
            ctrend_model_vector(m2, CTREND_MV_EXP_COEF, buf, pp, NULL);
            ctrend_model_vector(m2, CTREND_MV_EXP_CI_LO, buf + pp, pp, NULL);
            ctrend_model_vector(m2, CTREND_MV_EXP_CI_HI, buf + 2 * pp, pp, NULL);
            rr[0] = buf[j], rr[1] = buf[pp + j], rr[2] = buf[2 * pp + j];
            free(buf);
        } else {
            cli_note_out_of_memory();
        }
    }
    ctrend_model_free(m2);
    ctrend_design_free(d2);
}

/* Series s of f (its window y, n months from start): the break search and its row in the
 * table. Returns 1 when the series could not be fitted (message printed), else 0. */
static int breaks_series(void *ctx, const ctrend_frame *f, size_t s, const double *y, size_t n,
                         int32_t start)
{
    const breaks_args *a = ctx;
    ctrend_model_opts *opts = a->opts;
    cli_table *t = a->t;
    char name[256];
    cli_series_name(f, s, name, sizeof name);
    ctrend_design *des = NULL;
    ctrend_breaks *b = NULL;
    int rc = cli_model_design(&a->mo, f, s, start, n, &des);
    if (!rc) {
        ctrend_error err;
        rc = ctrend_breaks_fit(opts, a->mo.family, des, y, n, a->kind, &b, &err);
        if (rc)
            fprintf(stderr, "ctrend breaks: %s: %s [%s]\n", name, err.message,
                    ctrend_status_name(rc));
        if (rc == CTREND_ENOMEM) cli_note_out_of_memory();
    }
    if (!rc) {
        int32_t month = 0;
        ctrend_breaks_month(b, &month);
        double lr = NAN, p = NAN, ncand = NAN, rr[3] = {NAN, NAN, NAN};
        ctrend_breaks_scalar(b, CTREND_BS_LR, &lr);
        ctrend_breaks_scalar(b, CTREND_BS_PVALUE, &p);
        ctrend_breaks_scalar(b, CTREND_BS_NCAND, &ncand);
        break_rate_ratio(a, opts, des, y, n, month, rr);
        char mon[CTREND_MONTH_STRLEN_V2];
        cli_month_str(month, mon);
        cli_key_cells(t, f, s);
        cli_table_text(t, mon);
        cli_table_num(t, lr);
        cli_table_num(t, p);
        cli_table_num(t, ncand);
        for (size_t w = 0; w < 3; ++w) cli_table_num(t, rr[w]);
    }
    ctrend_breaks_free(b);
    ctrend_design_free(des);
    return rc ? 1 : 0;
}

/* The output table's columns: the key, the break month, its statistics and rate ratio. */
static cli_table *breaks_table(void)
{
    cli_table *t = cli_table_new();
    cli_key_columns(t);
    cli_table_column(t, "break_month", CLI_COL_TEXT, 0);
    cli_table_column(t, "lr", CLI_COL_NUM, 2);
    cli_table_column(t, "p_value", CLI_COL_NUM, 4);
    cli_table_column(t, "candidates", CLI_COL_INT, 0);
    cli_table_column(t, "rate_ratio", CLI_COL_NUM, 4);
    cli_table_column(t, "rr_lo", CLI_COL_NUM, 4);
    cli_table_column(t, "rr_hi", CLI_COL_NUM, 4);
    return t;
}

/* `ctrend breaks`: arguments, data and options, then one row per series the model selects. */
int cmd_breaks(int argc, char **argv)
{
    breaks_args a;
    int rc = breaks_parse_args(argc, argv, &a);
    if (rc != BREAKS_GO_ON) return rc;
    cli_data d;
    rc = cli_model_load(&a.c, &a.mo, &d, &a.opts);
    if (rc) return rc;
    if (breaks_set_opts(&a, a.opts)) {
        ctrend_model_opts_free(a.opts);
        cli_data_free(&d);
        return CLI_EXIT_USAGE;
    }
    a.t = breaks_table();
    const int failures = cli_model_each(&a.c, &a.mo, &d, breaks_series, &a);
    cli_table_print(a.t, stdout, a.c.format);
    cli_table_free(a.t);
    ctrend_model_opts_free(a.opts);
    cli_data_free(&d);
    return failures ? CLI_EXIT_DATA : CLI_EXIT_OK;
}
