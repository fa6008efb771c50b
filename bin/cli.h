/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cli.h — private to the ctrend command line (bin/). Argument parsing shared by the
 * subcommands, data loading, selection of series, and the output table (table/csv/json).
 * Formatting lives here only; lib/ never prints.
 */
#ifndef CTREND_CLI_H
#define CTREND_CLI_H

#include <stdio.h>
#include <ctrend.h>

/* Exit codes of the ctrend command. */
enum { CLI_EXIT_OK = 0, CLI_EXIT_USAGE = 1, CLI_EXIT_DATA = 2, CLI_EXIT_CONTRADICTED = 3,
       CLI_EXIT_UNVERIFIABLE = 4, CLI_EXIT_PIPE = 141 /* 128 + SIGPIPE, as a killed writer */ };

enum { CLI_FORMAT_TABLE = 0, CLI_FORMAT_CSV = 1, CLI_FORMAT_JSON = 2 };

#define CLI_MAX_FILES 64
#define CLI_MAX_SUMS 32

/* Options common to every data command. */
typedef struct cli_common {
    const char *files[CLI_MAX_FILES];
    size_t n_files;
    const char *group, *region, *metric; /* comma-separated lists, NULL = all */
    int has_from, has_to;
    int32_t from, to;                    /* month indices */
    int format;                          /* CLI_FORMAT_* */
    int shape;                           /* ctrend_shape */
    int duplicates_sum;
    int allow_noncount;                  /* --no-count-check */
    const char *date_col, *group_col, *region_col, *metric_col, *value_col;
    const char *sums[CLI_MAX_SUMS];
    size_t n_sums;
    int32_t data_from, data_to;          /* --span-from/--span-to for event zero filling */
    int has_data_from, has_data_to;
    int by_set, by_group, by_region;     /* --by: keys kept; others summed over */
    int by_skip_missing;                 /* --by-skip-missing */
    const char *date_format;             /* --date-format FMT|excel */
    const char *wheres[CLI_MAX_SUMS];    /* --where EXPR (repeatable: all must hold) */
    size_t n_wheres;
    int delim, thousands, decimal;       /* --delim, --thousands, --decimal (0 = default) */
    long long max_record;                /* --max-record BYTES (0 = the reader's default) */
    long long read_threads;              /* --threads N for reading (CTREND_READ_THREADS) */
    int has_read_threads;
    /* metrics a model reads besides the selection (--covariate, --exposure): read with
     * --metric, and never count-checked (set by cli_model_load) */
    const char *extra_metrics[CLI_MAX_SUMS];
    size_t n_extra;
} cli_common;

/* Result of trying to consume argv[*i] as a common option:
 * 1 = consumed (and *i advanced past any value), 0 = not a common option, -1 = usage error (printed). */
int cli_common_option(cli_common *c, int argc, char **argv, int *i);
void cli_common_init(cli_common *c);
/* Text describing the common options, for --help. */
extern const char cli_common_help[];

/* A loaded dataset: one frame per input file. */
typedef struct cli_data {
    ctrend_frame *frames[CLI_MAX_FILES];
    const char *names[CLI_MAX_FILES];
    size_t n;
} cli_data;

/* Read every file of c into d. On error prints "ctrend: FILE:LINE:COL: message" and returns
 * CLI_EXIT_DATA (or CLI_EXIT_USAGE for a missing file argument). */
int cli_load(const cli_common *c, cli_data *d);
void cli_data_free(cli_data *d);

/* Does series s of frame f pass the --group/--region/--metric selection? */
int cli_selected(const cli_common *c, const ctrend_frame *f, size_t s);
/* The month window to report for series s: first..last reported month, or --from/--to
 * when given, extended `pad_before` months earlier (the bases of changes: a month before
 * the first report is missing, not absent). Values are copied into *out (malloc'd, caller
 * frees) with *n months starting at *start. Returns 0, or -1 when the window is empty. */
int cli_series_window(const cli_common *c, const ctrend_frame *f, size_t s, size_t pad_before,
                      double **out, size_t *n, int32_t *start);

typedef struct cli_table cli_table;

/* ---- the series loop ---------------------------------------------------------------- */
/* One selected series with its window (borrowed: valid during the callback). */
typedef struct cli_series {
    const ctrend_frame *f;
    size_t s;
    const double *x; /* n months from month index start */
    size_t n;
    int32_t start;
} cli_series;

typedef struct cli_loop {
    size_t pad_before; /* months before each window (see cli_series_window) */
    size_t batch;      /* series per call of rows (0 = 1); a batch never spans two files */
    int two_pass;      /* measure, then stream into the table (see cli_series_loop) */
    /* is series s of f wanted? NULL = cli_selected */
    int (*select)(void *ctx, const ctrend_frame *f, size_t s);
    /* write the rows of n_ser series into t; a nonzero return (an exit code, its message
     * printed) stops the loop */
    int (*rows)(void *ctx, cli_table *t, const cli_series *ser, size_t n_ser);
    void *ctx;
} cli_loop;

/* The one loop over series of the data commands: every file in order, every series the
 * selection keeps, its window copied (cli_series_window's rules), handed to L->rows.
 * two_pass: a first pass only measures the table (widths, every data error, every
 * allocation: a callback grows its scratch there and must not allocate in the second), then
 * the header is written and a second pass streams each row to stdout as it is made, so
 * memory stays flat and nothing is printed when the first pass fails or runs out of memory.
 * Returns 0 or the callback's code. cli_table_print(t) afterwards ends the output. */
int cli_series_loop(const cli_common *c, const cli_data *d, cli_table *t, const cli_loop *L);

/* ---- output table ------------------------------------------------------------------ */
enum { CLI_COL_TEXT = 0, CLI_COL_NUM = 1, CLI_COL_INT = 2, CLI_COL_PCT = 3 };

cli_table *cli_table_new(void);
/* decimals: digits shown in table format (csv/json always print full precision). */
int cli_table_column(cli_table *t, const char *name, int kind, int decimals);
/* Start a new row; then add cells left to right. A NaN number prints as empty (csv),
 * "NA" (table) or null (json). */
int cli_table_row(cli_table *t);
int cli_table_text(cli_table *t, const char *s);
int cli_table_num(cli_table *t, double v);
/* Print the whole table (after any rows already flushed or streamed). */
void cli_table_print(cli_table *t, FILE *fp, int format);
/* csv/json: write the rows so far (and the header first time) and drop them, so batch output
 * streams in bounded memory; the table format needs every row for its widths: no-op. */
void cli_table_flush(cli_table *t, FILE *fp, int format);
/* Streaming (used by cli_series_loop): cli_table_measure starts a pass in which cells are
 * only measured (for the aligned table's widths) and counted; cli_table_stream then writes the
 * header to fp and every later cell at once (returns 0; -1, writing nothing, when the table
 * or the command ran out of memory). No cell is kept in either mode. */
void cli_table_measure(cli_table *t, int format);
int cli_table_stream(cli_table *t, FILE *fp, int format);
void cli_table_free(cli_table *t);
/* Flush fp and check it: returns 0 when every write so far succeeded. A closed pipe (EPIPE,
 * when SIGPIPE is ignored) exits at once with CLI_EXIT_PIPE and no message, as the default
 * SIGPIPE would; any other write error prints "ctrend: cannot write the output: <strerror>"
 * and exits 1. */
int cli_output_check(FILE *fp);
/* At the end of a command: "out of memory" (exit 2) if any table lost a cell, then
 * cli_output_check(stdout); returns the exit status to use (rc when all went well). */
int cli_output_status(int rc);
/* An allocation outside a table failed: tables print nothing from now on and the command
 * exits 2 with "out of memory" (a skipped series must not look like a complete result). */
void cli_note_out_of_memory(void);
/* 1 once cli_note_out_of_memory (or a table) recorded a failure: a command that writes files
 * checks it before writing anything. */
int cli_out_of_memory_noted(void);

/* Helpers. */
/* Grow the array *p (pointer to a pointer, elements of `size` bytes, capacity *cap) to hold
 * at least need elements, doubling; sizes overflow-checked. 0, or -1 (unchanged) when out of
 * memory. Series callbacks grow their scratch with it, so it only allocates in a first pass. */
int cli_grow(void *p, size_t *cap, size_t need, size_t size);
/* Is a the --help / -h flag? */
int cli_is_help(const char *a);
/* Print a command's help (its own text, then the model options when with_model, then the
 * common options) and return CLI_EXIT_OK. */
int cli_print_help(const char *text, int with_model);
/* Try argv[*i] as a model option (when mo is not NULL) then as a common option.
 * 0 = consumed; -1 = usage error (printed, including "unknown option"). */
struct cli_model;
int cli_other_option(const char *cmd, cli_common *c, struct cli_model *mo, int argc, char **argv,
                     int *i);
/* The group/region/metric key: three text columns, or a new row starting with its cells. */
void cli_key_columns(cli_table *t);
void cli_key_cells(cli_table *t, const ctrend_frame *f, size_t s);
int cli_parse_month(const char *s, int32_t *m);      /* prints usage error */
/* A positive whole number up to CLI_MAX_SIZE_OPTION (each command has tighter limits of
 * its own, e.g. forecast's horizon); prints the usage error. */
#define CLI_MAX_SIZE_OPTION 1000000
int cli_parse_size(const char *opt, const char *s, size_t *v);
void cli_month_str(int32_t m, char buf[CTREND_MONTH_STRLEN_V2]);
/* Sparkline of x[0..n) in UTF-8 block characters (space for a missing month); series longer
 * than CLI_SPARK_MAX months are binned (mean of each bin's reported months).
 * buf needs 3*CLI_SPARK_MAX+1 bytes. */
#define CLI_SPARK_MAX 48
void cli_sparkline(const double *x, size_t n, char *buf);

/* Progress on stderr for batch work (only on a terminal, only after a second). */
typedef struct cli_progress {
    const char *what;
    size_t total;
    double start, last;
    int shown, tty;
} cli_progress;
void cli_progress_start(cli_progress *p, const char *what, size_t total);
void cli_progress_update(cli_progress *p, size_t done);
void cli_progress_end(cli_progress *p);

/* The whole file at path, NUL-terminated (*len excludes the NUL), caller frees; NULL when it
 * cannot be opened or read, or on out of memory, with errno saying which (ENOMEM for out of
 * memory; bin/read_file.c). */
char *cli_read_file(const char *path, size_t *len);

/* Key parts and calendar start of a frame, for a series index s < n_series (the getters
 * cannot fail then; an empty frame's start reads as 0, used only with 0 months). */
static inline const char *cli_key_group(const ctrend_frame *f, size_t s)
{
    const char *v = "";
    (void)ctrend_frame_group(f, s, &v);
    return v;
}
static inline const char *cli_key_region(const ctrend_frame *f, size_t s)
{
    const char *v = "";
    (void)ctrend_frame_region(f, s, &v);
    return v;
}
static inline const char *cli_key_metric(const ctrend_frame *f, size_t s)
{
    const char *v = "";
    (void)ctrend_frame_metric(f, s, &v);
    return v;
}
static inline int32_t cli_frame_start(const ctrend_frame *f)
{
    int32_t m = 0;
    (void)ctrend_frame_start(f, &m);
    return m;
}

/* Interrupts (bin/progress.c). SIGINT/SIGTERM end the command with 128 + the signal (130,
 * 143) and "ctrend: interrupted" on stderr. Outside a watched section the handler removes the
 * registered temporary file and calls _exit at once (buffered stdout is dropped, so no table
 * that looks complete appears); inside one (cli_interrupt_watch) it only cancels the batch
 * call, which stops within one series, and the command returns cli_interrupt_exit() without
 * printing its tables. A second signal always exits at once. */
#define CLI_EXIT_INTERRUPT 130
void cli_interrupt_install(void);
void cli_interrupt_watch(ctrend_batch_opts *o); /* NULL ends the watched section */
int cli_interrupted(void);                      /* the signal received, 0 if none */
int cli_interrupt_exit(void);                   /* prints the message, returns 128 + signal */
/* A file removed on an interrupt (a stack of up to 4: NULL forgets the last registered).
 * Returns 0, or -1 (not registered: no room or too long a path; the caller must then not
 * pop it). */
int cli_interrupt_temp(const char *path);
/* SIGINT/SIGTERM held (1) and released (0) around creating a file and registering it with
 * cli_interrupt_temp (or removing and forgetting it): a signal in between waits, and is
 * handled, removing the file, as soon as it is released. Not nested; main thread only. */
void cli_interrupt_hold(int on);
/* mkstemp(tmpl) and cli_interrupt_temp(tmpl) with the signals held: 0 = the file exists
 * (closed) and is registered; -1 = nothing left behind, errno says why (ENOSPC: the stack of
 * registered files is full). */
int cli_interrupt_mkstemp(char *tmpl);
/* unlink(path) and cli_interrupt_temp(NULL) (path was the last registered), signals held. */
void cli_interrupt_unlink(const char *path);
/* While on, an interrupt also writes "# ctrend: interrupted: the output above is incomplete"
 * to stdout (a command printing its result: a prefix of it may have been written). */
void cli_interrupt_printing(int on);

/* Subcommands: each returns an exit code. */
int cmd_summary(int argc, char **argv);
int cmd_rolling(int argc, char **argv);
int cmd_change(int argc, char **argv);
int cmd_fit(int argc, char **argv);
int cmd_forecast(int argc, char **argv);
int cmd_breaks(int argc, char **argv);
int cmd_backtest(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_plot(int argc, char **argv);

#endif
