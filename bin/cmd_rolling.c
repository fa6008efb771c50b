/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cmd_rolling.c — `ctrend rolling FILE --window K [--centre] [--min-periods M] [--sum]`. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

static const char help[] =
    "usage: ctrend rolling [OPTIONS] FILE... --window K\n\n"
    "Rolling mean (or sum) over K months, per series, one row per month.\n"
    "  --window K          window length in months (required)\n"
    "  --centre            centred window (pandas center=True, zoo align=\"center\");\n"
    "                      default trailing (the month and the K-1 before it)\n"
    "  --min-periods M     months that must be reported in a window (default K);\n"
    "                      missing months are skipped, not counted as zero\n"
    "  --sum               rolling sum instead of mean\n\n";

typedef struct rolling_ctx {
    size_t window, min_periods;
    int align, sum;
    double *out;
    size_t cap;
} rolling_ctx;

static int rolling_rows(void *ctxp, cli_table *t, const cli_series *ser, size_t n_ser)
{
    rolling_ctx *ctx = ctxp;
    const size_t n = ser->n;
    (void)n_ser;
    if (cli_grow(&ctx->out, &ctx->cap, n, sizeof *ctx->out)) {
        cli_note_out_of_memory();
        return 0;
    }
    const int rc = ctx->sum
        ? ctrend_rolling_sum(ser->x, n, ctx->window, ctx->align, ctx->min_periods, ctx->out)
        : ctrend_rolling_mean(ser->x, n, ctx->window, ctx->align, ctx->min_periods, ctx->out);
    if (rc) {
        fprintf(stderr, "ctrend rolling: %s\n", ctrend_strerror(rc));
        return CLI_EXIT_DATA;
    }
    for (size_t i = 0; i < n; ++i) {
        char m[CTREND_MONTH_STRLEN_V2];
        cli_month_str(ser->start + (int32_t)i, m);
        cli_key_cells(t, ser->f, ser->s);
        cli_table_text(t, m);
        cli_table_num(t, ser->x[i]);
        cli_table_num(t, ctx->out[i]);
    }
    return 0;
}

int cmd_rolling(int argc, char **argv)
{
    cli_common c;
    cli_common_init(&c);
    size_t window = 0, min_periods = 0;
    int centre = 0, sum = 0;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (cli_is_help(a)) return cli_print_help(help, 0);
        if (!strcmp(a, "--window") || !strcmp(a, "-k") || !strcmp(a, "--min-periods")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ctrend rolling: %s needs a value\n", a);
                return CLI_EXIT_USAGE;
            }
            if (cli_parse_size(a, argv[++i], !strcmp(a, "--min-periods") ? &min_periods : &window))
                return CLI_EXIT_USAGE;
            continue;
        }
        if (!strcmp(a, "--centre") || !strcmp(a, "--center")) { centre = 1; continue; }
        if (!strcmp(a, "--sum")) { sum = 1; continue; }
        if (cli_other_option("rolling", &c, NULL, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    if (!window) {
        fprintf(stderr, "ctrend rolling: --window K is required\n");
        return CLI_EXIT_USAGE;
    }
    if (min_periods > window) {
        fprintf(stderr, "ctrend rolling: --min-periods cannot exceed --window\n");
        return CLI_EXIT_USAGE;
    }
    cli_data d;
    int rc = cli_load(&c, &d);
    if (rc) return rc;

    char colname[64];
    snprintf(colname, sizeof colname, "rolling_%s_%zu", sum ? "sum" : "mean", window);
    cli_table *t = cli_table_new();
    cli_key_columns(t);
    cli_table_column(t, "month", CLI_COL_TEXT, 0);
    cli_table_column(t, "value", CLI_COL_NUM, 0);
    cli_table_column(t, colname, CLI_COL_NUM, 2);
    rolling_ctx ctx = {window, min_periods, centre ? CTREND_ALIGN_CENTRED : CTREND_ALIGN_TRAILING,
                       sum, NULL, 0};
    const cli_loop loop = {0, 1, 1, NULL, rolling_rows, &ctx};
    rc = cli_series_loop(&c, &d, t, &loop);
    if (!rc) cli_table_print(t, stdout, c.format);
    free(ctx.out);
    cli_table_free(t);
    cli_data_free(&d);
    return rc ? rc : CLI_EXIT_OK;
}
