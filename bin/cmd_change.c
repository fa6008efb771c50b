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
            char m[CTREND_MONTH_STRLEN_V2];
            cli_month_str(start + (int32_t)j, m);
            used += (size_t)snprintf(buf + used, cap - used, " %s", m);
        }
    return buf;
}

typedef struct change_ctx {
    size_t lag, vs_mean;
    int per_day;
    double *val, *pct, *diff; /* scratch (grown in the measuring pass only) */
    int32_t *why;
    size_t cap_val, cap_pct, cap_diff, cap_why;
} change_ctx;

/* The change of every month of one window (the values per day when asked): 0 or a status. */
static int change_compute(change_ctx *ctx, const cli_series *ser, const double **x)
{
    const size_t n = ser->n;
    if (cli_grow(&ctx->val, &ctx->cap_val, n, sizeof *ctx->val) ||
        cli_grow(&ctx->pct, &ctx->cap_pct, n, sizeof *ctx->pct) ||
        cli_grow(&ctx->diff, &ctx->cap_diff, n, sizeof *ctx->diff) ||
        cli_grow(&ctx->why, &ctx->cap_why, n, sizeof *ctx->why))
        return CTREND_ENOMEM;
    *x = ser->x;
    if (ctx->per_day) {
        /* the base months padded before year 1 cannot be reported: NaN per day too (0.1
         * ignored ctrend_per_day's CTREND_ERANGE there and printed uninitialised memory) */
        const int32_t lo = CTREND_YEAR_MIN * 12;
        size_t i0 = 0;
        for (; i0 < n && ser->start + (int32_t)i0 < lo; ++i0) ctx->val[i0] = NAN;
        const int rc = ctrend_aggregate_per_day(ser->x + i0, n - i0, ser->start + (int32_t)i0, ctx->val + i0);
        if (rc) return rc;
        *x = ctx->val;
    }
    if (ctx->vs_mean) return ctrend_change_pct_vs_mean(*x, n, ctx->vs_mean, ctx->pct, ctx->why);
    const int rc = ctrend_change_pct(*x, n, ctx->lag, ctx->pct, ctx->why);
    return rc ? rc : ctrend_change_diff(*x, n, ctx->lag, ctx->diff, NULL);
}

static int change_rows(void *ctxp, cli_table *t, const cli_series *ser, size_t n_ser)
{
    change_ctx *ctx = ctxp;
    const size_t lag = ctx->lag, vs_mean = ctx->vs_mean, pad = vs_mean ? vs_mean : lag;
    const double *x;
    (void)n_ser;
    const int rc = change_compute(ctx, ser, &x);
    if (rc == CTREND_ENOMEM) {
        cli_note_out_of_memory();
        return 0;
    }
    if (rc) {
        fprintf(stderr, "ctrend change: %s\n", ctrend_strerror(rc));
        return CLI_EXIT_DATA;
    }
    for (size_t i = pad; i < ser->n; ++i) {
        /* the base the change is measured against */
        double base = NAN, diff = ctx->diff[i];
        if (vs_mean) {
            if (i >= vs_mean) {
                base = 0.0;
                for (size_t j = i - vs_mean; j < i; ++j) base += x[j];
                base /= (double)vs_mean;
            }
            diff = x[i] - base;
        } else if (i >= lag) {
            base = x[i - lag];
        }
        char m[CTREND_MONTH_STRLEN_V2], note[256];
        cli_month_str(ser->start + (int32_t)i, m);
        cli_key_cells(t, ser->f, ser->s);
        cli_table_text(t, m);
        cli_table_num(t, x[i]);
        cli_table_num(t, base);
        cli_table_num(t, diff);
        cli_table_num(t, ctx->pct[i]);
        cli_table_text(t, note_for(ctx->why[i], x, i, vs_mean ? i - vs_mean : i - lag,
                                   i - (vs_mean ? 0 : lag - 1), ser->start, note, sizeof note));
    }
    return 0;
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
    change_ctx ctx = {lag, vs_mean, per_day, NULL, NULL, NULL, NULL, 0, 0, 0, 0};
    const cli_loop loop = {vs_mean ? vs_mean : lag, 1, 1, NULL, change_rows, &ctx};
    rc = cli_series_loop(&c, &d, t, &loop);
    if (!rc) cli_table_print(t, stdout, c.format);
    free(ctx.val);
    free(ctx.pct);
    free(ctx.diff);
    free(ctx.why);
    cli_table_free(t);
    cli_data_free(&d);
    return rc ? rc : CLI_EXIT_OK;
}
