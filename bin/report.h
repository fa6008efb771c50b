/*
 * report.h — private to the ctrend command line: `ctrend check ... --report FILE`, a page
 * to publish the verdicts of a claims file (report.c).
 *
 * Two formats, picked by the file's extension:
 *   .html / .htm   one self-contained HTML file (inline CSS, a small inline script for the
 *                  verdict filter and search, every claim figure inline as SVG); readable
 *                  and printable without JavaScript; no network access of any kind.
 *   .md / .markdown  Markdown for newsroom CMSs, with the figures written beside it as
 *                  SVG files in FILE-without-extension + "_figures/".
 * Every string from the claims file (ids, quotes, sources, notes, series names) is
 * untrusted and escaped for the output format.
 *
 * Why here (bin/) and not in lib/: the page is formatted output (lib/ never prints); its
 * figures are ctrend_figure_add_claim's specification drawn by libctrend-figure. A binding
 * that wants a page runs the CLI (`ctrend check CLAIMS --data ... --report out.html`), or
 * renders its own page from the claims getters (include/ctrend/claims.h) and the claim
 * figure (Python ctrend.claim_figure), which carry everything this page shows.
 */
#ifndef CTREND_REPORT_H
#define CTREND_REPORT_H

#include <stddef.h>
#include "cli.h"

enum { REPORT_HTML = 0, REPORT_MD = 1 };

/* Format for a report path by its extension (case-insensitive), -1 if none of the above. */
int report_format_from_path(const char *path);

/* A record of the claims file that does not parse (an "invalid" card of the report). */
typedef struct report_invalid {
    char id[128];     /* the record's id ("" if none) */
    char quote[2048]; /* its quote = value ("" if none) */
    char msg[512];    /* the parser's message, "file:line:col: [id] ..." */
} report_invalid;

/* What the report needs besides the checked claims. */
typedef struct report_input {
    const char *claims_path;      /* the claims file: shown, and read again for its note = lines */
    const ctrend_frame *all;      /* the pooled data the claims were checked against */
    const cli_data *data;         /* the data files (names shown in the footer) */
    const report_invalid *invalid; /* records set aside by report_parse_lenient, or NULL */
    size_t n_invalid;
    double level;                 /* the confidence level of the intervals (check --level) */
} report_input;

/* Parse a claims file like ctrend_claims_parse, but set aside every record that does not
 * parse (commented out, its id, quote and message kept in *inv, malloc'd, caller frees) so
 * that the others can still be checked and published. Returns CTREND_OK with *out a handle,
 * or the status of an error that no record can be blamed for (before the first record). */
int report_parse_lenient(const char *text, size_t len, const char *name, ctrend_claims **out,
                         report_invalid **inv, size_t *n_inv);

/* Write the report of the checked claims cl (ctrend_claims_check done) to path in format
 * (REPORT_*). Returns 0, or -1 with a message printed on stderr. */
int report_write(const char *path, int format, const ctrend_claims *cl, const report_input *in);

/* From cmd_check.c (the --figures machinery, shared with the report). */
int check_claim_figure(const ctrend_claims *cl, size_t i, const ctrend_frame *all,
                       const cli_data *d, const char *path, int device);
int check_make_dirs(const char *dir);
/* names[i] = the figure file name of claim i (no extension): its id made safe for a file
 * name, with -2, -3, ... when names[0..i-1] already hold it. names: n rows of 256 bytes. */
void check_figure_name(const ctrend_claims *cl, size_t i, char (*names)[256]);

#endif
