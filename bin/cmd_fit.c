/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cmd_fit.c — `ctrend fit FILE...`: a count regression per series (R's glm / MASS::glm.nb). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "model_args.h"

static const char help[] =
    "usage: ctrend fit [OPTIONS] FILE...\n\n"
    "Fit a regression to each selected series over its reported span (or --from/--to);\n"
    "missing months are dropped from the fit, never read as zero.\n"
    "  --output coef|stats|fitted   what to print (default: coef; the table format prints\n"
    "                               coef and stats; --format json prints one document\n"
    "                               {\"coefficients\": [...], \"stats\": [...]})\n\n";

static const char *family_name(int f)
{
    switch (f) {
    case CTREND_FAMILY_POISSON: return "poisson";
    case CTREND_FAMILY_QUASIPOISSON: return "quasipoisson";
    case CTREND_FAMILY_NEGBIN: return "negbin";
    default: return "gaussian";
    }
}

enum { OUT_COEF = 1, OUT_STATS = 2, OUT_FITTED = 4 };

static double scalar(const ctrend_model *m, int which)
{
    double v = NAN;
    if (m) ctrend_model_scalar(m, which, &v);
    return v;
}

/* Rows of one series (model m, NULL when the fit failed with rc). */
/* R's significance codes (printCoefmat): *** < 0.001 < ** < 0.01 < * < 0.05 < . < 0.1 */
static const char *signif(double p)
{
    if (isnan(p)) return "";
    return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";
}

static void emit(cli_table *coef, cli_table *stats, cli_table *fitted, int output,
                 const cli_model *mop, const ctrend_frame *f, size_t s, const double *y,
                 size_t n, int32_t start, const ctrend_model *m, int rc)
{
    const cli_model mo = *mop;
    const size_t p = m ? ctrend_model_ncoef(m) : 0;
    double *v = malloc((11 * (p + 1) + 4 * n + 1) * sizeof *v);
    if (!v) {
        cli_note_out_of_memory();
        return;
    }
    if (m) {
        static const int which[9] = {CTREND_MV_COEF, CTREND_MV_SE, CTREND_MV_STAT,
                                     CTREND_MV_PVALUE, CTREND_MV_CI_LO, CTREND_MV_CI_HI,
                                     CTREND_MV_EXP_COEF, CTREND_MV_EXP_CI_LO,
                                     CTREND_MV_EXP_CI_HI};
        for (size_t w = 0; w < 9; ++w) ctrend_model_vector(m, which[w], v + w * p, p, NULL);
        /* Fill only the tables that will be printed: the fitted table holds n rows
         * per series (657 MB for 10 000 series x 240 months when only the
         * coefficients were asked for; bench/ measurement). */
        for (size_t j = 0; (output & OUT_COEF) && j < p; ++j) {
            cli_key_cells(coef, f, s);
            const char *cname = "";
            (void)ctrend_model_coef_name(m, j, &cname); /* j < p */
            cli_table_text(coef, cname);
            for (size_t w = 0; w < 9; ++w) cli_table_num(coef, v[w * p + j]);
            if (mo.stars) cli_table_text(coef, signif(v[3 * p + j]));
        }
        double *fv = v + 9 * p, *rp = fv + n, *rd = rp + n;
        ctrend_model_vector(m, CTREND_MV_FITTED, fv, n, NULL);
        ctrend_model_vector(m, CTREND_MV_RESID_PEARSON, rp, n, NULL);
        ctrend_model_vector(m, CTREND_MV_RESID_DEVIANCE, rd, n, NULL);
        for (size_t i = 0; (output & OUT_FITTED) && i < n; ++i) {
            char mon[CTREND_MONTH_STRLEN_V2];
            cli_month_str(start + (int32_t)i, mon);
            cli_key_cells(fitted, f, s);
            cli_table_text(fitted, mon);
            cli_table_num(fitted, y[i]);
            cli_table_num(fitted, fv[i]);
            cli_table_num(fitted, rp[i]);
            cli_table_num(fitted, rd[i]);
        }
    }
    char m1[CTREND_MONTH_STRLEN_V2], m2[CTREND_MONTH_STRLEN_V2];
    cli_month_str(start, m1);
    cli_month_str(start + (int32_t)n - 1, m2);
    cli_key_cells(stats, f, s);
    cli_table_text(stats, family_name(mo.family));
    cli_table_text(stats, m1);
    cli_table_text(stats, m2);
    cli_table_num(stats, scalar(m, CTREND_MS_NOBS));
    cli_table_num(stats, scalar(m, CTREND_MS_DEVIANCE));
    cli_table_num(stats, scalar(m, CTREND_MS_DF_RESIDUAL));
    cli_table_num(stats, scalar(m, CTREND_MS_NULL_DEVIANCE));
    cli_table_num(stats, scalar(m, CTREND_MS_LOGLIK));
    cli_table_num(stats, scalar(m, CTREND_MS_AIC));
    cli_table_num(stats, scalar(m, CTREND_MS_DISPERSION));
    cli_table_num(stats, scalar(m, CTREND_MS_THETA));
    cli_table_num(stats, mo.trend ? scalar(m, CTREND_MS_TREND_PCT_YEAR) : NAN);
    cli_table_num(stats, mo.trend ? scalar(m, CTREND_MS_TREND_PCT_LO) : NAN);
    cli_table_num(stats, mo.trend ? scalar(m, CTREND_MS_TREND_PCT_HI) : NAN);
    cli_table_num(stats, mo.family == CTREND_FAMILY_GAUSSIAN ? NAN : scalar(m, CTREND_MS_CT_P1));
    cli_table_text(stats, rc ? ctrend_status_name(rc) : "CTREND_OK");
    free(v);
}

/* Series fitted per batch call: the models of one slice are held at once. */
enum { FIT_SLICE = 256 };

/* What the fit's rows callback needs. */
typedef struct fit_ctx {
    const cli_common *c;
    const cli_model *mo;
    ctrend_batch_opts *bo; /* model options, per-series records, the cancel flag of SIGINT */
    cli_table *coef, *stats, *fitted;
    int output, failures;
    size_t done;
    cli_progress progress;
} fit_ctx;

static int fit_target(void *ctxp, const ctrend_frame *f, size_t s)
{
    const fit_ctx *ctx = ctxp;
    return cli_model_target(ctx->c, ctx->mo, f, s);
}

/* A fit the batch could not make: its message is the batch's record of row j. */
static void fit_message(const fit_ctx *ctx, const cli_series *ser, size_t j, int frc)
{
    char name[256];
    ctrend_error e;
    cli_series_name(ser->f, ser->s, name, sizeof name);
    fprintf(stderr, "ctrend fit: %s: %s [%s]\n", name,
            ctrend_batch_opts_error(ctx->bo, j, &e) == CTREND_OK ? e.message
                                                                  : ctrend_strerror(frc),
            ctrend_status_name(frc));
}

/* One slice of up to FIT_SLICE series of one file (the loop's batch): designs here, the fits
 * on all cores (ctrend_batch_fit_models_v2: Poisson series whose designs are equal, e.g.
 * the same reported span, go four per SIMD vector, with models equal to one-by-one fits to
 * rounding; every other series is one ctrend_model_fit), rows in series order; csv/json,
 * which print one table, stream it per slice (bounded memory). */
static int fit_slice(void *ctxp, cli_table *unused, const cli_series *ser, size_t nsel)
{
    fit_ctx *ctx = ctxp;
    (void)unused;
    size_t bsel[FIT_SLICE] = {0}, nb = 0;
    ctrend_design *des[FIT_SLICE];
    const ctrend_design *bdes[FIT_SLICE] = {0};
    ctrend_model *bm[FIT_SLICE];
    int drc[FIT_SLICE], bst[FIT_SLICE];
    const ctrend_frame *f = ser[0].f;
    for (size_t i = 0; i < nsel; ++i) {
        des[i] = NULL;
        drc[i] = cli_model_design(ctx->mo, f, ser[i].s, ser[i].start, ser[i].n, &des[i]);
        if (!drc[i]) {
            bsel[nb] = ser[i].s;
            bdes[nb++] = des[i];
        }
    }
    int brc = ctrend_batch_opts_set_series(ctx->bo, bsel, nb);
    if (!brc) brc = ctrend_batch_fit_models_v2(ctx->bo, f, ctx->mo->family, bdes, nb, bm, bst);
    if (brc == CTREND_ECANCELED) { /* interrupted: free the slice, print nothing more */
        for (size_t i = 0, j = 0; i < nsel; ++i) {
            if (!drc[i]) ctrend_model_free(bm[j++]);
            ctrend_design_free(des[i]);
        }
        return CLI_EXIT_INTERRUPT;
    }
    for (size_t i = 0, j = 0; i < nsel; ++i) {
        ctrend_model *m = NULL;
        int frc = drc[i];
        if (!frc) {
            m = brc ? NULL : bm[j];
            frc = brc ? brc : bst[j];
            ++j;
            if (frc) fit_message(ctx, &ser[i], j - 1, frc);
        }
        if (frc == CTREND_ENOMEM) cli_note_out_of_memory();
        if (frc) ++ctx->failures;
        emit(ctx->coef, ctx->stats, ctx->fitted, ctx->output, ctx->mo, f, ser[i].s, ser[i].x,
             ser[i].n, ser[i].start, m, frc);
        ctrend_design_free(des[i]);
        ctrend_model_free(m);
    }
    size_t bdone = 0;
    ctrend_batch_opts_progress(ctx->bo, &bdone, NULL); /* the engine's counter */
    ctx->done += nsel - nb + bdone;
    cli_progress_update(&ctx->progress, ctx->done);
    const int fmt = ctx->c->format, out = ctx->output;
    if (fmt != CLI_FORMAT_TABLE) {
        cli_interrupt_printing(1); /* rows reach stdout from here on */
        if (out == OUT_COEF) cli_table_flush(ctx->coef, stdout, fmt);
        else if (out == OUT_STATS) cli_table_flush(ctx->stats, stdout, fmt);
        else if (out == OUT_FITTED) cli_table_flush(ctx->fitted, stdout, fmt);
    }
    return 0;
}

/* The columns of the three tables (stars: R's significance codes column). */
static void fit_columns(cli_table *coef, cli_table *stats, cli_table *fitted, int stars)
{
    cli_key_columns(coef);
    cli_table_column(coef, "term", CLI_COL_TEXT, 0);
    cli_table_column(coef, "estimate", CLI_COL_NUM, 5);
    cli_table_column(coef, "std_error", CLI_COL_NUM, 5);
    cli_table_column(coef, "statistic", CLI_COL_NUM, 3);
    cli_table_column(coef, "p_value", CLI_COL_NUM, 4);
    cli_table_column(coef, "ci_lo", CLI_COL_NUM, 5);
    cli_table_column(coef, "ci_hi", CLI_COL_NUM, 5);
    cli_table_column(coef, "rate_ratio", CLI_COL_NUM, 4);
    cli_table_column(coef, "rr_lo", CLI_COL_NUM, 4);
    cli_table_column(coef, "rr_hi", CLI_COL_NUM, 4);
    if (stars) cli_table_column(coef, "", CLI_COL_TEXT, 0);
    cli_key_columns(stats);
    cli_table_column(stats, "family", CLI_COL_TEXT, 0);
    cli_table_column(stats, "from", CLI_COL_TEXT, 0);
    cli_table_column(stats, "to", CLI_COL_TEXT, 0);
    cli_table_column(stats, "n", CLI_COL_INT, 0);
    cli_table_column(stats, "deviance", CLI_COL_NUM, 2);
    cli_table_column(stats, "df_residual", CLI_COL_INT, 0);
    cli_table_column(stats, "null_deviance", CLI_COL_NUM, 2);
    cli_table_column(stats, "loglik", CLI_COL_NUM, 2);
    cli_table_column(stats, "aic", CLI_COL_NUM, 2);
    cli_table_column(stats, "dispersion", CLI_COL_NUM, 3);
    cli_table_column(stats, "theta", CLI_COL_NUM, 3);
    cli_table_column(stats, "trend_pct_year", CLI_COL_PCT, 1);
    cli_table_column(stats, "trend_pct_lo", CLI_COL_PCT, 1);
    cli_table_column(stats, "trend_pct_hi", CLI_COL_PCT, 1);
    cli_table_column(stats, "overdispersion_p", CLI_COL_NUM, 4);
    cli_table_column(stats, "status", CLI_COL_TEXT, 0);
    cli_key_columns(fitted);
    cli_table_column(fitted, "month", CLI_COL_TEXT, 0);
    cli_table_column(fitted, "value", CLI_COL_NUM, 0);
    cli_table_column(fitted, "fitted", CLI_COL_NUM, 3);
    cli_table_column(fitted, "resid_pearson", CLI_COL_NUM, 3);
    cli_table_column(fitted, "resid_deviance", CLI_COL_NUM, 3);
}

/* Print the tables asked for (json without --output: one document holding coef and stats). */
static void fit_print(cli_table *coef, cli_table *stats, cli_table *fitted, int output, int format,
                      int stars)
{
    int first = 1;
    const int doc = format == CLI_FORMAT_JSON && output == (OUT_COEF | OUT_STATS);
    if (doc) { /* {"coefficients": [rows], "stats": [rows]}, rows keyed by group/region/metric */
        fputs("{\"coefficients\": ", stdout);
        cli_table_print(coef, stdout, format);
        fputs(", \"stats\": ", stdout);
        cli_table_print(stats, stdout, format);
        fputs("}\n", stdout);
        output = 0;
    }
    if (output & OUT_COEF) {
        cli_table_print(coef, stdout, format);
        if (stars) fputs("---\nSignif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n", stdout);
        first = 0;
    }
    if (output & OUT_STATS) {
        if (!first) fputc('\n', stdout);
        cli_table_print(stats, stdout, format);
    }
    if (output & OUT_FITTED) cli_table_print(fitted, stdout, format);
}

int cmd_fit(int argc, char **argv)
{
    cli_common c;
    cli_model mo;
    cli_common_init(&c);
    cli_model_init(&mo);
    int output = 0;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (cli_is_help(a)) return cli_print_help(help, 1);
        if (!strcmp(a, "--output")) {
            if (i + 1 >= argc) { fprintf(stderr, "ctrend fit: --output needs a value\n"); return CLI_EXIT_USAGE; }
            const char *v = argv[++i];
            if (!strcmp(v, "coef")) output = OUT_COEF;
            else if (!strcmp(v, "stats")) output = OUT_STATS;
            else if (!strcmp(v, "fitted")) output = OUT_FITTED;
            else { fprintf(stderr, "ctrend fit: --output must be coef, stats or fitted\n"); return CLI_EXIT_USAGE; }
            continue;
        }
        if (cli_other_option("fit", &c, &mo, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    /* json without --output: one document holding both tables (see the print below) */
    if (!output) output = c.format == CLI_FORMAT_CSV ? OUT_COEF : (OUT_COEF | OUT_STATS);
    if (mo.family == CTREND_FAMILY_GAUSSIAN) c.allow_noncount = 1;
    cli_data d;
    ctrend_model_opts *opts = NULL;
    int rc = cli_model_load(&c, &mo, &d, &opts);
    if (rc) return rc;

    cli_table *coef = cli_table_new(), *stats = cli_table_new(), *fitted = cli_table_new();
    mo.stars = c.format == CLI_FORMAT_TABLE; /* R's significance codes, in the table only */
    fit_columns(coef, stats, fitted, mo.stars);

    /* One batch handle for the command: model options, per-series records, and the cancel
     * flag that SIGINT sets while the fits run (bin/progress.c). */
    ctrend_batch_opts *bo = NULL;
    if (ctrend_batch_opts_new(&bo) != CTREND_OK || ctrend_batch_opts_set_model(bo, opts) != CTREND_OK ||
        ctrend_batch_opts_set_int(bo, CTREND_BATCH_ERRORS, 1) != CTREND_OK) {
        ctrend_batch_opts_free(bo);
        bo = NULL;
        cli_note_out_of_memory();
    }
    fit_ctx ctx = {&c, &mo, bo, coef, stats, fitted, output, 0, 0, {0}};
    size_t total = 0;
    for (size_t k = 0; k < d.n; ++k)
        for (size_t s = 0; s < ctrend_frame_n_series(d.frames[k]); ++s)
            total += (size_t)cli_model_target(&c, &mo, d.frames[k], s);
    cli_progress_start(&ctx.progress, "ctrend fit", total);
    const cli_loop loop = {0, FIT_SLICE, 0, fit_target, fit_slice, &ctx};
    cli_interrupt_watch(bo);
    if (bo) cli_series_loop(&c, &d, NULL, &loop);
    cli_interrupt_watch(NULL);
    cli_progress_end(&ctx.progress);
    ctrend_batch_opts_free(bo);
    if (cli_interrupted()) { /* no table that looks complete: stdout gets nothing more */
        cli_table_free(coef);
        cli_table_free(stats);
        cli_table_free(fitted);
        ctrend_model_opts_free(opts);
        cli_data_free(&d);
        return cli_interrupt_exit();
    }
    cli_interrupt_printing(1);
    fit_print(coef, stats, fitted, output, c.format, mo.stars);
    cli_table_free(coef);
    cli_table_free(stats);
    cli_table_free(fitted);
    ctrend_model_opts_free(opts);
    cli_data_free(&d);
    return ctx.failures ? CLI_EXIT_DATA : CLI_EXIT_OK;
}
