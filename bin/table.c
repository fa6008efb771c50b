/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table.c — the CLI's output table, printed as an aligned table, CSV (RFC 4180) or JSON.
 *
 * Two ways to fill a table (issue 14 #3: output that streams):
 *  - buffered (the default): cells are kept until cli_table_print (or cli_table_flush, which
 *    writes and drops the csv/json rows so far). Cells are 16-byte records and their text goes
 *    into one growing character arena: no allocation per cell.
 *  - streamed (cli_series_loop in common.c): the rows are made twice. In the measuring pass
 *    (cli_table_measure) cells are only counted and measured; cli_table_stream then writes the
 *    header, and the second pass writes each cell as it comes. Memory is flat whatever the
 *    size. The aligned table needs column widths before its first row: they come from the
 *    measuring pass, which keeps per column only the widest text, the largest positive and
 *    the most negative number (the width of printf's %.Nf is non-decreasing in |x| for a
 *    given sign, so these give the width of every number), and whether NA or inf occur.
 *    Because every data error and every allocation happens in the first pass, nothing is
 *    printed when one happens (docs/guarantees.md, "The CLI never prints a damaged table").
 * Text goes through one 64 KiB buffer and fwrite; full-precision numbers (csv, json) are the
 * shortest text that reads back as the same double (numfmt.c, Ryu), no snprintf/strtod.
 *
 * Failure is sticky: after any allocation failure (a column, a cell, the table itself) the
 * table takes no more cells and prints nothing, so a lost cell can never shift the rest of a
 * row; cli_output_status() then reports "out of memory" (exit 2). Write errors on the output
 * stream are caught at every flush (cli_output_check). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "numfmt.h"

typedef struct cell {
    double num;
    size_t text; /* 1 + offset of the text in the arena; 0 for a number */
} cell;

typedef struct column {
    char *name;
    int kind, decimals;
    /* the aligned table's width, and what it is measured from (see the top) */
    size_t width;
    double pos_max, neg_max; /* largest |x| of finite x without / with the sign bit */
    int has_pos, has_neg, has_na, has_pinf, has_ninf;
} column;

enum { MODE_BUFFER = 0, MODE_MEASURE = 1, MODE_STREAM = 2 };

struct cli_table {
    column *cols;
    size_t n_cols;
    cell *cells;
    size_t n_cells, cap;
    char *arena;
    size_t arena_len, arena_cap;
    int mode, format;     /* MODE_*; the format of the measuring/streaming passes */
    FILE *fp;             /* streaming: where rows go */
    size_t col;           /* the column of the next cell */
    int started;          /* csv/json: header (or '[') already written */
    size_t rows_written;  /* rows already written (and dropped) */
    int failed;           /* an allocation failed: take nothing more, print nothing */
};

static int out_of_memory; /* some table failed (reported once, by cli_output_status) */

void cli_note_out_of_memory(void) { out_of_memory = 1; }
int cli_out_of_memory_noted(void) { return out_of_memory; }

static int fail(cli_table *t)
{
    if (t) t->failed = 1;
    out_of_memory = 1;
    return -1;
}

/* ---- the output buffer: one for the process, written with fwrite ------------------- */
static char obuf[1 << 16];
static size_t olen;
static FILE *ofp;

static int out_errno; /* errno of the first failed fwrite (reported by cli_output_check) */

static void out_write(const char *s, size_t n, FILE *fp)
{
    if (fwrite(s, 1, n, fp) != n && !out_errno) out_errno = errno ? errno : EIO;
}

static void out_flush(void)
{
    if (olen && ofp) out_write(obuf, olen, ofp);
    olen = 0;
}

static void out_n(FILE *fp, const char *s, size_t n)
{
    if (fp != ofp) {
        out_flush();
        ofp = fp;
    }
    if (olen + n > sizeof obuf) {
        out_flush();
        if (n > sizeof obuf) {
            out_write(s, n, fp);
            return;
        }
    }
    memcpy(obuf + olen, s, n);
    olen += n;
}

static void out_s(FILE *fp, const char *s) { out_n(fp, s, strlen(s)); }

static void out_pad(FILE *fp, size_t n)
{
    static const char spaces[] = "                                ";
    for (; n > sizeof spaces - 1; n -= sizeof spaces - 1) out_n(fp, spaces, sizeof spaces - 1);
    out_n(fp, spaces, n);
}

/* ---- building --------------------------------------------------------------------- */
cli_table *cli_table_new(void)
{
    cli_table *t = calloc(1, sizeof(cli_table));
    if (!t) out_of_memory = 1;
    return t;
}

void cli_table_free(cli_table *t)
{
    if (!t) return;
    for (size_t j = 0; j < t->n_cols; ++j) free(t->cols[j].name);
    free(t->cols);
    free(t->cells);
    free(t->arena);
    free(t);
}

int cli_table_column(cli_table *t, const char *name, int kind, int decimals)
{
    if (!t || t->failed) return fail(t);
    column *c = realloc(t->cols, (t->n_cols + 1) * sizeof *c);
    if (!c) return fail(t);
    t->cols = c;
    memset(&c[t->n_cols], 0, sizeof *c);
    c[t->n_cols].name = strdup(name);
    c[t->n_cols].kind = kind;
    c[t->n_cols].decimals = decimals;
    if (!c[t->n_cols].name) return fail(t);
    t->n_cols++;
    return 0;
}

int cli_table_row(cli_table *t) { (void)t; return 0; }

/* Copy s into buf for a terminal: control characters (C0, DEL, and C1 = U+0080..U+009F,
 * UTF-8 C2 80..C2 9F) from the data become visible \xHH text, so a name holding ESC
 * sequences cannot drive the terminal (the reader guarantees UTF-8, not printability).
 * Whole UTF-8 sequences are kept or dropped together when buf runs out. */
static void escape_controls(const char *s, char *buf, size_t cap)
{
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        char esc[5] = {0};
        size_t adv = 1, len;
        const char *src = (const char *)p;
        if (*p < 0x20 || *p == 0x7f) {
            snprintf(esc, sizeof esc, "\\x%02X", *p);
            src = esc;
        } else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
            snprintf(esc, sizeof esc, "\\x%02X", p[1]);
            src = esc;
            adv = 2;
        } else {
            while ((p[adv] & 0xc0) == 0x80) ++adv; /* the rest of a UTF-8 character */
        }
        len = src == esc ? strlen(esc) : adv;
        if (o + len >= cap) break;
        memcpy(buf + o, src, len);
        o += len;
        p += adv;
    }
    if (cap) buf[o < cap ? o : cap - 1] = 0;
}

/* Text of a cell as shown in the aligned table (text NULL: the number x). */
static void table_text(const column *c, const char *text, double x, char *buf, size_t cap)
{
    if (text) {
        escape_controls(text, buf, cap);
    } else if (isnan(x)) {
        snprintf(buf, cap, "NA");
    } else if (c->kind == CLI_COL_INT) {
        snprintf(buf, cap, "%.0f", x);
    } else if (c->kind == CLI_COL_PCT) {
        snprintf(buf, cap, "%+.*f%%", c->decimals, x);
    } else {
        snprintf(buf, cap, "%.*f", c->decimals, x);
    }
}

/* Display width of UTF-8 text (code points; the sparkline's blocks are one column). */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; ++s)
        if (((unsigned char)*s & 0xC0) != 0x80) ++w;
    return w;
}

static void csv_field(FILE *fp, const char *s)
{
    if (!strpbrk(s, ",\"\n\r")) {
        out_s(fp, s);
        return;
    }
    out_n(fp, "\"", 1);
    for (const char *q; (q = strchr(s, '"')); s = q + 1) {
        out_n(fp, s, (size_t)(q - s) + 1);
        out_n(fp, "\"", 1);
    }
    out_s(fp, s);
    out_n(fp, "\"", 1);
}

static void json_string(FILE *fp, const char *s)
{
    out_n(fp, "\"", 1);
    for (;;) {
        const char *run = s;
        while ((unsigned char)*s >= 0x20 && *s != '"' && *s != '\\') ++s;
        out_n(fp, run, (size_t)(s - run));
        const unsigned char ch = (unsigned char)*s;
        if (!ch) break;
        char esc[8];
        if (ch == '"' || ch == '\\') snprintf(esc, sizeof esc, "\\%c", ch);
        else if (ch == '\n') snprintf(esc, sizeof esc, "\\n");
        else if (ch == '\r') snprintf(esc, sizeof esc, "\\r");
        else if (ch == '\t') snprintf(esc, sizeof esc, "\\t");
        else snprintf(esc, sizeof esc, "\\u%04x", ch);
        out_s(fp, esc);
        ++s;
    }
    out_n(fp, "\"", 1);
}

static void full_num(FILE *fp, double x)
{
    char buf[CLI_NUM_MAX];
    out_n(fp, buf, cli_num_format(x, buf));
}

/* ---- widths of the aligned table ---------------------------------------------------- */
static void measure_cell(column *c, const char *text, double x)
{
    if (text) {
        char buf[4096];
        escape_controls(text, buf, sizeof buf);
        const size_t w = width(buf);
        if (w > c->width) c->width = w;
    } else if (isnan(x)) {
        c->has_na = 1;
    } else if (isinf(x)) {
        if (x > 0) c->has_pinf = 1;
        else c->has_ninf = 1;
    } else if (signbit(x)) {
        if (!c->has_neg || -x > c->neg_max) c->neg_max = -x;
        c->has_neg = 1;
    } else {
        if (!c->has_pos || x > c->pos_max) c->pos_max = x;
        c->has_pos = 1;
    }
}

/* The width of column c: its name, its widest text, and the widest number measured. */
static size_t column_width(const column *c)
{
    const double reps[5] = {NAN, c->pos_max, -c->neg_max, INFINITY, -INFINITY};
    const int has[5] = {c->has_na, c->has_pos, c->has_neg, c->has_pinf, c->has_ninf};
    size_t w = c->width > width(c->name) ? c->width : width(c->name);
    for (size_t r = 0; r < 5; ++r) {
        if (!has[r]) continue;
        char buf[4096];
        table_text(c, NULL, reps[r], buf, sizeof buf);
        if (width(buf) > w) w = width(buf);
    }
    return w;
}

/* Write buf into a column of width w: text left-aligned (padded unless last), numbers right. */
static void aligned(FILE *fp, const char *buf, size_t w, int left, int last)
{
    const size_t pad = w - width(buf);
    if (!left) out_pad(fp, pad);
    out_s(fp, buf);
    if (left && !last) out_pad(fp, pad);
    out_s(fp, last ? "\n" : "  ");
}

/* ---- writing ------------------------------------------------------------------------ */
static void header(cli_table *t, FILE *fp, int format)
{
    if (t->started) return;
    t->started = 1;
    for (size_t j = 0; j < t->n_cols; ++j) {
        const column *c = &t->cols[j];
        if (format == CLI_FORMAT_CSV) {
            if (j) out_n(fp, ",", 1);
            csv_field(fp, c->name);
        } else if (format == CLI_FORMAT_TABLE) {
            aligned(fp, c->name, c->width, c->kind == CLI_COL_TEXT, j + 1 == t->n_cols);
        }
    }
    out_s(fp, format == CLI_FORMAT_CSV ? "\n" : format == CLI_FORMAT_JSON ? "[" : "");
}

/* Write the cell of column j (text NULL: the number x); the row ends after the last column. */
static void emit(cli_table *t, FILE *fp, int format, size_t j, const char *text, double x)
{
    const column *c = &t->cols[j];
    const int last = j + 1 == t->n_cols;
    if (format == CLI_FORMAT_CSV) {
        if (j) out_n(fp, ",", 1);
        if (text) csv_field(fp, text);
        else if (!isnan(x)) full_num(fp, x);
        if (last) out_n(fp, "\n", 1);
    } else if (format == CLI_FORMAT_JSON) {
        out_s(fp, j ? ", " : t->rows_written ? ",\n {" : "\n {");
        json_string(fp, c->name);
        out_n(fp, ": ", 2);
        if (text) json_string(fp, text);
        else if (isnan(x) || isinf(x)) out_n(fp, "null", 4);
        else full_num(fp, x);
        if (last) out_n(fp, "}", 1);
    } else {
        char buf[4096];
        table_text(c, text, x, buf, sizeof buf);
        aligned(fp, buf, c->width, text && c->kind == CLI_COL_TEXT, last);
    }
    if (last) t->rows_written++;
}

/* Take one cell: written (streaming), measured (measuring pass) or kept (buffered). */
static int take(cli_table *t, const char *text, double x)
{
    if (!t || t->failed || !t->n_cols) return fail(t);
    const size_t j = t->col;
    t->col = j + 1 == t->n_cols ? 0 : j + 1;
    if (t->mode == MODE_STREAM) {
        emit(t, t->fp, t->format, j, text, x);
        return 0;
    }
    if (t->mode == MODE_MEASURE) {
        if (t->format == CLI_FORMAT_TABLE) measure_cell(&t->cols[j], text, x);
        return 0;
    }
    if (cli_grow(&t->cells, &t->cap, t->n_cells + 1, sizeof *t->cells)) return fail(t);
    cell v = {x, 0};
    if (text) {
        const size_t len = strlen(text) + 1;
        if (len > SIZE_MAX - t->arena_len ||
            cli_grow(&t->arena, &t->arena_cap, t->arena_len + len, 1))
            return fail(t);
        memcpy(t->arena + t->arena_len, text, len);
        v.text = t->arena_len + 1;
        t->arena_len += len;
    }
    t->cells[t->n_cells++] = v;
    return 0;
}

int cli_table_text(cli_table *t, const char *s) { return take(t, s ? s : "", NAN); }

int cli_table_num(cli_table *t, double x) { return take(t, NULL, x); }

static const char *cell_text(const cli_table *t, const cell *v)
{
    return v->text ? t->arena + v->text - 1 : NULL;
}

/* Write the buffered rows (after the header) and drop them. */
static void buffered_rows(cli_table *t, FILE *fp, int format)
{
    const size_t nc = t->n_cols, whole = nc ? t->n_cells - t->n_cells % nc : 0;
    for (size_t k = 0; k < whole; ++k)
        emit(t, fp, format, k % nc, cell_text(t, &t->cells[k]), t->cells[k].num);
    t->n_cells = 0;
    t->arena_len = 0;
}

void cli_table_flush(cli_table *t, FILE *fp, int format)
{
    if (!t || t->failed || out_of_memory) {
        fail(t);
        return;
    }
    if (format == CLI_FORMAT_TABLE || t->mode != MODE_BUFFER) return; /* widths need every row */
    header(t, fp, format);
    buffered_rows(t, fp, format);
    cli_output_check(fp);
}

void cli_table_measure(cli_table *t, int format)
{
    if (!t || t->failed) return;
    t->mode = MODE_MEASURE;
    t->format = format;
    t->col = 0;
}

int cli_table_stream(cli_table *t, FILE *fp, int format)
{
    if (!t || t->failed || out_of_memory) return fail(t);
    for (size_t j = 0; j < t->n_cols; ++j) t->cols[j].width = column_width(&t->cols[j]);
    t->mode = MODE_STREAM;
    t->format = format;
    t->fp = fp;
    t->col = 0;
    header(t, fp, format);
    return 0;
}

void cli_table_print(cli_table *t, FILE *fp, int format)
{
    if (!t || t->failed || out_of_memory) {
        fail(t);
        return;
    }
    if (t->mode == MODE_BUFFER && format == CLI_FORMAT_TABLE) {
        for (size_t k = 0; t->n_cols && k < t->n_cells; ++k)
            measure_cell(&t->cols[k % t->n_cols], cell_text(t, &t->cells[k]), t->cells[k].num);
        for (size_t j = 0; j < t->n_cols; ++j) t->cols[j].width = column_width(&t->cols[j]);
    }
    /* rows reach stdout from here: an interrupt now marks them incomplete (bin/progress.c) */
    if (fp == stdout) cli_interrupt_printing(1);
    if (t->mode == MODE_BUFFER) {
        header(t, fp, format);
        buffered_rows(t, fp, format);
    }
    if (format == CLI_FORMAT_JSON) out_s(fp, t->rows_written ? "\n]\n" : "]\n");
    cli_output_check(fp);
    if (fp == stdout) cli_interrupt_printing(0); /* complete and flushed */
}

int cli_output_check(FILE *fp)
{
    errno = 0;
    if (fp == ofp) out_flush();
    if (fflush(fp) == 0 && !ferror(fp)) return 0;
    const int e = fp == ofp && out_errno ? out_errno : errno;
    if (e == EPIPE) exit(CLI_EXIT_PIPE); /* the reader has gone: stop quietly, as after SIGPIPE */
    if (e == EINTR && cli_interrupted()) exit(cli_interrupt_exit()); /* Ctrl-C, not a write error */
    fprintf(stderr, "ctrend: cannot write the output: %s\n", e ? strerror(e) : "write error");
    exit(CLI_EXIT_USAGE);
}

int cli_output_status(int rc)
{
    if (out_of_memory) {
        fprintf(stderr, "ctrend: out of memory\n");
        rc = CLI_EXIT_DATA;
    }
    cli_output_check(stdout);
    return rc;
}
