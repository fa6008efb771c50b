/* SPDX-License-Identifier: GPL-3.0-or-later */
/* model_args.h — options shared by `ctrend fit`, `forecast` and `breaks`: family, design terms. */
#ifndef CTREND_MODEL_ARGS_H
#define CTREND_MODEL_ARGS_H

#include "cli.h"

#define CLI_MAX_TERMS 16

struct cli_model {
    int family;             /* ctrend_family */
    int trend;              /* default 1 */
    size_t fourier;         /* pairs */
    int month_dummies;
    int offset_days;
    int32_t steps[CLI_MAX_TERMS];
    size_t n_steps;
    int32_t slopes[CLI_MAX_TERMS];
    size_t n_slopes;
    const char *covariates[CLI_MAX_TERMS]; /* metrics of the same group/region used as columns */
    size_t n_covariates;
    const char *exposure;   /* metric used as log exposure */
    double level;           /* Wald CI level, default 0.95 */
    double epsilon;         /* IRLS epsilon (NaN = library default) */
    double maxit;           /* NaN = library default */
    uint64_t seed;
    int stars;              /* fit: print R's significance codes (table format) */
};
typedef struct cli_model cli_model;

extern const char cli_model_help[];
void cli_model_init(cli_model *m);
/* 1 consumed, 0 not a model option, -1 usage error (printed). */
int cli_model_option(cli_model *m, int argc, char **argv, int *i);
/*
 * Build the design for series s of frame f over months [start, start+n) with m's terms,
 * covariates and exposure taken from the series of the same group/region.
 * Returns a status; on error prints "ctrend: GROUP/METRIC: message".
 */
int cli_model_design(const cli_model *m, const ctrend_frame *f, size_t s, int32_t start,
                     size_t n, ctrend_design **out);
/* Is series s one to model: selected, and neither the --exposure series nor a --covariate? */
int cli_model_target(const cli_common *c, const cli_model *m, const ctrend_frame *f, size_t s);
/* The series loop of the model commands that take one series at a time: every series of
 * every file of d in order that cli_model_target keeps, with its window (cli_series_window:
 * a series without one is skipped, and one whose copy runs out of memory too, after the
 * note), handed to each(ctx, f, s, y, n, start); y is freed after the call. Returns the sum
 * of each's returns (the commands count their failed series so). */
typedef int (*cli_model_each_fn)(void *ctx, const ctrend_frame *f, size_t s, const double *y,
                                 size_t n, int32_t start);
int cli_model_each(const cli_common *c, const cli_model *m, const cli_data *d,
                   cli_model_each_fn each, void *ctx);
/* Add m's covariates and exposure to c's extra metrics: read also under --metric, and
 * never count-checked (a price, a population). cli_model_load does it; call it before
 * cli_load otherwise. */
void cli_model_extras(const cli_model *m, cli_common *c);
/* cli_load, then the options handle: returns 0 or the exit code (data freed on error). */
int cli_model_load(const cli_common *c, const cli_model *m, cli_data *d, ctrend_model_opts **opts);
/* Options handle with m's level/epsilon/maxit. */
int cli_model_opts(const cli_model *m, ctrend_model_opts **out);
/* "TTP/attacks" or "TTP/Khyber/attacks" into buf. */
void cli_series_name(const ctrend_frame *f, size_t s, char *buf, size_t cap);

/*
 * Window, design and fit for series s: *y (malloc'd), *n, *start, *des and *m (NULL when
 * the fit failed: the message is printed as "ctrend CMD: NAME: message [STATUS]").
 * Returns -1 when the series has no window (skip it), else the fit status.
 */
int cli_fit_series(const char *cmd, const cli_common *c, const cli_model *mo,
                   ctrend_model_opts *opts, const ctrend_frame *f, size_t s, double **y,
                   size_t *n, int32_t *start, ctrend_design **des, ctrend_model **m);

#endif
