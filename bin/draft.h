/*
 * draft.h — private to the ctrend command line: `ctrend claims draft REPORT.txt`, a first
 * claims file from the text of a report (draft.c, draft_text.c; docs/factcheck.md).
 *
 * The drafter is a rule-based sentence finder, not a model: it keeps the sentences that
 * state a statistic (a count with a unit word, a percentage or multiple, a record, a
 * regularity), resolves their months relative to the report's date and the month headings
 * of the text, and names their series through an alias table. Whatever it cannot resolve
 * is written commented out with a "# TODO:" saying what is missing. Every draft is meant to
 * be read and edited before `ctrend check`.
 */
#ifndef CTREND_DRAFT_H
#define CTREND_DRAFT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <ctrend.h>

/* ---- text (draft_text.c) ------------------------------------------------------------------ */

/* A warning about the input text: 1-based line and message. */
typedef struct draft_warning {
    size_t line;
    char msg[320];
} draft_warning;

typedef struct draft_text {
    char *text;           /* UTF-8, NUL-terminated (repaired when mojibake was found) */
    size_t len;
    int repaired;         /* number of passages re-decoded (UTF-8 read as Windows-1257) */
    draft_warning *warn;  /* passages left as they are, and why */
    size_t n_warn, cap_warn;
} draft_text;

/* Take bytes (copied). Invalid UTF-8 bytes are replaced by U+FFFD with a warning; CRLF becomes LF
 * and other control characters (NUL, a lone CR) but tab become spaces. When the
 * text is UTF-8 that was decoded as Windows-1257 and encoded again (seed 002: "IS-Kā€™s"),
 * every run of such characters that re-encodes to valid UTF-8 is repaired; runs that do not
 * are left as they are and named in a warning. Returns 0 or -1 (out of memory). */
int draft_text_load(draft_text *t, const char *bytes, size_t len);
void draft_text_free(draft_text *t);
void draft_text_warn(draft_text *t, size_t line, const char *fmt, ...);

/* ---- drafting (draft.c) ------------------------------------------------------------------- */

typedef struct draft_options {
    int32_t report_month;     /* month index of the report's date, or INT32_MIN to find it */
    int report_day;           /* 1..31, 0 if unknown */
    const ctrend_frame *data; /* series to match names against, or NULL */
    const char *aliases_path; /* extra alias file, or NULL (the built-in table is always read) */
    const char *source;       /* source name written in the draft (the report's file name) */
} draft_options;

/* The built-in alias table (the syntax of an --aliases file). */
extern const char draft_default_aliases[];

/* Write a draft claims file for text t to out. Warnings go to stderr prefixed by name.
 * Returns 0, or -1 with a message printed. *n_claims / *n_todo: records written with an
 * active claim line / commented out (may be NULL). */
int draft_write(draft_text *t, const draft_options *o, const char *name, FILE *out,
                size_t *n_claims, size_t *n_todo);

/* ---- the command line (cmd_claims.c, cmd_check.c) ---------------------------------------- */

struct cli_data;
/* `ctrend claims draft|compare ...` */
int cmd_claims(int argc, char **argv);
/* Pool the frames of d into one (cmd_check.c): a series in two files is an error (printed).
 * Returns 0 (CLI_EXIT_OK) or CLI_EXIT_DATA. */
int check_pool(const struct cli_data *d, ctrend_frame **out);

#endif
