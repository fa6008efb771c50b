/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cmd_summary.c — `ctrend summary FILE...`: one line per series. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

static const char help[] =
    "usage: ctrend summary [OPTIONS] FILE...\n\n"
    "One row per series: first and last month reported, months reported and missing in\n"
    "between, total, mean per reported month, last value, its change from the month before\n"
    "(%, NA when undefined) and a sparkline (blank = missing month; series longer than\n"
    "48 months are shown as 48 bins).\n\n";

/* Scratch of the rows callback (grown in the measuring pass only). */
typedef struct summary_ctx {
    double *pct;
    size_t cap;
} summary_ctx;

static int summary_rows(void *ctxp, cli_table *t, const cli_series *ser, size_t n_ser)
{
    summary_ctx *ctx = ctxp;
    const double *x = ser->x;
    const size_t n = ser->n;
    (void)n_ser;
    size_t reported = 0, first_i = n, last_i = 0;
    double total = 0.0;
    for (size_t i = 0; i < n; ++i)
        if (!isnan(x[i])) {
            ++reported;
            total += x[i];
            if (first_i == n) first_i = i;
            last_i = i;
        }
    char m1[CTREND_MONTH_STRLEN_V2] = "NA", m2[CTREND_MONTH_STRLEN_V2] = "NA";
    if (reported) {
        cli_month_str(ser->start + (int32_t)first_i, m1);
        cli_month_str(ser->start + (int32_t)last_i, m2);
    }
    if (cli_grow(&ctx->pct, &ctx->cap, n, sizeof *ctx->pct)) {
        cli_note_out_of_memory();
        return 0;
    }
    char spark[3 * CLI_SPARK_MAX + 1];
    ctrend_change_pct(x, n, 1, ctx->pct, NULL);
    cli_sparkline(x, n, spark);
    cli_key_cells(t, ser->f, ser->s);
    cli_table_text(t, m1);
    cli_table_text(t, m2);
    cli_table_num(t, (double)reported);
    /* all missing: every month of the window is missing (was 0, issue 18 #16) */
    cli_table_num(t, reported ? (double)(last_i - first_i + 1 - reported) : (double)n);
    cli_table_num(t, reported ? total : NAN);
    cli_table_num(t, reported ? total / (double)reported : NAN);
    cli_table_num(t, reported ? x[last_i] : NAN);
    cli_table_num(t, reported ? ctx->pct[last_i] : NAN);
    cli_table_text(t, spark);
    return 0;
}

int cmd_summary(int argc, char **argv)
{
    cli_common c;
    cli_common_init(&c);
    for (int i = 1; i < argc; ++i) {
        if (cli_is_help(argv[i])) return cli_print_help(help, 0);
        if (cli_other_option("summary", &c, NULL, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    cli_data d;
    int rc = cli_load(&c, &d);
    if (rc) return rc;

    cli_table *t = cli_table_new();
    cli_key_columns(t);
    cli_table_column(t, "first", CLI_COL_TEXT, 0);
    cli_table_column(t, "last", CLI_COL_TEXT, 0);
    cli_table_column(t, "reported", CLI_COL_INT, 0);
    cli_table_column(t, "missing", CLI_COL_INT, 0);
    cli_table_column(t, "total", CLI_COL_NUM, 0);
    cli_table_column(t, "mean", CLI_COL_NUM, 2);
    cli_table_column(t, "last_value", CLI_COL_NUM, 0);
    cli_table_column(t, "last_change_pct", CLI_COL_PCT, 1);
    cli_table_column(t, "sparkline", CLI_COL_TEXT, 0);
    summary_ctx ctx = {NULL, 0};
    const cli_loop loop = {0, 1, 1, NULL, summary_rows, &ctx};
    rc = cli_series_loop(&c, &d, t, &loop);
    if (!rc) cli_table_print(t, stdout, c.format);
    free(ctx.pct);
    cli_table_free(t);
    cli_data_free(&d);
    return rc ? rc : CLI_EXIT_OK;
}
