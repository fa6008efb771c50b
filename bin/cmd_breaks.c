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

int cmd_breaks(int argc, char **argv)
{
    cli_common c;
    cli_model mo;
    cli_common_init(&c);
    cli_model_init(&mo);
    size_t min_segment = 12, boot = 199, threads = 0;
    int kind = CTREND_BREAK_LEVEL;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (cli_is_help(a)) return cli_print_help(help, 1);
        if (!strcmp(a, "--min-segment")) {
            if (i + 1 >= argc) { fprintf(stderr, "ctrend breaks: %s needs a value\n", a); return CLI_EXIT_USAGE; }
            if (cli_parse_size(a, argv[++i], &min_segment)) return CLI_EXIT_USAGE;
            continue;
        }
        if (!strcmp(a, "--threads")) {
            if (i + 1 >= argc) { fprintf(stderr, "ctrend breaks: %s needs a value\n", a); return CLI_EXIT_USAGE; }
            ++i;
            if (!strcmp(argv[i], "0")) threads = 0;
            else if (cli_parse_size(a, argv[i], &threads)) return CLI_EXIT_USAGE;
            continue;
        }
        if (!strcmp(a, "--boot")) {
            if (i + 1 >= argc) { fprintf(stderr, "ctrend breaks: %s needs a value\n", a); return CLI_EXIT_USAGE; }
            ++i;
            if (!strcmp(argv[i], "0")) boot = 0;
            else if (cli_parse_size(a, argv[i], &boot)) return CLI_EXIT_USAGE;
            continue;
        }
        if (!strcmp(a, "--kind")) {
            if (i + 1 >= argc) { fprintf(stderr, "ctrend breaks: %s needs a value\n", a); return CLI_EXIT_USAGE; }
            const char *v = argv[++i];
            if (!strcmp(v, "level")) kind = CTREND_BREAK_LEVEL;
            else if (!strcmp(v, "level-slope")) kind = CTREND_BREAK_LEVEL_SLOPE;
            else { fprintf(stderr, "ctrend breaks: --kind must be level or level-slope\n"); return CLI_EXIT_USAGE; }
            continue;
        }
        if (cli_other_option("breaks", &c, &mo, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    if (mo.family == CTREND_FAMILY_GAUSSIAN) {
        fprintf(stderr, "ctrend breaks: count families only (poisson, quasipoisson, negbin)\n");
        return CLI_EXIT_USAGE;
    }
    cli_data d;
    ctrend_model_opts *opts = NULL;
    if (mo.seed > ((uint64_t)1 << 53)) {
        fprintf(stderr, "ctrend breaks: --seed is at most 2^53 = 9007199254740992, got %llu\n",
                (unsigned long long)mo.seed);
        return CLI_EXIT_USAGE;
    }
    int rc = cli_model_load(&c, &mo, &d, &opts);
    if (rc) return rc;
    if (ctrend_model_opts_set_int(opts, CTREND_OPT_MIN_SEGMENT, (int64_t)min_segment) ||
        ctrend_model_opts_set_int(opts, CTREND_OPT_N_BOOT, (int64_t)boot) ||
        ctrend_model_opts_set_int(opts, CTREND_OPT_SEED, (int64_t)mo.seed) ||
        ctrend_model_opts_set_int(opts, CTREND_OPT_N_THREADS, (int64_t)threads)) {
        fprintf(stderr, "ctrend breaks: --min-segment or --boot out of range (at most %.0e)\n",
                ctrend_breaks_max_work());
        ctrend_model_opts_free(opts);
        cli_data_free(&d);
        return CLI_EXIT_USAGE;
    }
    cli_table *t = cli_table_new();
    cli_key_columns(t);
    cli_table_column(t, "break_month", CLI_COL_TEXT, 0);
    cli_table_column(t, "lr", CLI_COL_NUM, 2);
    cli_table_column(t, "p_value", CLI_COL_NUM, 4);
    cli_table_column(t, "candidates", CLI_COL_INT, 0);
    cli_table_column(t, "rate_ratio", CLI_COL_NUM, 4);
    cli_table_column(t, "rr_lo", CLI_COL_NUM, 4);
    cli_table_column(t, "rr_hi", CLI_COL_NUM, 4);
    int failures = 0;
    for (size_t k = 0; k < d.n; ++k) {
        const ctrend_frame *f = d.frames[k];
        for (size_t s = 0; s < ctrend_frame_n_series(f); ++s) {
            if (!cli_model_target(&c, &mo, f, s)) continue;
            double *y;
            size_t n;
            int32_t start;
            char name[256];
            cli_series_name(f, s, name, sizeof name);
            if (cli_series_window(&c, f, s, 0, &y, &n, &start)) continue;
            ctrend_design *des = NULL;
            ctrend_breaks *b = NULL;
            rc = cli_model_design(&mo, f, s, start, n, &des);
            if (!rc) {
                ctrend_error err;
                rc = ctrend_breaks_fit(opts, mo.family, des, y, n, kind, &b, &err);
                if (rc) fprintf(stderr, "ctrend breaks: %s: %s [%s]\n", name, err.message,
                                ctrend_status_name(rc));
                if (rc == CTREND_ENOMEM) cli_note_out_of_memory();
            }
            if (rc) {
                ++failures;
            } else {
                int32_t month = 0;
                ctrend_breaks_month(b, &month);
                double lr = NAN, p = NAN, ncand = NAN, rr[3] = {NAN, NAN, NAN};
                ctrend_breaks_scalar(b, CTREND_BS_LR, &lr);
                ctrend_breaks_scalar(b, CTREND_BS_PVALUE, &p);
                ctrend_breaks_scalar(b, CTREND_BS_NCAND, &ncand);
                /* refit with the step at the break month for its rate ratio */
                ctrend_design *d2 = NULL;
                ctrend_model *m2 = NULL;
                size_t j;
                if (!ctrend_design_clone(des, &d2) && !ctrend_design_add_step(d2, month, "break") &&
                    (kind != CTREND_BREAK_LEVEL_SLOPE || !ctrend_design_add_slope_change(d2, month, "break_slope")) &&
                    !ctrend_model_fit(opts, mo.family, d2, y, n, &m2, NULL) &&
                    !ctrend_design_find(ctrend_model_design(m2), "break", &j)) {
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
                char mon[CTREND_MONTH_STRLEN];
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
            free(y);
        }
    }
    cli_table_print(t, stdout, c.format);
    cli_table_free(t);
    ctrend_model_opts_free(opts);
    cli_data_free(&d);
    return failures ? CLI_EXIT_DATA : CLI_EXIT_OK;
}
