/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_plot.c — `ctrend plot FILE... -o out.svg|out.png|out.pdf`: draw the monthly counts of
 * the selected series (one panel each), with an optional rolling mean, a fitted count model's
 * mean, marked step / slope-change / break months and a forecast with 80% / 95% prediction
 * bands.
 *
 * The numbers come from libctrend exactly as the other commands compute them: the rolling
 * mean as `ctrend rolling --window K` (min_periods = K), the model through the shared model
 * options (model_args.h, as `ctrend fit`), the bands as `ctrend forecast`'s pi80/pi95 columns
 * (CTREND_FI_PREDICTIVE: simulated future counts with parameter uncertainty; same default
 * --sims and --seed, so the figure shows the table's numbers), the break as `ctrend breaks`
 * (level shift, profile likelihood). --data FILE.csv writes the plotted numbers.
 * What is drawn is a figure specification of libctrend (ctrend/figure.h: the layers are
 * computed there from the model and forecast handles); libctrend-figure draws it.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "model_args.h"
#include "plot.h"

#define PLOT_MAX_PANELS CTREND_FIGURE_MAX_PANELS
#define PLOT_MAX_MARKS 4 /* marks drawn per panel */
#define PLOT_MAX_SPANS 4 /* --highlight spans */

typedef struct plot_span {
    int32_t from, to;
} plot_span;

static const char help[] =
    "usage: ctrend plot [OPTIONS] FILE... -o OUT.svg|OUT.png|OUT.pdf\n\n"
    "Draw the monthly counts of each selected series (one panel per series, at most 12;\n"
    "--by group|region|none sums series first). Months not reported are shaded grey and have\n"
    "no bar: missing is never drawn as zero; a zero month is a short mark on the baseline.\n"
    "  -o, --output FILE     output file; the format follows the extension (svg, png, pdf)\n"
    "  --points              points instead of bars\n"
    "  --rolling K           add the rolling mean over K months (trailing, as `ctrend rolling`;\n"
    "                        a window with a month not reported has no value)\n"
    "  --centre              centre the rolling window (pandas center=True)\n"
    "  --fit FAMILY          draw the fitted mean of a count model: poisson, quasipoisson,\n"
    "                        negbin or gaussian (same as --family; the model options below\n"
    "                        are those of `ctrend fit`: linear trend on unless --no-trend)\n"
    "  --forecast H          forecast H months past the window (alias --horizon) with the\n"
    "                        80% and 95% prediction bands for the count (implies --fit poisson)\n"
    "  --sims N              predictive simulations for the bands (default 10000, as `ctrend\n"
    "                        forecast`; with the same --seed the bands are its pi80/pi95)\n"
    "  --find-break          search each series for one level shift (as `ctrend breaks`), add\n"
    "                        it to the model and mark it (implies --fit poisson)\n"
    "  --min-segment M       months on each side of a candidate break (default 3)\n"
    "  --boot N              bootstrap replicates for the break's p-value (default 0: none)\n"
    "  --highlight FROM[:TO] shade the months FROM..TO (YYYY-MM; repeatable, up to 4), e.g. the\n"
    "                        months a claim compares\n"
    "  --highlight-label TEXT  legend text for them (default \"highlighted months\")\n"
    "  --data FILE.csv       also write the plotted numbers (one row per panel and month)\n"
    "Labels and size:\n"
    "  --title TEXT  --subtitle TEXT  --ylabel TEXT   (\"\" removes the default)\n"
    "  --caption TEXT        source line at the bottom (default: the input files)\n"
    "  --width W --height H  size in pixels (PNG) or points (SVG, PDF); default 900 wide\n\n";

typedef struct plot_opts {
    const char *out, *data_out;
    int style;
    size_t rolling;
    int centre;
    int fit;             /* draw a model */
    int model_terms;     /* a model option other than --seed was given */
    size_t horizon, sims;
    int find_break;
    size_t min_segment, boot;
    const char *title, *subtitle, *caption, *ylabel;
    double width, height;
    plot_span spans[PLOT_MAX_SPANS];
    size_t n_spans;
    const char *span_label;
} plot_opts;

static const char *family_name(int family)
{
    switch (family) {
    case CTREND_FAMILY_POISSON: return "Poisson";
    case CTREND_FAMILY_QUASIPOISSON: return "quasi-Poisson";
    case CTREND_FAMILY_NEGBIN: return "negative binomial";
    case CTREND_FAMILY_GAUSSIAN: return "linear (OLS)";
    default: return "?";
    }
}

static int parse_size_px(const char *opt, const char *s, double *v)
{
    char *end;
    const double x = strtod(s, &end);
    const double lo = !strcmp(opt, "--width") ? 200.0 : 150.0;
    if (end == s || *end || !(x >= lo && x <= 20000.0)) {
        fprintf(stderr, "ctrend plot: %s needs a size between %.0f and 20000, got '%s'\n", opt, lo, s);
        return -1;
    }
    *v = x;
    return 0;
}

/* A vertical mark "WHAT YYYY-MM[EXTRA]" (at most PLOT_MAX_MARKS per panel). */
static int add_mark(ctrend_figure *fig, size_t panel, int32_t month, int kind, const char *what,
                    const char *extra)
{
    size_t have = 0;
    if (ctrend_figure_panel_n_marks(fig, panel, &have) || have == PLOT_MAX_MARKS) return CTREND_OK;
    char mt[CTREND_MONTH_STRLEN_V2], label[64];
    cli_month_str(month, mt);
    snprintf(label, sizeof label, "%s %s%s", what, mt, extra ? extra : "");
    return ctrend_figure_add_mark(fig, panel, month, kind, label);
}

/* Search series s for one level break (as `ctrend breaks`), add it to design d and mark it. */
static int find_break(const plot_opts *o, const cli_model *mo, ctrend_model_opts *opts,
                      ctrend_design *d, const double *x, size_t n, const char *name,
                      ctrend_figure *fig, size_t panel)
{
    ctrend_breaks *br = NULL;
    ctrend_error err;
    int rc = ctrend_model_opts_set_int(opts, CTREND_OPT_MIN_SEGMENT, (int64_t)o->min_segment);
    if (!rc) rc = ctrend_model_opts_set_int(opts, CTREND_OPT_N_BOOT, (int64_t)o->boot);
    if (!rc) rc = ctrend_model_opts_set_int(opts, CTREND_OPT_SEED, (int64_t)mo->seed);
    if (rc) {
        fprintf(stderr, "ctrend plot: %s: break search: --min-segment, --boot or --seed out "
                        "of range [%s]\n", name, ctrend_status_name(rc));
        return rc;
    }
    rc = ctrend_breaks_fit(opts, mo->family, d, x, n, CTREND_BREAK_LEVEL, &br, &err);
    if (rc) {
        fprintf(stderr, "ctrend plot: %s: break search: %s [%s]\n", name, err.message,
                ctrend_status_name(rc));
        return rc;
    }
    int32_t bm = 0;
    (void)ctrend_breaks_month(br, &bm);
    double lr = NAN, pv = NAN;
    ctrend_breaks_scalar(br, CTREND_BS_LR, &lr);
    ctrend_breaks_scalar(br, CTREND_BS_PVALUE, &pv);
    ctrend_breaks_free(br);
    rc = ctrend_design_add_step(d, bm, "break");
    if (rc) {
        fprintf(stderr, "ctrend plot: %s: break: %s [%s]\n", name, ctrend_strerror(rc),
                ctrend_status_name(rc));
        return rc;
    }
    char extra[48];
    if (isnan(pv)) snprintf(extra, sizeof extra, " (LR %.1f)", lr);
    else snprintf(extra, sizeof extra, " (LR %.1f, p %.3g)", lr, pv);
    return add_mark(fig, panel, bm, CTREND_FIGURE_MARK_BREAK, "break", extra);
}

/* Build the design of series s (model_args.h), optionally search and add a level break, fit,
 * and add the fitted mean and the forecast to the panel (the figure computes them from the
 * handles). Returns 0, or prints "ctrend plot: NAME: message [STATUS]" and returns
 * CLI_EXIT_DATA. */
static int fit_panel(const plot_opts *o, const cli_model *mo, ctrend_model_opts *opts,
                     const ctrend_frame *fr, size_t s, const double *x, size_t n, int32_t start,
                     ctrend_figure *fig, size_t panel)
{
    char name[256];
    cli_series_name(fr, s, name, sizeof name);
    ctrend_design *d = NULL;
    ctrend_model *m = NULL;
    ctrend_forecast *f = NULL;
    int rc = cli_model_design(mo, fr, s, start, n, &d);
    if (rc) goto done; /* message printed */
    if (o->find_break && (rc = find_break(o, mo, opts, d, x, n, name, fig, panel))) goto done;
    ctrend_error err;
    rc = ctrend_model_fit(opts, mo->family, d, x, n, &m, &err);
    if (rc) {
        fprintf(stderr, "ctrend plot: %s: %s fit: %s [%s]\n", name, family_name(mo->family),
                err.message, ctrend_status_name(rc));
        goto done;
    }
    rc = ctrend_figure_add_fit(fig, panel, m);
    if (rc) goto done;
    if (o->horizon) {
        rc = ctrend_forecast_new(m, o->horizon, o->sims, mo->seed, &f, NULL);
        if (!rc) rc = ctrend_figure_add_forecast(fig, panel, f);
        if (rc && rc != CTREND_ENOMEM)
            fprintf(stderr, "ctrend plot: %s: forecast: %s [%s]\n", name, ctrend_strerror(rc),
                    ctrend_status_name(rc));
    }
done:
    if (rc == CTREND_ENOMEM) fprintf(stderr, "ctrend plot: out of memory\n");
    ctrend_forecast_free(f);
    ctrend_model_free(m);
    ctrend_design_free(d);
    return rc ? CLI_EXIT_DATA : 0;
}

/* Panel title: the non-empty parts of the key, "TTP / Khyber / attacks". */
static void panel_title(const ctrend_frame *f, size_t s, char *buf, size_t cap)
{
    const char *parts[3] = {cli_key_group(f, s), cli_key_region(f, s),
                            cli_key_metric(f, s)};
    size_t used = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < 3; ++k) {
        if (!parts[k] || !*parts[k]) continue;
        used += (size_t)snprintf(buf + used, used < cap ? cap - used : 0, "%s%s",
                                 used ? " / " : "", parts[k]);
        if (used >= cap) break;
    }
}

/* --highlight FROM[:TO]. 0, or -1 with the message printed. */
static int parse_highlight(const char *v, plot_opts *o)
{
    if (o->n_spans == PLOT_MAX_SPANS) {
        fprintf(stderr, "ctrend plot: at most %d --highlight spans\n", PLOT_MAX_SPANS);
        return -1;
    }
    char from[32], to[32];
    const char *colon = strchr(v, ':');
    const size_t lf = colon ? (size_t)(colon - v) : strlen(v);
    snprintf(from, sizeof from, "%.*s", (int)(lf < sizeof from ? lf : sizeof from - 1), v);
    snprintf(to, sizeof to, "%s", colon ? colon + 1 : from);
    plot_span *sp = &o->spans[o->n_spans];
    if (cli_parse_month(from, &sp->from) || cli_parse_month(to, &sp->to)) return -1;
    if (sp->to < sp->from) {
        fprintf(stderr, "ctrend plot: --highlight %s: the end is before the start\n", v);
        return -1;
    }
    ++o->n_spans;
    return 0;
}

/* 0 ok, -1 usage error (printed), -2 --help printed. */
static int parse_options(int argc, char **argv, cli_common *c, cli_model *mo, plot_opts *o)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (cli_is_help(a)) {
            cli_print_help(help, 1);
            return -2;
        }
        static const char *const valued[] = {"-o", "--output", "--rolling", "--fit", "--forecast",
                                             "--horizon", "--sims", "--title", "--subtitle",
                                             "--caption", "--ylabel", "--width", "--height",
                                             "--min-segment", "--boot", "--data", "--highlight",
                                             "--highlight-label"};
        int has_value = 0;
        for (size_t k = 0; k < sizeof valued / sizeof valued[0]; ++k)
            if (!strcmp(a, valued[k])) has_value = 1;
        if (has_value) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ctrend plot: %s needs a value\n", a);
                return -1;
            }
            const char *v = argv[++i];
            if (!strcmp(a, "-o") || !strcmp(a, "--output")) o->out = v;
            else if (!strcmp(a, "--data")) o->data_out = v;
            else if (!strcmp(a, "--highlight-label")) o->span_label = v;
            else if (!strcmp(a, "--highlight")) { if (parse_highlight(v, o)) return -1; }
            else if (!strcmp(a, "--rolling")) { if (cli_parse_size(a, v, &o->rolling)) return -1; }
            else if (!strcmp(a, "--forecast") || !strcmp(a, "--horizon")) { if (cli_parse_size(a, v, &o->horizon)) return -1; }
            else if (!strcmp(a, "--sims")) { if (cli_parse_size(a, v, &o->sims)) return -1; }
            else if (!strcmp(a, "--min-segment")) { if (cli_parse_size(a, v, &o->min_segment)) return -1; }
            else if (!strcmp(a, "--boot")) {
                if (!strcmp(v, "0")) o->boot = 0;
                else if (cli_parse_size(a, v, &o->boot)) return -1;
            }
            else if (!strcmp(a, "--fit")) {
                /* --fit FAMILY is --family FAMILY that also turns the fit on */
                char *sub[3] = {(char *)"plot", (char *)"--family", (char *)v};
                int j = 1;
                if (cli_model_option(mo, 3, sub, &j) != 1) return -1;
                o->fit = 1;
            }
            else if (!strcmp(a, "--title")) o->title = v;
            else if (!strcmp(a, "--subtitle")) o->subtitle = v;
            else if (!strcmp(a, "--caption")) o->caption = v;
            else if (!strcmp(a, "--ylabel")) o->ylabel = v;
            else if (!strcmp(a, "--width")) { if (parse_size_px(a, v, &o->width)) return -1; }
            else if (parse_size_px(a, v, &o->height)) return -1;
            continue;
        }
        if (!strcmp(a, "--points")) { o->style = CTREND_FIGURE_POINTS; continue; }
        if (!strcmp(a, "--centre") || !strcmp(a, "--center")) { o->centre = 1; continue; }
        if (!strcmp(a, "--find-break")) { o->find_break = 1; continue; }
        int r = cli_model_option(mo, argc, argv, &i);
        if (r == 1) {
            if (!strcmp(a, "--family")) o->fit = 1;
            else if (strcmp(a, "--seed")) o->model_terms = 1;
            continue;
        }
        if (r == 0) r = cli_common_option(c, argc, argv, &i);
        if (r < 0) return -1;
        if (r == 0) {
            fprintf(stderr, "ctrend plot: unknown option '%s' (see --help)\n", a);
            return -1;
        }
    }
    return 0;
}

/* The subtitle describing what is drawn. */
static void describe(const plot_opts *o, const cli_model *mo, int32_t lo, int32_t hi, char *buf,
                     size_t cap)
{
    char a[CTREND_MONTH_STRLEN_V2], b[CTREND_MONTH_STRLEN_V2];
    cli_month_str(lo, a);
    cli_month_str(hi, b);
    size_t u = (size_t)snprintf(buf, cap, "%s to %s", a, b);
#define ADD(...) do { if (u < cap) u += (size_t)snprintf(buf + u, cap - u, __VA_ARGS__); } while (0)
    if (o->fit) {
        ADD("; %s fit", family_name(mo->family));
        const char *sep = " with ";
        if (mo->trend) { ADD("%strend", sep); sep = ", "; }
        if (mo->fourier) { ADD("%s%zu Fourier pair%s", sep, mo->fourier, mo->fourier > 1 ? "s" : ""); sep = ", "; }
        if (mo->month_dummies) { ADD("%smonth dummies", sep); sep = ", "; }
        for (size_t k = 0; k < mo->n_steps; ++k) { cli_month_str(mo->steps[k], a); ADD("%sstep at %s", sep, a); sep = ", "; }
        for (size_t k = 0; k < mo->n_slopes; ++k) { cli_month_str(mo->slopes[k], a); ADD("%sslope change at %s", sep, a); sep = ", "; }
        for (size_t k = 0; k < mo->n_covariates; ++k) { ADD("%s%s", sep, mo->covariates[k]); sep = ", "; }
        if (mo->exposure) { ADD("%sexposure %s", sep, mo->exposure); sep = ", "; }
        if (mo->offset_days) { ADD("%sdays offset", sep); sep = ", "; }
        if (o->find_break) ADD("%sa level break (searched, segments >= %zu months)", sep, o->min_segment);
    }
    if (o->horizon)
        ADD("; %zu-month forecast (bands: %zu simulations, seed %llu)", o->horizon,
            o->sims, (unsigned long long)mo->seed);
#undef ADD
}

/* A CSV text field, quoted when needed (RFC 4180). */
static void csv_text(FILE *fp, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, fp);
        return;
    }
    fputc('"', fp);
    for (const char *p = s; *p; ++p) {
        if (*p == '"') fputc('"', fp);
        fputc(*p, fp);
    }
    fputc('"', fp);
}

/* One panel's numbers, for --data: the 8 layers (NULL when not drawn). */
typedef struct panel_numbers {
    double *v[8];
    int32_t start;
    size_t n, h;
} panel_numbers;

static int read_numbers(const ctrend_figure *fig, size_t k, panel_numbers *pn)
{
    memset(pn, 0, sizeof *pn);
    int rc = ctrend_figure_panel_months(fig, k, &pn->start, &pn->n, &pn->h);
    for (int w = 0; !rc && w < 8; ++w) {
        size_t len = 0;
        rc = ctrend_figure_panel_vector(fig, k, w, NULL, 0, &len);
        if (rc || !len) continue;
        pn->v[w] = malloc(len * sizeof(double));
        rc = pn->v[w] ? ctrend_figure_panel_vector(fig, k, w, pn->v[w], len, NULL) : CTREND_ENOMEM;
    }
    return rc;
}

static void write_panel_rows(FILE *fp, const panel_numbers *pn, const char *const key[3])
{
    for (size_t i = 0; i < pn->n + pn->h; ++i) {
        char mon[CTREND_MONTH_STRLEN_V2];
        cli_month_str(pn->start + (int32_t)i, mon);
        const int past = i < pn->n;
        for (size_t w = 0; w < 3; ++w) {
            csv_text(fp, key[w] ? key[w] : "");
            fputc(',', fp);
        }
        fputs(mon, fp);
        for (size_t w = 0; w < 8; ++w) {
            /* layers 0..2 cover the window, 3..7 the forecast months */
            const double *v = pn->v[w];
            const double x = !v ? NAN : w < 3 ? (past ? v[i] : NAN) : (!past ? v[i - pn->n] : NAN);
            if (isnan(x)) fputs(",", fp);
            else fprintf(fp, ",%.17g", x);
        }
        fputc('\n', fp);
    }
}

/* Returns 0 or an exit status (printed, or noted as out of memory). */
static int write_data(const char *path, const ctrend_figure *fig, const char *const (*keys)[3])
{
    FILE *fp = fopen(path, "w");
    if (!fp) {
        fprintf(stderr, "ctrend plot: cannot write '%s'\n", path);
        return CLI_EXIT_USAGE;
    }
    fprintf(fp, "group,region,metric,month,value,rolling_mean,fitted,forecast_mean,pi80_lo,pi80_hi,"
                "pi95_lo,pi95_hi\n");
    int rc = 0;
    for (size_t k = 0; k < ctrend_figure_n_panels(fig) && !rc; ++k) {
        panel_numbers pn;
        rc = read_numbers(fig, k, &pn);
        if (!rc) write_panel_rows(fp, &pn, keys[k]);
        for (size_t w = 0; w < 8; ++w) free(pn.v[w]);
    }
    if (fclose(fp) || rc) {
        if (rc == CTREND_ENOMEM) cli_note_out_of_memory(); /* main says "out of memory" */
        else fprintf(stderr, "ctrend plot: error writing '%s'\n", path);
        return rc == CTREND_ENOMEM ? CLI_EXIT_DATA : CLI_EXIT_USAGE;
    }
    return 0;
}

/* Checks after parsing; returns 0 or an exit status (message printed). */
static int check_options(plot_opts *o, const cli_model *mo, cli_common *c, int *device)
{
    if (!o->out) {
        fprintf(stderr, "ctrend plot: -o OUT.svg|OUT.png|OUT.pdf is required\n");
        return CLI_EXIT_USAGE;
    }
    if (ctrend_figure_device_from_path(o->out, device) != CTREND_OK) {
        fprintf(stderr, "ctrend plot: cannot tell the format of '%s': use .svg, .png or .pdf\n", o->out);
        return CLI_EXIT_USAGE;
    }
    if (o->horizon || o->find_break) o->fit = 1;
    if (!o->fit && o->model_terms) {
        fprintf(stderr, "ctrend plot: model options (--step, --fourier, ...) need --fit FAMILY "
                        "(or --forecast H)\n");
        return CLI_EXIT_USAGE;
    }
    if (mo->fourier && mo->month_dummies) {
        fprintf(stderr, "ctrend plot: use --fourier or --month-dummies, not both\n");
        return CLI_EXIT_USAGE;
    }
    if (o->find_break && mo->family == CTREND_FAMILY_GAUSSIAN) {
        fprintf(stderr, "ctrend plot: --find-break needs a count family (poisson, quasipoisson, negbin)\n");
        return CLI_EXIT_USAGE;
    }
    if (mo->family == CTREND_FAMILY_GAUSSIAN) c->allow_noncount = 1;
    return 0;
}

/* What the panels hold, across the loop over series. */
typedef struct plot_state {
    ctrend_figure *fig;
    const char *keys[PLOT_MAX_PANELS][3]; /* group, region, metric (borrowed from the frames) */
    size_t n_selected;
    int32_t lo_month, hi_month;
    const char *metric_label;
    int same_metric;
} plot_state;

/* Add the panel of series s of f with its layers. Returns 0 or an exit status (printed). */
static int add_series_panel(const plot_opts *o, const cli_model *mo, ctrend_model_opts *opts,
                            const cli_common *c, const ctrend_frame *f, size_t s, plot_state *st)
{
    double *x;
    size_t n;
    int32_t start;
    if (cli_series_window(c, f, s, 0, &x, &n, &start)) return 0;
    ctrend_figure *fig = st->fig;
    size_t pi = 0;
    int rc = ctrend_figure_add_panel(fig, start, x, n, &pi);
    const char *metric = cli_key_metric(f, s);
    char title[256], ylabel[128];
    panel_title(f, s, title, sizeof title);
    if (o->ylabel) snprintf(ylabel, sizeof ylabel, "%s", o->ylabel);
    else snprintf(ylabel, sizeof ylabel, "%s per month", metric && *metric ? metric : "count");
    if (!rc) rc = ctrend_figure_panel_set_text(fig, pi, CTREND_FIGURE_PANEL_TITLE, title);
    if (!rc) rc = ctrend_figure_panel_set_text(fig, pi, CTREND_FIGURE_PANEL_YLABEL, ylabel);
    if (!rc && o->rolling) {
        rc = ctrend_figure_add_rolling(fig, pi, o->rolling, o->centre ? CTREND_ALIGN_CENTRED : CTREND_ALIGN_TRAILING);
        if (rc) fprintf(stderr, "ctrend plot: %s: rolling mean: %s\n", title, ctrend_strerror(rc));
    }
    for (size_t j = 0; !rc && j < o->n_spans; ++j)
        rc = ctrend_figure_add_span(fig, pi, o->spans[j].from, o->spans[j].to, CTREND_FIGURE_SPAN_MAIN);
    for (size_t j = 0; !rc && j < mo->n_steps; ++j)
        rc = add_mark(fig, pi, mo->steps[j], CTREND_FIGURE_MARK_STEP, "step", NULL);
    for (size_t j = 0; !rc && j < mo->n_slopes; ++j)
        rc = add_mark(fig, pi, mo->slopes[j], CTREND_FIGURE_MARK_SLOPE, "slope change", NULL);
    if (rc == CTREND_ENOMEM) fprintf(stderr, "ctrend plot: out of memory\n");
    else if (rc) fprintf(stderr, "ctrend plot: %s: %s [%s]\n", title, ctrend_strerror(rc), ctrend_status_name(rc));
    if (rc) rc = CLI_EXIT_DATA;
    if (!rc && o->fit) rc = fit_panel(o, mo, opts, f, s, x, n, start, fig, pi);
    free(x);
    if (rc) return rc;
    st->keys[pi][0] = cli_key_group(f, s);
    st->keys[pi][1] = cli_key_region(f, s);
    st->keys[pi][2] = metric;
    if (!st->metric_label) st->metric_label = metric;
    else if (strcmp(st->metric_label, metric)) st->same_metric = 0;
    if (pi == 0 || start < st->lo_month) st->lo_month = start;
    if (pi == 0 || start + (int32_t)n - 1 > st->hi_month) st->hi_month = start + (int32_t)n - 1;
    return 0;
}

/* Figure title, subtitle, caption, legend texts (defaults unless given). */
static int set_texts(const plot_opts *o, const cli_model *mo, const cli_common *c, plot_state *st)
{
    ctrend_figure *fig = st->fig;
    const size_t np = ctrend_figure_n_panels(fig);
    char title[300], subtitle[600], caption[600], lab[64];
    int rc = ctrend_figure_set_options(fig, o->style, o->width, o->height, 0);
    snprintf(lab, sizeof lab, "%zu-month %s mean", o->rolling, o->centre ? "centred" : "rolling");
    if (!rc) rc = ctrend_figure_set_text(fig, CTREND_FIGURE_ROLLING_LABEL, lab);
    snprintf(lab, sizeof lab, "%s fit", family_name(mo->family));
    if (!rc && o->fit) rc = ctrend_figure_set_text(fig, CTREND_FIGURE_FIT_LABEL, lab);
    snprintf(lab, sizeof lab, "%s", o->span_label ? o->span_label : "highlighted months");
    if (!rc) rc = ctrend_figure_set_text(fig, CTREND_FIGURE_SPAN_LABEL, lab);
    /* different metrics: the panel titles name them, the y axes say what is counted */
    for (size_t k = 0; !rc && !st->same_metric && !o->ylabel && np > 4 && k < np; ++k)
        rc = ctrend_figure_panel_set_text(fig, k, CTREND_FIGURE_PANEL_YLABEL, "count per month");
    if (o->title) snprintf(title, sizeof title, "%s", o->title);
    else if (np == 1) {
        if (!rc) rc = ctrend_figure_panel_text(fig, 0, CTREND_FIGURE_PANEL_TITLE, title, sizeof title, NULL);
        if (!rc) rc = ctrend_figure_panel_set_text(fig, 0, CTREND_FIGURE_PANEL_TITLE, ""); /* it is the figure's title */
    } else if (st->same_metric && st->metric_label && *st->metric_label)
        snprintf(title, sizeof title, "%s per month", st->metric_label);
    else snprintf(title, sizeof title, "Monthly counts");
    if (o->subtitle) snprintf(subtitle, sizeof subtitle, "%s", o->subtitle);
    else describe(o, mo, st->lo_month, st->hi_month, subtitle, sizeof subtitle);
    if (o->caption) snprintf(caption, sizeof caption, "%s", o->caption);
    else {
        size_t u = (size_t)snprintf(caption, sizeof caption, "Source: ");
        for (size_t k = 0; k < c->n_files && u < sizeof caption; ++k)
            u += (size_t)snprintf(caption + u, sizeof caption - u, "%s%s", k ? ", " : "", c->files[k]);
        if (u < sizeof caption)
            snprintf(caption + u, sizeof caption - u, ". Drawn with ctrend %s.", ctrend_version_string());
    }
    if (!rc) rc = ctrend_figure_set_text(fig, CTREND_FIGURE_TITLE, title);
    if (!rc) rc = ctrend_figure_set_text(fig, CTREND_FIGURE_SUBTITLE, subtitle);
    if (!rc) rc = ctrend_figure_set_text(fig, CTREND_FIGURE_CAPTION, caption);
    if (rc) fprintf(stderr, "ctrend plot: %s\n", ctrend_strerror(rc));
    return rc ? CLI_EXIT_DATA : 0;
}

/* Panels for every selected series (at most PLOT_MAX_PANELS). */
static int add_panels(const plot_opts *o, const cli_model *mo, ctrend_model_opts *opts,
                      const cli_common *c, const cli_data *d, plot_state *st)
{
    for (size_t k = 0; k < d->n; ++k) {
        const ctrend_frame *f = d->frames[k];
        for (size_t s = 0; s < ctrend_frame_n_series(f); ++s) {
            if (!cli_selected(c, f, s)) continue;
            if (mo->exposure && !strcmp(cli_key_metric(f, s), mo->exposure)) continue;
            ++st->n_selected;
            if (ctrend_figure_n_panels(st->fig) == PLOT_MAX_PANELS) continue;
            const int rc = add_series_panel(o, mo, opts, c, f, s, st);
            if (rc) return rc;
        }
    }
    if (ctrend_figure_n_panels(st->fig) == 0) {
        fprintf(stderr, "ctrend plot: no series selected (check --group/--region/--metric)\n");
        return CLI_EXIT_DATA;
    }
    if (st->n_selected > PLOT_MAX_PANELS) {
        fprintf(stderr, "ctrend plot: %zu series selected, at most %d panels: narrow the selection "
                        "with --group/--region/--metric or sum with --by\n", st->n_selected, PLOT_MAX_PANELS);
        return CLI_EXIT_USAGE;
    }
    return 0;
}

int cmd_plot(int argc, char **argv)
{
    cli_common c;
    cli_model mo;
    plot_opts o;
    cli_common_init(&c);
    cli_model_init(&mo);
    memset(&o, 0, sizeof o);
    o.sims = 10000;
    o.min_segment = 3;
    const int pr = parse_options(argc, argv, &c, &mo, &o);
    if (pr == -2) return CLI_EXIT_OK;
    if (!plot_available()) {
        fprintf(stderr, "ctrend plot: this ctrend was built without plotting support (PLplot).\n"
                        "Install PLplot (Debian: apt-get install libplplot-dev "
                        "plplot-driver-cairo) and rebuild.\n");
        return CLI_EXIT_USAGE;
    }
    if (pr) return CLI_EXIT_USAGE;
    int device = 0;
    int rc = check_options(&o, &mo, &c, &device);
    if (rc) return rc;

    cli_data d;
    cli_model_extras(&mo, &c); /* --covariate/--exposure columns are read too */
    rc = cli_load(&c, &d);
    if (rc) return rc;
    ctrend_model_opts *opts = NULL;
    const int orc = o.fit ? cli_model_opts(&mo, &opts) : CTREND_OK;
    if (orc) {
        cli_data_free(&d);
        if (orc == CTREND_ENOMEM) { /* main says "out of memory" */
            cli_note_out_of_memory();
            return CLI_EXIT_DATA;
        }
        fprintf(stderr, "ctrend plot: bad model options\n");
        return CLI_EXIT_USAGE;
    }
    plot_state st;
    memset(&st, 0, sizeof st);
    st.same_metric = 1;
    if (ctrend_figure_new(&st.fig, NULL) != CTREND_OK) {
        fprintf(stderr, "ctrend plot: out of memory\n");
        rc = CLI_EXIT_DATA;
    }
    if (!rc) rc = add_panels(&o, &mo, opts, &c, &d, &st);
    if (!rc) rc = set_texts(&o, &mo, &c, &st);
    /* a series skipped for want of memory: no figure without its panel (main reports it) */
    if (!rc && cli_out_of_memory_noted()) rc = CLI_EXIT_DATA;
    const int data_new = o.data_out && access(o.data_out, F_OK) != 0;
    if (!rc && o.data_out) rc = write_data(o.data_out, st.fig, (const char *const(*)[3])st.keys);
    char err[600];
    if (!rc && plot_render(st.fig, o.out, device, err, sizeof err)) {
        if (!strcmp(err, ctrend_strerror(CTREND_ENOMEM))) cli_note_out_of_memory();
        else fprintf(stderr, "ctrend plot: %s\n", err);
        rc = cli_out_of_memory_noted() ? CLI_EXIT_DATA : CLI_EXIT_USAGE;
    }
    if (rc && data_new) remove(o.data_out); /* no data file from a run without its figure */
    ctrend_figure_free(st.fig);
    ctrend_model_opts_free(opts);
    cli_data_free(&d);
    return rc;
}
