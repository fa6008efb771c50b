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
    "                               coef and stats)\n\n";

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

static void key_cells(cli_table *t, const ctrend_frame *f, size_t s)
{
    cli_table_row(t);
    cli_table_text(t, ctrend_frame_group(f, s));
    cli_table_text(t, ctrend_frame_region(f, s));
    cli_table_text(t, ctrend_frame_metric(f, s));
}

static void key_columns(cli_table *t)
{
    cli_table_column(t, "group", CLI_COL_TEXT, 0);
    cli_table_column(t, "region", CLI_COL_TEXT, 0);
    cli_table_column(t, "metric", CLI_COL_TEXT, 0);
}

static double scalar(const ctrend_model *m, int which)
{
    double v = NAN;
    if (m) ctrend_model_scalar(m, which, &v);
    return v;
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
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(help, stdout);
            fputs(cli_model_help, stdout);
            fputs(cli_common_help, stdout);
            return CLI_EXIT_OK;
        }
        if (!strcmp(a, "--output")) {
            if (i + 1 >= argc) { fprintf(stderr, "ctrend fit: --output needs a value\n"); return CLI_EXIT_USAGE; }
            const char *v = argv[++i];
            if (!strcmp(v, "coef")) output = OUT_COEF;
            else if (!strcmp(v, "stats")) output = OUT_STATS;
            else if (!strcmp(v, "fitted")) output = OUT_FITTED;
            else { fprintf(stderr, "ctrend fit: --output must be coef, stats or fitted\n"); return CLI_EXIT_USAGE; }
            continue;
        }
        int r = cli_model_option(&mo, argc, argv, &i);
        if (r == 0) r = cli_common_option(&c, argc, argv, &i);
        if (r < 0) return CLI_EXIT_USAGE;
        if (r == 0) {
            fprintf(stderr, "ctrend fit: unknown option '%s' (see --help)\n", a);
            return CLI_EXIT_USAGE;
        }
    }
    if (!output) output = c.format == CLI_FORMAT_TABLE ? (OUT_COEF | OUT_STATS) : OUT_COEF;
    if (mo.family == CTREND_FAMILY_GAUSSIAN) c.allow_noncount = 1;
    cli_data d;
    int rc = cli_load(&c, &d);
    if (rc) return rc;
    ctrend_model_opts *opts = NULL;
    if (cli_model_opts(&mo, &opts)) {
        cli_data_free(&d);
        return CLI_EXIT_USAGE;
    }

    cli_table *coef = cli_table_new(), *stats = cli_table_new(), *fitted = cli_table_new();
    key_columns(coef);
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
    key_columns(stats);
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
    key_columns(fitted);
    cli_table_column(fitted, "month", CLI_COL_TEXT, 0);
    cli_table_column(fitted, "value", CLI_COL_NUM, 0);
    cli_table_column(fitted, "fitted", CLI_COL_NUM, 3);
    cli_table_column(fitted, "resid_pearson", CLI_COL_NUM, 3);
    cli_table_column(fitted, "resid_deviance", CLI_COL_NUM, 3);

    int failures = 0;
    for (size_t k = 0; k < d.n; ++k) {
        const ctrend_frame *f = d.frames[k];
        for (size_t s = 0; s < ctrend_frame_n_series(f); ++s) {
            if (!cli_selected(&c, f, s)) continue;
            if (mo.exposure && !strcmp(ctrend_frame_metric(f, s), mo.exposure)) continue;
            double *y;
            size_t n;
            int32_t start;
            ctrend_design *des;
            ctrend_model *m;
            rc = cli_fit_series("fit", &c, &mo, opts, f, s, &y, &n, &start, &des, &m);
            if (rc < 0) continue;
            if (rc) ++failures;
            const size_t p = m ? ctrend_model_ncoef(m) : 0;
            double *v = malloc((11 * (p + 1) + 4 * n + 1) * sizeof *v);
            if (!v) { free(y); ctrend_design_free(des); ctrend_model_free(m); continue; }
            if (m) {
                static const int which[9] = {CTREND_MV_COEF, CTREND_MV_SE, CTREND_MV_STAT,
                                             CTREND_MV_PVALUE, CTREND_MV_CI_LO, CTREND_MV_CI_HI,
                                             CTREND_MV_EXP_COEF, CTREND_MV_EXP_CI_LO,
                                             CTREND_MV_EXP_CI_HI};
                for (size_t w = 0; w < 9; ++w) ctrend_model_vector(m, which[w], v + w * p, p, NULL);
                for (size_t j = 0; j < p; ++j) {
                    key_cells(coef, f, s);
                    cli_table_text(coef, ctrend_model_coef_name(m, j));
                    for (size_t w = 0; w < 9; ++w) cli_table_num(coef, v[w * p + j]);
                }
                double *fv = v + 9 * p, *rp = fv + n, *rd = rp + n;
                ctrend_model_vector(m, CTREND_MV_FITTED, fv, n, NULL);
                ctrend_model_vector(m, CTREND_MV_RESID_PEARSON, rp, n, NULL);
                ctrend_model_vector(m, CTREND_MV_RESID_DEVIANCE, rd, n, NULL);
                for (size_t i = 0; i < n; ++i) {
                    char mon[CTREND_MONTH_STRLEN];
                    cli_month_str(start + (int32_t)i, mon);
                    key_cells(fitted, f, s);
                    cli_table_text(fitted, mon);
                    cli_table_num(fitted, y[i]);
                    cli_table_num(fitted, fv[i]);
                    cli_table_num(fitted, rp[i]);
                    cli_table_num(fitted, rd[i]);
                }
            }
            char m1[CTREND_MONTH_STRLEN], m2[CTREND_MONTH_STRLEN];
            cli_month_str(start, m1);
            cli_month_str(start + (int32_t)n - 1, m2);
            key_cells(stats, f, s);
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
            free(y);
            ctrend_design_free(des);
            ctrend_model_free(m);
        }
    }
    int first = 1;
    if (output & OUT_COEF) { cli_table_print(coef, stdout, c.format); first = 0; }
    if (output & OUT_STATS) {
        if (!first) fputc('\n', stdout);
        cli_table_print(stats, stdout, c.format);
        first = 0;
    }
    if (output & OUT_FITTED) cli_table_print(fitted, stdout, c.format);
    cli_table_free(coef);
    cli_table_free(stats);
    cli_table_free(fitted);
    ctrend_model_opts_free(opts);
    cli_data_free(&d);
    return failures ? CLI_EXIT_DATA : CLI_EXIT_OK;
}
