/* cmd_forecast.c — `ctrend forecast FILE... --horizon H`: fit, then H months ahead with
 * prediction intervals for the future COUNT (parameter uncertainty included). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "model_args.h"

static const char help[] =
    "usage: ctrend forecast [OPTIONS] FILE... [--horizon H]\n\n"
    "Fit the model to each selected series, then forecast H months (default 12) after its\n"
    "window: the mean with its Wald interval, and 80% and 95% prediction intervals for the\n"
    "count itself, from --sims simulations (default 10000) that draw the coefficients from\n"
    "their asymptotic normal and then the count from the Poisson / negative binomial\n"
    "distribution; plug-in 95% interval (Poisson/NB quantiles at the mean, as R's qpois).\n"
    "  --horizon H, --sims N\n\n";

int cmd_forecast(int argc, char **argv)
{
    cli_common c;
    cli_model mo;
    cli_common_init(&c);
    cli_model_init(&mo);
    size_t h = 12, sims = 10000;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (cli_is_help(a)) return cli_print_help(help, 1);
        if (!strcmp(a, "--horizon") || !strcmp(a, "--sims")) {
            if (i + 1 >= argc) { fprintf(stderr, "ctrend forecast: %s needs a value\n", a); return CLI_EXIT_USAGE; }
            if (cli_parse_size(a, argv[++i], a[2] == 'h' ? &h : &sims)) return CLI_EXIT_USAGE;
            continue;
        }
        if (cli_other_option("forecast", &c, &mo, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    if (mo.family == CTREND_FAMILY_GAUSSIAN) c.allow_noncount = 1;
    cli_data d;
    ctrend_model_opts *opts = NULL;
    int rc = cli_model_load(&c, &mo, &d, &opts);
    if (rc) return rc;
    cli_table *t = cli_table_new();
    cli_key_columns(t);
    cli_table_column(t, "month", CLI_COL_TEXT, 0);
    cli_table_column(t, "mean", CLI_COL_NUM, 2);
    cli_table_column(t, "mean_lo", CLI_COL_NUM, 2);
    cli_table_column(t, "mean_hi", CLI_COL_NUM, 2);
    cli_table_column(t, "pi80_lo", CLI_COL_NUM, 0);
    cli_table_column(t, "pi80_hi", CLI_COL_NUM, 0);
    cli_table_column(t, "pi95_lo", CLI_COL_NUM, 0);
    cli_table_column(t, "pi95_hi", CLI_COL_NUM, 0);
    cli_table_column(t, "plugin95_lo", CLI_COL_NUM, 0);
    cli_table_column(t, "plugin95_hi", CLI_COL_NUM, 0);
    int failures = 0;
    double *v = malloc(9 * h * sizeof *v);
    if (!v) {
        fprintf(stderr, "ctrend forecast: out of memory\n");
        return CLI_EXIT_DATA;
    }
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
            rc = cli_fit_series("forecast", &c, &mo, opts, f, s, &y, &n, &start, &des, &m);
            if (rc < 0) continue;
            ctrend_forecast *fc = NULL;
            if (!rc) {
                rc = ctrend_forecast_new(m, h, sims, mo.seed, &fc);
                if (rc) fprintf(stderr, "ctrend forecast: %s\n", ctrend_strerror(rc));
            }
            if (!rc) {
                const size_t nsim_ok = sims > 0 && mo.family != CTREND_FAMILY_GAUSSIAN;
                ctrend_forecast_vector(fc, CTREND_FV_MEAN, v, h, NULL);
                ctrend_forecast_interval(fc, CTREND_FI_MEAN, mo.level, v + h, v + 2 * h);
                int kind = nsim_ok ? CTREND_FI_PREDICTIVE : CTREND_FI_PLUGIN;
                if (ctrend_forecast_interval(fc, kind, 0.80, v + 3 * h, v + 4 * h))
                    kind = CTREND_FI_PLUGIN, ctrend_forecast_interval(fc, kind, 0.80, v + 3 * h, v + 4 * h);
                ctrend_forecast_interval(fc, kind, 0.95, v + 5 * h, v + 6 * h);
                ctrend_forecast_interval(fc, CTREND_FI_PLUGIN, 0.95, v + 7 * h, v + 8 * h);
                for (size_t i = 0; i < h; ++i) {
                    char mon[CTREND_MONTH_STRLEN];
                    cli_month_str(ctrend_forecast_month(fc, i), mon);
                    cli_key_cells(t, f, s);
                    cli_table_text(t, mon);
                    for (size_t w = 0; w < 9; ++w) cli_table_num(t, v[w * h + i]);
                }
            } else {
                ++failures;
            }
            ctrend_forecast_free(fc);
            ctrend_model_free(m);
            ctrend_design_free(des);
            free(y);
        }
    }
    free(v);
    cli_table_print(t, stdout, c.format);
    cli_table_free(t);
    ctrend_model_opts_free(opts);
    cli_data_free(&d);
    return failures ? CLI_EXIT_DATA : CLI_EXIT_OK;
}
