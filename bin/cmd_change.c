/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cmd_change.c — `ctrend change FILE [--lag K | --vs-mean K] [--per-day]`. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

static const char help[] =
    "usage: ctrend change [OPTIONS] FILE...\n\n"
    "Percentage change per month and series, with the base it is measured against.\n"
    "  --lag K       change from K months before (default 1: month over month; 12: year over year)\n"
    "  --vs-mean K   change from the mean of the previous K months\n"
    "                (\"down 50% compared to the previous 2 months\" is --vs-mean 2)\n"
    "  --per-day     compare counts per day of the month (February's 28 days vs January's 31)\n"
    "An undefined change (no earlier month, a missing month, a zero base) is NA with the\n"
    "reason in the 'note' column: never inf, never computed across a gap.\n\n";

/* The note for an undefined change; for a missing base it names the months not reported. */
static const char *note_for(int32_t why, const double *x, size_t i, size_t b0, size_t b1,
                            int32_t start, char *buf, size_t cap)
{
    (void)i;
    if (why != CTREND_UNDEF_MISSING_BASE) return why ? ctrend_change_reason_string(why) : "";
    size_t used = (size_t)snprintf(buf, cap, "not reported:");
    for (size_t j = b0; j < b1 && used + 10 < cap; ++j)
        if (isnan(x[j])) {
            char m[CTREND_MONTH_STRLEN];
            cli_month_str(start + (int32_t)j, m);
            used += (size_t)snprintf(buf + used, cap - used, " %s", m);
        }
    return buf;
}

int cmd_change(int argc, char **argv)
{
    cli_common c;
    cli_common_init(&c);
    size_t lag = 1, vs_mean = 0;
    int per_day = 0;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (cli_is_help(a)) return cli_print_help(help, 0);
        if (!strcmp(a, "--lag") || !strcmp(a, "--vs-mean")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ctrend change: %s needs a value\n", a);
                return CLI_EXIT_USAGE;
            }
            if (cli_parse_size(a, argv[++i], !strcmp(a, "--lag") ? &lag : &vs_mean))
                return CLI_EXIT_USAGE;
            continue;
        }
        if (!strcmp(a, "--per-day")) { per_day = 1; continue; }
        if (cli_other_option("change", &c, NULL, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    cli_data d;
    int rc = cli_load(&c, &d);
    if (rc) return rc;

    char basecol[64];
    if (vs_mean) snprintf(basecol, sizeof basecol, "mean_prev_%zu", vs_mean);
    else snprintf(basecol, sizeof basecol, "base_lag_%zu", lag);
    cli_table *t = cli_table_new();
    cli_key_columns(t);
    cli_table_column(t, "month", CLI_COL_TEXT, 0);
    cli_table_column(t, per_day ? "per_day" : "value", CLI_COL_NUM, per_day ? 3 : 0);
    cli_table_column(t, basecol, CLI_COL_NUM, per_day ? 3 : 2);
    cli_table_column(t, "change", CLI_COL_NUM, per_day ? 3 : 2);
    cli_table_column(t, "change_pct", CLI_COL_PCT, 1);
    cli_table_column(t, "note", CLI_COL_TEXT, 0);
    for (size_t k = 0; k < d.n; ++k) {
        const ctrend_frame *f = d.frames[k];
        for (size_t s = 0; s < ctrend_frame_n_series(f); ++s) {
            if (!cli_selected(&c, f, s)) continue;
            double *x;
            size_t n;
            int32_t start;
            const size_t pad = vs_mean ? vs_mean : lag;
            if (cli_series_window(&c, f, s, pad, &x, &n, &start)) continue;
            double *pct = malloc(n * sizeof *pct), *diff = malloc(n * sizeof *diff);
            int32_t *why = malloc(n * sizeof *why);
            if (!pct || !diff || !why) {
                free(x); free(pct); free(diff); free(why);
                cli_note_out_of_memory();
                continue;
            }
            if (per_day) {
                ctrend_aggregate_per_day(x, n, start, diff);
                memcpy(x, diff, n * sizeof *x);
            }
            if (vs_mean) {
                rc = ctrend_change_pct_vs_mean(x, n, vs_mean, pct, why);
            } else {
                rc = ctrend_change_pct(x, n, lag, pct, why);
                if (!rc) rc = ctrend_change_diff(x, n, lag, diff, NULL);
            }
            if (rc) {
                fprintf(stderr, "ctrend change: %s\n", ctrend_strerror(rc));
                free(x); free(pct); free(diff); free(why);
                cli_table_free(t);
                cli_data_free(&d);
                return CLI_EXIT_DATA;
            }
            for (size_t i = pad; i < n; ++i) {
                /* the base the change is measured against */
                double base = NAN;
                if (vs_mean) {
                    if (i >= vs_mean) {
                        base = 0.0;
                        for (size_t j = i - vs_mean; j < i; ++j) base += x[j];
                        base /= (double)vs_mean;
                    }
                    diff[i] = x[i] - base;
                } else if (i >= lag) {
                    base = x[i - lag];
                }
                char m[CTREND_MONTH_STRLEN], note[256];
                cli_month_str(start + (int32_t)i, m);
                cli_key_cells(t, f, s);
                cli_table_text(t, m);
                cli_table_num(t, x[i]);
                cli_table_num(t, base);
                cli_table_num(t, diff[i]);
                cli_table_num(t, pct[i]);
                cli_table_text(t, note_for(why[i], x, i, vs_mean ? i - vs_mean : i - lag, i - (vs_mean ? 0 : lag - 1), start, note, sizeof note));
            }
            free(x); free(pct); free(diff); free(why);
        }
    }
    cli_table_print(t, stdout, c.format);
    cli_table_free(t);
    cli_data_free(&d);
    return CLI_EXIT_OK;
}
