/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c — the ctrend command line: dispatch to subcommands. Formatting lives in bin/ only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "draft.h"

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

/* One line per subcommand. */
static const command commands[] = {
    {"summary", cmd_summary, "per series: span, months reported, total, mean, last value, last change, sparkline"},
    {"rolling", cmd_rolling, "rolling mean or sum over K months (trailing or centred)"},
    {"change", cmd_change, "percentage change: month over month, lag K, or vs the mean of the previous K months"},
    {"fit", cmd_fit, "count regression per series: Poisson, quasi-Poisson, negative binomial, OLS"},
    {"forecast", cmd_forecast, "fit, then forecast H months with 80%/95% prediction intervals for the count"},
    {"breaks", cmd_breaks, "one unknown change point per series, with a bootstrap p-value"},
    {"backtest", cmd_backtest, "rolling-origin evaluation of a model against baselines (CRPS, MAE, ...)"},
    {"check", cmd_check, "check quoted statistics (a claims file) against the data: verdict, arithmetic, exact tests"},
    {"claims", cmd_claims, "draft a claims file from a report's text (claims draft); compare two claims files"},
    {"plot", cmd_plot, "draw counts, rolling mean, fitted mean, break and forecast bands (svg/png/pdf)"},
};

static void usage(FILE *fp)
{
    fprintf(fp, "usage: ctrend COMMAND [OPTIONS] FILE...\n\n"
                "Trends, changes and forecasts in monthly count series.\n\nCommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; ++i)
        fprintf(fp, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(fp, "\n'ctrend COMMAND --help' describes a command's options. 'ctrend --version' (-V).\n"
                "Exit status: 0 success, 1 usage error, 2 data error, 130 interrupted (SIGINT;\n"
                "143 for SIGTERM).\n");
}

/* "--opt=value" -> "--opt" "value", for every option of every command (the value may hold
 * further '=', e.g. --where='a == "b"'). The new vector is freed by main after the command
 * (NULL when out of memory: the arguments are used as given). */
static char **split_equals(int argc, char **argv, int *nargc)
{
    char **v = malloc((2 * (size_t)argc + 1) * sizeof *v);
    if (!v) return NULL;
    int n = 0;
    for (int i = 0; i < argc; ++i) {
        char *a = argv[i];
        char *eq = (i > 0 && a[0] == '-' && a[1] == '-' && a[2] != '=' && a[2]) ? strchr(a, '=') : NULL;
        if (!eq) {
            v[n++] = a;
            continue;
        }
        *eq = '\0'; /* argv strings are writable (C11 5.1.2.2.1) */
        v[n++] = a;
        v[n++] = eq + 1;
    }
    v[n] = NULL;
    *nargc = n;
    return v;
}

static int run(int argc, char **argv);

int main(int argc, char **argv)
{
    int nargc = argc;
    char **nargv = split_equals(argc, argv, &nargc);
    const int rc = nargv ? run(nargc, nargv) : run(argc, argv);
    free(nargv);
    return rc;
}

static int run(int argc, char **argv)
{
    ctrend_init();
    cli_interrupt_install();
    if (argc < 2) {
        usage(stderr);
        return CLI_EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V") || !strcmp(argv[1], "version")) {
        printf("ctrend %s\n", ctrend_version_string());
        return cli_output_status(CLI_EXIT_OK);
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return cli_output_status(CLI_EXIT_OK);
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; ++i)
        if (!strcmp(argv[1], commands[i].name))
            return cli_output_status(commands[i].run(argc - 1, argv + 1));
    fprintf(stderr, "ctrend: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return CLI_EXIT_USAGE;
}
