/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_check.c — `ctrend check CLAIMS --data FILE...`: verdict per quoted statistic, and with
 * --figures DIR one figure per claim (its series around the months compared, the target
 * months and the base months highlighted: ctrend_figure_add_claim; drawn by libctrend-figure
 * when built with PLplot).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include "cli.h"
#include "claims_view.h"
#include "plot.h"
#include "report.h"
#include "draft.h"


static const char help[] =
    "usage: ctrend check CLAIMS --data FILE... [--explain ID] [--format table|csv|json]\n"
    "                    [--figures DIR [--figures-format svg|png|pdf]] [--report FILE]\n"
    "                    [--level L]\n\n"
    "Check the claims in CLAIMS (syntax: docs/claims.md) against the data files (every\n"
    "--data FILE, and any further FILE argument; their series are pooled, a series may appear\n"
    "in one file only). One row per claim: verdict (SUPPORTED, CONTRADICTED, UNVERIFIABLE),\n"
    "computed and quoted figure, for changes the exact rate ratio, its 95% CI and p-value\n"
    "(--level L: another confidence level, 0 < L < 1, default 0.95; also a trend's Wald CI)\n"
    "(R poisson.test) and whether the change is within Poisson noise; for unverifiable claims\n"
    "with one missing value, the bound that would make the claim true.\n"
    "--explain ID prints the arithmetic of one claim step by step.\n"
    "--figures DIR writes one figure per claim, DIR/ID.svg (with --explain: that claim's only;\n"
    "DIR is created if missing; characters of ID other than A-Z a-z 0-9 . _ - become _):\n"
    "one panel per series the claim reads, from 6 months before the compared months to 3\n"
    "after (as far as the data go), the target months and the base months highlighted.\n"
    "--figures-format svg|png|pdf picks the format (default svg). Needs a ctrend built with\n"
    "PLplot (see `ctrend plot`).\n"
    "--report FILE writes a page to publish (docs/factcheck.md): FILE.html a self-contained\n"
    "HTML page (summary, one card per claim: quote, verdict, arithmetic in words and numbers,\n"
    "caveats, the figure inline as SVG; filter and search); FILE.md Markdown with the figures\n"
    "as SVG files in FILE_figures/ beside it. Figures need PLplot; without it the page has none.\n"
    "With --report, a record that does not parse is set aside as an 'invalid' card (its message\n"
    "on stderr, exit status 2) and the others are still checked.\n\n"
    "Exit status: 0 every claim supported, 3 some claim contradicted, 4 none contradicted\n"
    "but some unverifiable, 1 usage error, 2 data or claims-file error (a record that does\n"
    "not parse is listed as INVALID with its message, and every other claim is checked).\n\n";

/* Pool every frame's series into one frame (ctrend_frame_merge): a series given by two files
 * is a data error, the rule of every command. */
static int pool(const cli_data *d, ctrend_frame **out)
{
    ctrend_frame *all = NULL;
    if (ctrend_frame_new(&all) != CTREND_OK) { /* its only failure: out of memory */
        cli_note_out_of_memory();
        return CLI_EXIT_DATA;
    }
    for (size_t k = 0; k < d->n; ++k) {
        ctrend_error e;
        if (ctrend_frame_merge(all, d->frames[k], d->names[k], &e) != CTREND_OK) {
            if (e.code == CTREND_ENOMEM) cli_note_out_of_memory();
            char msg[512];
            ctrend_error_format(&e, msg, sizeof msg, NULL);
            fprintf(stderr, "ctrend check: %s\n", msg);
            ctrend_frame_free(all);
            return CLI_EXIT_DATA;
        }
    }
    *out = all;
    return CLI_EXIT_OK;
}

static double figure(const ctrend_claims *cl, size_t i, int which)
{
    double v = NAN;
    (void)ctrend_claims_figure(cl, i, which, &v);
    return v;
}

/* ---- --figures DIR ---------------------------------------------------------------------- */

/* (The months drawn around the compared months: lib/figure/claim.c.) */
/* Longest quote shown in the subtitle (bytes, cut at a word with "..."). */
#define FIG_QUOTE_MAX 150
/* Longest explanation summary in the subtitle (bytes): with the quote, at most 4 lines. */
#define FIG_RESULT_MAX 180

/* mkdir -p: create dir and its missing parents (POSIX mkdir, mode 0777 & ~umask).
 * Returns 0, or -1 with errno set. */
static int make_dirs(const char *dir)
{
    char path[4096];
    const size_t n = strlen(dir);
    if (n == 0 || n >= sizeof path) {
        errno = n ? ENAMETOOLONG : ENOENT;
        return -1;
    }
    memcpy(path, dir, n + 1);
    for (size_t i = 1; i <= n; ++i) {
        if (path[i] != '/' && path[i] != '\0') continue;
        const char saved = path[i];
        path[i] = '\0';
        if (mkdir(path, 0777) != 0 && errno != EEXIST) return -1;
        path[i] = saved;
    }
    struct stat st;
    if (stat(dir, &st) != 0) return -1;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

/* A claim id as a file name: [A-Za-z0-9._-] kept, anything else '_'; "." and ".." (and an
 * empty id) become "_" so that the name stays inside DIR. */
static void safe_name(const char *id, char *out, size_t cap)
{
    size_t k = 0;
    for (const char *p = id; *p && k + 1 < cap; ++p) {
        const unsigned char ch = (unsigned char)*p;
        const int ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                       (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-';
        out[k++] = ok ? (char)ch : '_';
    }
    out[k] = '\0';
    if (!strcmp(out, "") || !strcmp(out, ".") || !strcmp(out, "..")) snprintf(out, cap, "_");
}

/* Append text to buf (NUL-terminated, cap bytes), up to max bytes of it, cut after a word
 * with "..." when longer (never inside a UTF-8 sequence). */
static void append_short(char *buf, size_t cap, const char *text, size_t max)
{
    size_t u = strlen(buf);
    size_t n = strlen(text);
    int cut = 0;
    if (n > max) {
        n = max;
        while (n > max / 2 && text[n] != ' ') --n;
        while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) --n;
        cut = 1;
    }
    if (u + 4 >= cap) return;
    if (n > cap - u - 4) n = cap - u - 4; /* room for "..." and the NUL */
    memcpy(buf + u, text, n);
    u += n;
    if (cut) {
        while (u > 0 && (buf[u - 1] == ' ' || buf[u - 1] == ',' || buf[u - 1] == '.')) --u;
        memcpy(buf + u, "...", 3);
        u += 3;
    }
    buf[u] = '\0';
}

/* The result lines of a claim's explanation, for the subtitle: every unindented line after
 * the "data:" block except the bare verdict, the claim line and the long rate-ratio and trend
 * lines (a trend's statistics are summarised from its figures instead) (the computed
 * figure, "left side = 196, right side ... = 197: differ by 1", what is missing, the bound,
 * "within noise: p = 0.31"), joined by "; ". */
static void result_text(const ctrend_claims *cl, size_t i, char *out, size_t cap)
{
    out[0] = '\0';
    const char *expl = cv_str(ctrend_claims_explanation, cl, i);
    if (!expl) return;
    const char *vname = ctrend_claims_verdict_name(cv_int(ctrend_claims_verdict, cl, i, CTREND_VERDICT_UNCHECKED));
    const size_t vlen = strlen(vname);
    const char *data = strstr(expl, "\ndata:\n");
    const char *p = data ? data + 7 : expl;
    size_t u = 0;
    /* a trend: its one long line of statistics, shortened from the figures */
    double ratio = NAN, lo = NAN, hi = NAN, p1 = NAN;
    (void)ctrend_claims_figure(cl, i, CTREND_CLAIMS_RATIO, &ratio);
    (void)ctrend_claims_figure(cl, i, CTREND_CLAIMS_CI_LOWER, &lo);
    (void)ctrend_claims_figure(cl, i, CTREND_CLAIMS_CI_UPPER, &hi);
    (void)ctrend_claims_figure(cl, i, CTREND_CLAIMS_P_CLAIM, &p1);
    if (cv_int(ctrend_claims_kind_of, cl, i, -1) == CTREND_CLAIMS_KIND_TREND && isfinite(ratio))
        u = (size_t)snprintf(out, cap, "Poisson trend x%.4g per month (%+.2f%%), 95%% CI x%.4g..x%.4g, "
                             "one-sided p = %.2g", ratio, 100.0 * (ratio - 1.0), lo, hi, p1);
    if (u >= cap) u = cap - 1;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        const char *line = p;
        p = e ? e + 1 : p + n;
        if (n == 0 || line[0] == ' ' || !strncmp(line, "rate ratio", 10) ||
            !strncmp(line, "data:", 5) || !strncmp(line, "claim:", 6) ||
            !strncmp(line, "Poisson log-linear", 18))
            continue;
        /* "UNVERIFIABLE: missing ..." -> "missing ..."; "SUPPORTED, but within noise" ->
         * "within noise"; the verdict alone is the title */
        if (n >= vlen && !strncmp(line, vname, vlen)) {
            line += vlen;
            n -= vlen;
            if (n >= 6 && !strncmp(line, ", but ", 6)) line += 6, n -= 6;
            else if (n >= 2 && !strncmp(line, ": ", 2)) line += 2, n -= 2;
        }
        if (n == 0) continue;
        if (u + n + 3 >= cap) break;
        u += (size_t)snprintf(out + u, cap - u, "%s%.*s", u ? "; " : "", (int)n, line);
    }
}

/* Draw claim i into path: the figure of ctrend_figure_add_claim (which months, panels and
 * spans), with the subtitle's quote shortened and the explanation's result lines added, and a
 * caption naming the quote's source and the data files that hold the claim's series.
 * Returns 0, or -1 with the message printed. */
static int claim_figure(const ctrend_claims *cl, size_t i, const ctrend_frame *all,
                        const cli_data *d, const char *path, int device)
{
    ctrend_figure *fig = NULL;
    ctrend_error e;
    if (ctrend_figure_new(&fig, &e) || ctrend_figure_add_claim(fig, cl, i, all, &e)) {
        ctrend_figure_free(fig);
        fprintf(stderr, "ctrend check: %s: figure: %s\n", cv_str(ctrend_claims_id, cl, i), e.message);
        return -1;
    }
    const size_t nt = ctrend_claims_n_terms(cl, i), np = ctrend_figure_n_panels(fig);
    char subtitle[900], result[600], caption[700];
    snprintf(subtitle, sizeof subtitle, "\xe2\x80\x9c"); /* “quote” */
    append_short(subtitle, sizeof subtitle, cv_str(ctrend_claims_quote, cl, i), FIG_QUOTE_MAX);
    append_short(subtitle, sizeof subtitle, "\xe2\x80\x9d", 8);
    result_text(cl, i, result, sizeof result);
    if (*result) {
        append_short(subtitle, sizeof subtitle, "; ", 4);
        append_short(subtitle, sizeof subtitle, result, FIG_RESULT_MAX);
    }
    /* caption: the quote's source and the data files that hold the claim's series,
     * shortened to what fits one line */
    char files[600] = "";
    size_t nf = 0;
    for (size_t k = 0; k < d->n; ++k) {
        size_t idx, j = 0;
        while (j < nt && ctrend_frame_find(d->frames[k], cv_term(ctrend_claims_term_group, cl, i, j),
                                           cv_term(ctrend_claims_term_region, cl, i, j),
                                           cv_term(ctrend_claims_term_metric, cl, i, j), &idx) != CTREND_OK)
            ++j;
        if (j == nt) continue;
        if (nf++) append_short(files, sizeof files, ", ", 4);
        append_short(files, sizeof files, d->names[k], sizeof files);
    }
    const char *src = cv_str(ctrend_claims_source, cl, i);
    snprintf(caption, sizeof caption, "%s%s%sData: %s. ctrend %s.", src && *src ? "Quote: " : "",
             src && *src ? src : "", src && *src ? ". " : "",
             nf ? files : "none of the files holds these series", ctrend_version_string());
    char caption_short[700] = "";
    append_short(caption_short, sizeof caption_short, caption, np > 4 ? 170 : 115);
    char err[600];
    int rc = ctrend_figure_set_text(fig, CTREND_FIGURE_SUBTITLE, subtitle);
    if (!rc) rc = ctrend_figure_set_text(fig, CTREND_FIGURE_CAPTION, caption_short);
    if (rc) snprintf(err, sizeof err, "%s", ctrend_strerror(rc));
    if (rc || plot_render(fig, path, device, err, sizeof err)) {
        fprintf(stderr, "ctrend check: %s: %s\n", cv_str(ctrend_claims_id, cl, i), err);
        rc = -1;
    }
    ctrend_figure_free(fig);
    return rc;
}

/* Draw every claim (or only claim `only` when one >= 0) into dir/ID.ext. Names that the
 * sanitising makes equal get "-2", "-3", ... Returns 0 or -1 (message printed). */
static int write_figures(const ctrend_claims *cl, const ctrend_frame *all, const cli_data *d,
                         const char *dir, int device, long only)
{
    static const char *const ext[] = {"svg", "png", "pdf"};
    const size_t n = ctrend_claims_count(cl);
    char(*names)[256] = calloc(n ? n : 1, sizeof *names);
    if (!names) {
        fprintf(stderr, "ctrend check: out of memory\n");
        return -1;
    }
    int rc = 0;
    for (size_t i = 0; i < n && !rc; ++i) {
        check_figure_name(cl, i, names);
        if (only >= 0 && (size_t)only != i) continue;
        if (cv_int(ctrend_claims_kind_of, cl, i, -1) < 0) continue; /* INVALID: nothing to draw */
        char path[4096];
        const int len = snprintf(path, sizeof path, "%s%s%s.%s", dir,
                                 dir[strlen(dir) - 1] == '/' ? "" : "/", names[i], ext[device]);
        if (len < 0 || (size_t)len >= sizeof path) {
            fprintf(stderr, "ctrend check: --figures: path too long\n");
            rc = -1;
            break;
        }
        rc = claim_figure(cl, i, all, d, path, device);
    }
    free(names);
    return rc;
}

/* The figure machinery for the report (report.h). */
int check_claim_figure(const ctrend_claims *cl, size_t i, const ctrend_frame *all,
                       const cli_data *d, const char *path, int device)
{
    return claim_figure(cl, i, all, d, path, device);
}
int check_make_dirs(const char *dir) { return make_dirs(dir); }
void check_figure_name(const ctrend_claims *cl, size_t i, char (*names)[256])
{
    safe_name(cv_str(ctrend_claims_id, cl, i), names[i], 200);
    char base[200];
    snprintf(base, sizeof base, "%s", names[i]);
    for (unsigned dup = 2;; ++dup) {
        size_t k = 0;
        while (k < i && strcmp(names[k], names[i])) ++k;
        if (k == i) break;
        snprintf(names[i], sizeof names[i], "%s-%u", base, dup);
    }
}
int check_pool(const struct cli_data *d, ctrend_frame **out) { return pool(d, out); }

/* The claims options of `check` (today --level only). Returns 0 with *out (NULL = every
 * default; out NULL: only validate), or 1 after a message (a bad value, or out of memory). */
static int check_options(const char *level, ctrend_claims_opts **out)
{
    ctrend_claims_opts *o = NULL;
    if (out) *out = NULL;
    if (!level) return 0;
    char *end = NULL;
    const double v = strtod(level, &end);
    double lo = 0, hi = 1;
    (void)ctrend_claims_opts_bounds(CTREND_CLAIMS_OPT_LEVEL, &lo, &hi);
    if (ctrend_claims_opts_new(&o) != CTREND_OK) {
        fprintf(stderr, "ctrend check: out of memory\n");
        return 1;
    }
    if (end == level || *end || ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_LEVEL, v) != CTREND_OK) {
        fprintf(stderr, "ctrend check: --level needs a number with %g < L < %g (0.9 for 90%%), got '%s'\n", lo, hi,
                level);
        ctrend_claims_opts_free(o);
        return 1;
    }
    if (out) *out = o;
    else ctrend_claims_opts_free(o);
    return 0;
}

/* `ctrend check`'s exit status from the verdict counts: 3 when any claim is contradicted,
 * else 4 when any is unverifiable (or unchecked, or INVALID), else 0 (also for no claims). */
static int check_exit_code(const ctrend_claims *cl, size_t *s, size_t *k, size_t *u)
{
    (void)ctrend_claims_counts(cl, s, k, u);
    return *k ? CLI_EXIT_CONTRADICTED : *u ? CLI_EXIT_UNVERIFIABLE : CLI_EXIT_OK;
}

/* ---- the command, step by step ------------------------------------------------------------ */

/* A step's result when the command goes on (every exit status is >= 0). */
#define CHECK_GO_ON (-1)

/* What `check` was asked on its command line. */
typedef struct check_args {
    cli_common c;
    const char *claims_path, *explain, *fig_dir, *fig_format, *report, *level;
    int fig_device;    /* --figures: a CTREND_FIGURE_* device; -1 without */
    int report_format; /* --report: report_format_from_path; -1 without */
} check_args;

/* What a run holds, freed by check_state_free (each part may still be empty). */
typedef struct check_state {
    ctrend_claims *cl;
    report_invalid *invalid; /* --report: the records that do not parse */
    size_t n_invalid;
    int parse_errors; /* some record did not parse (exit status 2 at the end) */
    size_t only;      /* --explain: the claim's index */
    cli_data d;
    ctrend_frame *all; /* every file's series pooled */
} check_state;

static void check_state_free(check_state *st)
{
    ctrend_frame_free(st->all);
    cli_data_free(&st->d);
    ctrend_claims_free(st->cl);
    free(st->invalid);
}

/* Is opt an option of `check` that takes a value? Then *slot is where the value goes (NULL
 * for --data, whose values are the data files). */
static int value_option(check_args *a, const char *opt, const char ***slot)
{
    *slot = !strcmp(opt, "--level")            ? &a->level
            : !strcmp(opt, "--explain")        ? &a->explain
            : !strcmp(opt, "--figures")        ? &a->fig_dir
            : !strcmp(opt, "--figures-format") ? &a->fig_format
            : !strcmp(opt, "--report")         ? &a->report
                                               : NULL;
    return *slot || !strcmp(opt, "--data");
}

/* Read argv into a. Returns CHECK_GO_ON, or the exit status (0 after --help). */
static int check_parse_args(int argc, char **argv, check_args *a)
{
    memset(a, 0, sizeof *a);
    cli_common_init(&a->c);
    a->fig_format = "svg";
    a->fig_device = a->report_format = -1;
    for (int i = 1; i < argc; ++i) {
        const char *opt = argv[i];
        const char **slot;
        if (cli_is_help(opt)) return cli_print_help(help, 0);
        if (value_option(a, opt, &slot)) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ctrend check: %s needs a value\n", opt);
                return CLI_EXIT_USAGE;
            }
            if (slot) {
                *slot = argv[++i];
                continue;
            }
            if (a->c.n_files == CLI_MAX_FILES) {
                fprintf(stderr, "ctrend check: more than %d data files\n", CLI_MAX_FILES);
                return CLI_EXIT_USAGE;
            }
            a->c.files[a->c.n_files++] = argv[++i];
            continue;
        }
        if (opt[0] != '-' && !a->claims_path) {
            a->claims_path = opt;
            continue;
        }
        if (cli_other_option("check", &a->c, NULL, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    return CHECK_GO_ON;
}

/* --figures DIR and --figures-format: a->fig_device. Returns CHECK_GO_ON or CLI_EXIT_USAGE
 * (message printed). */
static int check_figure_args(check_args *a)
{
    if (!a->fig_dir) {
        if (!strcmp(a->fig_format, "svg")) return CHECK_GO_ON;
        fprintf(stderr, "ctrend check: --figures-format needs --figures DIR\n");
        return CLI_EXIT_USAGE;
    }
    if (!plot_available()) {
        fprintf(stderr, "ctrend check: --figures: this ctrend was built without plotting support "
                        "(PLplot).\nInstall PLplot (Debian: apt-get install libplplot-dev "
                        "plplot-driver-cairo) and rebuild.\n");
        return CLI_EXIT_USAGE;
    }
    a->fig_device = !strcmp(a->fig_format, "svg")   ? CTREND_FIGURE_SVG
                    : !strcmp(a->fig_format, "png") ? CTREND_FIGURE_PNG
                    : !strcmp(a->fig_format, "pdf") ? CTREND_FIGURE_PDF
                                                    : -1;
    if (a->fig_device < 0) {
        fprintf(stderr, "ctrend check: --figures-format must be svg, png or pdf, got '%s'\n",
                a->fig_format);
        return CLI_EXIT_USAGE;
    }
    if (!*a->fig_dir) {
        fprintf(stderr, "ctrend check: --figures needs a directory\n");
        return CLI_EXIT_USAGE;
    }
    return CHECK_GO_ON;
}

/* The arguments together, before any file is read. Returns CHECK_GO_ON or CLI_EXIT_USAGE
 * (message printed). */
static int check_validate(check_args *a)
{
    if (!a->claims_path) {
        fprintf(stderr, "ctrend check: no CLAIMS file (see --help)\n");
        return CLI_EXIT_USAGE;
    }
    if (a->c.n_files == 0) {
        fprintf(stderr, "ctrend check: no data file (--data FILE)\n");
        return CLI_EXIT_USAGE;
    }
    if (check_figure_args(a) != CHECK_GO_ON) return CLI_EXIT_USAGE;
    a->report_format = a->report ? report_format_from_path(a->report) : -1;
    if (a->report && a->explain) {
        fprintf(stderr, "ctrend check: --report writes every claim: not with --explain\n");
        return CLI_EXIT_USAGE;
    }
    if (a->report && a->report_format < 0) {
        fprintf(stderr,
                "ctrend check: --report: FILE must end in .html, .htm, .md or .markdown, "
                "got '%s'\n",
                a->report);
        return CLI_EXIT_USAGE;
    }
    return check_options(a->level, NULL) ? CLI_EXIT_USAGE : CHECK_GO_ON;
}

/* Read and parse the claims file into st: every record kept (a bad one INVALID, its message
 * on stderr); with --report the bad ones set aside instead. --explain ID must name a claim.
 * Returns CHECK_GO_ON or the exit status (message printed). */
static int check_read_claims(const check_args *a, check_state *st)
{
    size_t len = 0;
    char *text = cli_read_file(a->claims_path, &len);
    if (!text) {
        if (errno == ENOMEM) {
            cli_note_out_of_memory(); /* main reports it: nothing printed, exit 2 */
            return CLI_EXIT_DATA;
        }
        fprintf(stderr, "ctrend check: %s: cannot read: %s\n", a->claims_path, strerror(errno));
        return CLI_EXIT_DATA;
    }
    const int rc =
        a->report
            ? report_parse_lenient(text, len, a->claims_path, &st->cl, &st->invalid, &st->n_invalid)
            : ctrend_claims_parse_lenient(text, len, a->claims_path, &st->cl, NULL);
    for (size_t k = 0; k < st->n_invalid; ++k)
        fprintf(stderr, "ctrend: %s (not checked)\n", st->invalid[k].msg);
    free(text);
    if (rc != CTREND_OK && !(rc == CTREND_EPARSE && st->cl)) {
        fprintf(stderr, "ctrend: %s\n", ctrend_strerror(rc));
        return CLI_EXIT_DATA;
    }
    /* a bad record is its own INVALID verdict; every other claim is still checked, and the
     * exit status is 2 (claims-file error) at the end */
    st->parse_errors = ctrend_claims_n_errors(st->cl) > 0;
    for (size_t k = 0; k < ctrend_claims_n_errors(st->cl); ++k)
        fprintf(stderr, "ctrend: %s\n", ctrend_claims_error_at(st->cl, k));
    if (a->explain && ctrend_claims_find(st->cl, a->explain, &st->only) != CTREND_OK) {
        fprintf(stderr, "ctrend check: no claim with id '%s' in %s\n", a->explain, a->claims_path);
        return CLI_EXIT_USAGE;
    }
    return CHECK_GO_ON;
}

/* The figures directory, the data files pooled into st->all, and every claim checked against
 * them. Returns CHECK_GO_ON or the exit status (message printed). */
static int check_against_data(const check_args *a, check_state *st)
{
    if (a->fig_dir && make_dirs(a->fig_dir) != 0) {
        fprintf(stderr, "ctrend check: --figures: cannot create directory '%s': %s\n", a->fig_dir,
                strerror(errno));
        return CLI_EXIT_USAGE;
    }
    int rc = cli_load(&a->c, &st->d);
    if (!rc) rc = pool(&st->d, &st->all);
    if (rc) return rc;
    ctrend_claims_opts *opts = NULL;
    rc = check_options(a->level, &opts) ? CTREND_ENOMEM
                                        : ctrend_claims_check(st->cl, opts, st->all, NULL);
    ctrend_claims_opts_free(opts);
    if (rc != CTREND_OK) {
        if (rc == CTREND_ENOMEM) cli_note_out_of_memory();
        fprintf(stderr, "ctrend check: %s\n", ctrend_claims_errmsg(st->cl));
        return CLI_EXIT_DATA;
    }
    return CHECK_GO_ON;
}

/* --explain ID: the claim's arithmetic step by step (and its figure). Returns the exit
 * status: that claim's verdict's. */
static int check_explain(const check_args *a, const check_state *st)
{
    const ctrend_claims *cl = st->cl;
    const size_t only = st->only;
    const int v = cv_int(ctrend_claims_verdict, cl, only, CTREND_VERDICT_UNCHECKED);
    printf("[%s] %s\nsource: %s\nquote: %s\n%s", cv_str(ctrend_claims_id, cl, only),
           ctrend_claims_verdict_name(v), cv_str(ctrend_claims_source, cl, only),
           cv_str(ctrend_claims_quote, cl, only), cv_str(ctrend_claims_explanation, cl, only));
    fflush(stdout);
    if (a->fig_dir && write_figures(cl, st->all, &st->d, a->fig_dir, a->fig_device, (long)only))
        return CLI_EXIT_USAGE;
    if (v == CTREND_VERDICT_INVALID) return CLI_EXIT_DATA;
    return v == CTREND_VERDICT_SUPPORTED      ? CLI_EXIT_OK
           : v == CTREND_VERDICT_CONTRADICTED ? CLI_EXIT_CONTRADICTED
                                              : CLI_EXIT_UNVERIFIABLE;
}

/* One row per claim: verdict, the computed and quoted figures, the exact test, the note. */
static void check_print_table(const ctrend_claims *cl, int format)
{
    static const int figs[] = {
        CTREND_CLAIMS_COMPUTED, CTREND_CLAIMS_QUOTED,  CTREND_CLAIMS_RATIO,  CTREND_CLAIMS_CI_LOWER,
        CTREND_CLAIMS_CI_UPPER, CTREND_CLAIMS_P_VALUE, CTREND_CLAIMS_P_CLAIM};
    cli_table *t = cli_table_new();
    cli_table_column(t, "id", CLI_COL_TEXT, 0);
    cli_table_column(t, "verdict", CLI_COL_TEXT, 0);
    cli_table_column(t, "computed", CLI_COL_NUM, 2);
    cli_table_column(t, "quoted", CLI_COL_NUM, 2);
    cli_table_column(t, "rate_ratio", CLI_COL_NUM, 3);
    cli_table_column(t, "ci_low", CLI_COL_NUM, 3);
    cli_table_column(t, "ci_high", CLI_COL_NUM, 3);
    cli_table_column(t, "p_change", CLI_COL_NUM, 4);    /* two-sided exact test of ratio = 1 */
    cli_table_column(t, "p_threshold", CLI_COL_NUM, 4); /* one-sided test of the stated figure */
    cli_table_column(t, "note", CLI_COL_TEXT, 0);
    for (size_t i = 0; i < ctrend_claims_count(cl); ++i) {
        cli_table_row(t);
        cli_table_text(t, cv_str(ctrend_claims_id, cl, i));
        const int v = cv_int(ctrend_claims_verdict, cl, i, CTREND_VERDICT_UNCHECKED);
        cli_table_text(t, ctrend_claims_verdict_name(v));
        for (size_t k = 0; k < sizeof figs / sizeof figs[0]; ++k)
            cli_table_num(t, figure(cl, i, figs[k]));
        /* note: every caveat that changes how the verdict reads (the library's note) */
        const char *note = cv_str(ctrend_claims_note, cl, i);
        cli_table_text(t, note ? note : "");
    }
    cli_table_print(t, stdout, format);
    cli_table_free(t);
}

/* Every claim: the table, the counts (table format), the figures and the report. Returns the
 * exit status. */
static int check_all(const check_args *a, const check_state *st)
{
    const ctrend_claims *cl = st->cl;
    check_print_table(cl, a->c.format);
    size_t s = 0, k = 0, u = 0;
    const int code = check_exit_code(cl, &s, &k, &u);
    const size_t n_inv = ctrend_claims_n_invalid(cl);
    if (a->c.format == CLI_FORMAT_TABLE && n_inv)
        printf("\n%zu supported, %zu contradicted, %zu unverifiable, %zu invalid\n", s, k, u - n_inv, n_inv);
    else if (a->c.format == CLI_FORMAT_TABLE)
        printf("\n%zu supported, %zu contradicted, %zu unverifiable\n", s, k, u);
    fflush(stdout);
    int fig_rc = a->fig_dir ? write_figures(cl, st->all, &st->d, a->fig_dir, a->fig_device, -1) : 0;
    if (a->report && !fig_rc) {
        const report_input in = {
            a->claims_path, st->all,       &st->d,
            st->invalid,    st->n_invalid, a->level ? strtod(a->level, NULL) : CTREND_CLAIMS_LEVEL};
        fig_rc = report_write(a->report, a->report_format, cl, &in);
        if (!fig_rc) fprintf(stderr, "ctrend check: report written to %s\n", a->report);
    }
    return fig_rc ? CLI_EXIT_USAGE : (st->n_invalid || st->parse_errors) ? CLI_EXIT_DATA : code;
}

/* `ctrend check`: arguments, claims, data, then --explain's one claim or every claim. */
int cmd_check(int argc, char **argv)
{
    check_args a;
    int rc = check_parse_args(argc, argv, &a);
    if (rc == CHECK_GO_ON) rc = check_validate(&a);
    if (rc != CHECK_GO_ON) return rc;
    check_state st;
    memset(&st, 0, sizeof st);
    rc = check_read_claims(&a, &st);
    if (rc == CHECK_GO_ON) rc = check_against_data(&a, &st);
    if (rc == CHECK_GO_ON) rc = a.explain ? check_explain(&a, &st) : check_all(&a, &st);
    check_state_free(&st);
    return rc;
}
