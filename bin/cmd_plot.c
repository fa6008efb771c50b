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
 * plot_render.c only draws.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "model_args.h"
#include "plot.h"

#define PLOT_MAX_PANELS 12

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

/* Owned numbers of one panel. */
typedef struct panel_data {
    double *y, *roll, *fit, *fc, *lo80, *hi80, *lo95, *hi95;
    const char *key[3]; /* group, region, metric (borrowed from the frame) */
} panel_data;

static void panel_data_free(panel_data *p)
{
    free(p->y); free(p->roll); free(p->fit); free(p->fc);
    free(p->lo80); free(p->hi80); free(p->lo95); free(p->hi95);
    memset(p, 0, sizeof *p);
}

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

static void add_mark(plot_panel *p, int32_t month, const char *what, const char *extra)
{
    if (p->n_marks == PLOT_MAX_MARKS) return;
    char mt[CTREND_MONTH_STRLEN];
    cli_month_str(month, mt);
    plot_mark *mk = &p->marks[p->n_marks++];
    mk->month = month;
    snprintf(mk->label, sizeof mk->label, "%s %s%s", what, mt, extra ? extra : "");
}

/* Build the design of series s (model_args.h), optionally search and add a level break, fit,
 * fill the fitted means and the forecast. Returns 0, or prints
 * "ctrend plot: NAME: message [STATUS]" and returns CLI_EXIT_DATA. */
static int fit_panel(const plot_opts *o, const cli_model *mo, ctrend_model_opts *opts,
                     const ctrend_frame *fr, size_t s, const double *x, size_t n, int32_t start,
                     panel_data *pd, plot_panel *panel)
{
    char name[256];
    cli_series_name(fr, s, name, sizeof name);
    ctrend_design *d = NULL;
    ctrend_model *m = NULL;
    ctrend_forecast *f = NULL;
    ctrend_breaks *br = NULL;
    double *X = NULL, *off = NULL, *b = NULL;
    int rc = cli_model_design(mo, fr, s, start, n, &d);
    if (rc) goto done; /* message printed */
    if (o->find_break) {
        ctrend_error err;
        rc = ctrend_model_opts_set(opts, CTREND_OPT_MIN_SEGMENT, (double)o->min_segment);
        if (!rc) rc = ctrend_model_opts_set(opts, CTREND_OPT_N_BOOT, (double)o->boot);
        if (!rc) rc = ctrend_model_opts_set(opts, CTREND_OPT_SEED, (double)mo->seed);
        if (rc) {
            fprintf(stderr, "ctrend plot: %s: break search: --min-segment, --boot or --seed out "
                    "of range [%s]\n", name, ctrend_status_name(rc));
            goto done;
        }
        rc = ctrend_breaks_fit(opts, mo->family, d, x, n, CTREND_BREAK_LEVEL, &br, &err);
        if (rc) {
            fprintf(stderr, "ctrend plot: %s: break search: %s [%s]\n", name, err.message,
                    ctrend_status_name(rc));
            goto done;
        }
        int32_t bm = 0;
        ctrend_breaks_month(br, &bm);
        double lr = NAN, pv = NAN;
        ctrend_breaks_scalar(br, CTREND_BS_LR, &lr);
        ctrend_breaks_scalar(br, CTREND_BS_PVALUE, &pv);
        rc = ctrend_design_add_step(d, bm, "break");
        if (rc) {
            fprintf(stderr, "ctrend plot: %s: break: %s [%s]\n", name, ctrend_strerror(rc),
                    ctrend_status_name(rc));
            goto done;
        }
        char extra[48];
        if (isnan(pv)) snprintf(extra, sizeof extra, " (LR %.1f)", lr);
        else snprintf(extra, sizeof extra, " (LR %.1f, p %.3g)", lr, pv);
        add_mark(panel, bm, "break", extra);
    }
    rc = ctrend_model_fit(opts, mo->family, d, x, n, &m);
    if (rc) {
        const char *msg = ctrend_model_opts_errmsg(opts);
        fprintf(stderr, "ctrend plot: %s: %s fit: %s [%s]\n", name, family_name(mo->family),
                msg && *msg ? msg : ctrend_strerror(rc), ctrend_status_name(rc));
        goto done;
    }
    pd->fit = malloc(n * sizeof *pd->fit);
    if (!pd->fit) { rc = CTREND_ENOMEM; goto done; }
    rc = ctrend_model_vector(m, CTREND_MV_FITTED, pd->fit, n, NULL);
    if (rc) goto done;
    /* The fit drops months not reported (fitted = NaN there); the model's mean is still
     * defined for them: the inverse link of x'beta + offset from the design row, so the line
     * runs on through gaps (it stays NaN where a covariate is missing). */
    {
        const size_t p = ctrend_model_ncoef(m);
        X = malloc(n * p * sizeof *X);
        off = malloc(n * sizeof *off);
        b = malloc(p * sizeof *b);
        if (!X || !off || !b) { rc = CTREND_ENOMEM; goto done; }
        rc = ctrend_design_matrix(ctrend_model_design(m), 0, n, X, n * p, off);
        if (!rc) rc = ctrend_model_vector(m, CTREND_MV_COEF, b, p, NULL);
        if (rc) goto done;
        for (size_t i = 0; i < n; ++i) {
            if (!isnan(pd->fit[i])) continue;
            double eta = off[i];
            for (size_t j = 0; j < p; ++j) eta += X[i * p + j] * b[j];
            pd->fit[i] = mo->family == CTREND_FAMILY_GAUSSIAN ? eta : exp(eta);
        }
    }
    if (o->horizon) {
        const size_t h = o->horizon;
        rc = ctrend_forecast_new(m, h, o->sims, mo->seed, &f, NULL);
        if (rc) {
            fprintf(stderr, "ctrend plot: %s: forecast: %s [%s]\n", name, ctrend_strerror(rc),
                    ctrend_status_name(rc));
            goto done;
        }
        pd->fc = malloc(h * sizeof(double));
        pd->lo80 = malloc(h * sizeof(double));
        pd->hi80 = malloc(h * sizeof(double));
        pd->lo95 = malloc(h * sizeof(double));
        pd->hi95 = malloc(h * sizeof(double));
        if (!pd->fc || !pd->lo80 || !pd->hi80 || !pd->lo95 || !pd->hi95) {
            rc = CTREND_ENOMEM;
            goto done;
        }
        rc = ctrend_forecast_vector(f, CTREND_FV_MEAN, pd->fc, h, NULL);
        if (!rc) rc = ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.80, pd->lo80, pd->hi80, h, NULL);
        if (!rc) rc = ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.95, pd->lo95, pd->hi95, h, NULL);
        if (rc) fprintf(stderr, "ctrend plot: %s: forecast: %s\n", name, ctrend_strerror(rc));
    }
done:
    if (rc == CTREND_ENOMEM) fprintf(stderr, "ctrend plot: out of memory\n");
    free(X); free(off); free(b);
    ctrend_breaks_free(br);
    ctrend_forecast_free(f);
    ctrend_model_free(m);
    ctrend_design_free(d);
    return rc ? CLI_EXIT_DATA : 0;
}

/* Panel title: the non-empty parts of the key, "TTP / Khyber / attacks". */
static void panel_title(const ctrend_frame *f, size_t s, char *buf, size_t cap)
{
    const char *parts[3] = {ctrend_frame_group(f, s), ctrend_frame_region(f, s),
                            ctrend_frame_metric(f, s)};
    size_t used = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < 3; ++k) {
        if (!parts[k] || !*parts[k]) continue;
        used += (size_t)snprintf(buf + used, used < cap ? cap - used : 0, "%s%s",
                                 used ? " / " : "", parts[k]);
        if (used >= cap) break;
    }
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
            else if (!strcmp(a, "--highlight")) {
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
            }
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
        if (!strcmp(a, "--points")) { o->style = PLOT_STYLE_POINTS; continue; }
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
    char a[CTREND_MONTH_STRLEN], b[CTREND_MONTH_STRLEN];
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

static int write_data(const char *path, const plot_panel *panels, const panel_data *pd,
                      size_t np)
{
    FILE *fp = fopen(path, "w");
    if (!fp) {
        fprintf(stderr, "ctrend plot: cannot write '%s'\n", path);
        return -1;
    }
    fprintf(fp, "group,region,metric,month,value,rolling_mean,fitted,forecast_mean,pi80_lo,pi80_hi,"
                "pi95_lo,pi95_hi\n");
    for (size_t k = 0; k < np; ++k) {
        const plot_panel *p = &panels[k];
        for (size_t i = 0; i < p->n + p->h; ++i) {
            char mon[CTREND_MONTH_STRLEN];
            cli_month_str(p->start + (int32_t)i, mon);
            const int past = i < p->n;
            const size_t j = past ? 0 : i - p->n;
            const double v[8] = {
                past ? p->y[i] : NAN, past && p->roll ? p->roll[i] : NAN,
                past && p->fit ? p->fit[i] : NAN, !past ? p->fc_mean[j] : NAN,
                !past ? p->lo80[j] : NAN, !past ? p->hi80[j] : NAN,
                !past ? p->lo95[j] : NAN, !past ? p->hi95[j] : NAN};
            for (size_t w = 0; w < 3; ++w) {
                csv_text(fp, pd[k].key[w] ? pd[k].key[w] : "");
                fputc(',', fp);
            }
            fputs(mon, fp);
            for (size_t w = 0; w < 8; ++w) {
                if (isnan(v[w])) fputs(",", fp);
                else fprintf(fp, ",%.17g", v[w]);
            }
            fputc('\n', fp);
        }
    }
    if (fclose(fp)) {
        fprintf(stderr, "ctrend plot: error writing '%s'\n", path);
        return -1;
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
    if (!o.out) {
        fprintf(stderr, "ctrend plot: -o OUT.svg|OUT.png|OUT.pdf is required\n");
        return CLI_EXIT_USAGE;
    }
    const int device = plot_device_from_path(o.out);
    if (device < 0) {
        fprintf(stderr, "ctrend plot: cannot tell the format of '%s': use .svg, .png or .pdf\n", o.out);
        return CLI_EXIT_USAGE;
    }
    if (o.horizon || o.find_break) o.fit = 1;
    if (!o.fit && o.model_terms) {
        fprintf(stderr, "ctrend plot: model options (--step, --fourier, ...) need --fit FAMILY "
                        "(or --forecast H)\n");
        return CLI_EXIT_USAGE;
    }
    if (mo.fourier && mo.month_dummies) {
        fprintf(stderr, "ctrend plot: use --fourier or --month-dummies, not both\n");
        return CLI_EXIT_USAGE;
    }
    if (o.find_break && mo.family == CTREND_FAMILY_GAUSSIAN) {
        fprintf(stderr, "ctrend plot: --find-break needs a count family (poisson, quasipoisson, negbin)\n");
        return CLI_EXIT_USAGE;
    }
    if (mo.family == CTREND_FAMILY_GAUSSIAN) c.allow_noncount = 1;

    cli_data d;
    cli_model_extras(&mo, &c); /* --covariate/--exposure columns are read too */
    int rc = cli_load(&c, &d);
    if (rc) return rc;
    ctrend_model_opts *opts = NULL;
    if (o.fit && cli_model_opts(&mo, &opts)) {
        cli_data_free(&d);
        fprintf(stderr, "ctrend plot: bad model options\n");
        return CLI_EXIT_USAGE;
    }

    plot_panel panels[PLOT_MAX_PANELS];
    panel_data owned[PLOT_MAX_PANELS];
    memset(panels, 0, sizeof panels);
    memset(owned, 0, sizeof owned);
    size_t np = 0, n_selected = 0;
    int32_t lo_month = 0, hi_month = 0;
    const char *metric_label = NULL;
    int same_metric = 1;
    rc = CLI_EXIT_OK;
    for (size_t k = 0; k < d.n && rc == CLI_EXIT_OK; ++k) {
        const ctrend_frame *f = d.frames[k];
        for (size_t s = 0; s < ctrend_frame_n_series(f) && rc == CLI_EXIT_OK; ++s) {
            if (!cli_selected(&c, f, s)) continue;
            if (mo.exposure && !strcmp(ctrend_frame_metric(f, s), mo.exposure)) continue;
            ++n_selected;
            if (np == PLOT_MAX_PANELS) continue;
            double *x;
            size_t n;
            int32_t start;
            if (cli_series_window(&c, f, s, 0, &x, &n, &start)) continue;
            plot_panel *p = &panels[np];
            panel_data *pd = &owned[np];
            ++np;
            pd->y = x;
            pd->key[0] = ctrend_frame_group(f, s);
            pd->key[1] = ctrend_frame_region(f, s);
            pd->key[2] = ctrend_frame_metric(f, s);
            panel_title(f, s, p->title, sizeof p->title);
            const char *metric = ctrend_frame_metric(f, s);
            if (!metric_label) metric_label = metric;
            else if (strcmp(metric_label, metric)) same_metric = 0;
            if (o.ylabel) snprintf(p->ylabel, sizeof p->ylabel, "%s", o.ylabel);
            else snprintf(p->ylabel, sizeof p->ylabel, "%s per month", metric && *metric ? metric : "count");
            p->start = start;
            p->n = n;
            if (o.rolling) {
                pd->roll = malloc(n * sizeof *pd->roll);
                const int st = !pd->roll ? CTREND_ENOMEM
                                         : ctrend_rolling_mean(x, n, o.rolling,
                                                               o.centre ? CTREND_ALIGN_CENTRED : CTREND_ALIGN_TRAILING,
                                                               0, pd->roll);
                if (st) {
                    fprintf(stderr, "ctrend plot: %s: rolling mean: %s\n", p->title, ctrend_strerror(st));
                    rc = CLI_EXIT_DATA;
                    break;
                }
            }
            for (size_t j = 0; j < o.n_spans; ++j) p->spans[j] = o.spans[j];
            p->n_spans = o.n_spans;
            for (size_t j = 0; j < mo.n_steps; ++j) add_mark(p, mo.steps[j], "step", NULL);
            for (size_t j = 0; j < mo.n_slopes; ++j) add_mark(p, mo.slopes[j], "slope change", NULL);
            if (o.fit) {
                rc = fit_panel(&o, &mo, opts, f, s, x, n, start, pd, p);
                if (rc) break;
                p->h = o.horizon;
            }
            p->y = pd->y;
            p->roll = pd->roll;
            p->fit = pd->fit;
            p->fc_mean = pd->fc;
            p->lo80 = pd->lo80;
            p->hi80 = pd->hi80;
            p->lo95 = pd->lo95;
            p->hi95 = pd->hi95;
            if (np == 1 || start < lo_month) lo_month = start;
            if (np == 1 || start + (int32_t)n - 1 > hi_month) hi_month = start + (int32_t)n - 1;
        }
    }
    if (rc == CLI_EXIT_OK && np == 0) {
        fprintf(stderr, "ctrend plot: no series selected (check --group/--region/--metric)\n");
        rc = CLI_EXIT_DATA;
    }
    if (rc == CLI_EXIT_OK && n_selected > PLOT_MAX_PANELS) {
        fprintf(stderr, "ctrend plot: %zu series selected, at most %d panels: narrow the selection "
                        "with --group/--region/--metric or sum with --by\n", n_selected, PLOT_MAX_PANELS);
        rc = CLI_EXIT_USAGE;
    }

    if (rc == CLI_EXIT_OK) {
        plot_figure fig;
        memset(&fig, 0, sizeof fig);
        fig.path = o.out;
        fig.device = device;
        fig.style = o.style;
        fig.width = o.width;
        fig.height = o.height;
        fig.panels = panels;
        fig.n_panels = np;
        snprintf(fig.roll_label, sizeof fig.roll_label, "%zu-month %s mean", o.rolling,
                 o.centre ? "centred" : "rolling");
        if (o.fit) snprintf(fig.fit_label, sizeof fig.fit_label, "%s fit", family_name(mo.family));
        snprintf(fig.span_label, sizeof fig.span_label, "%s",
                 o.span_label ? o.span_label : "highlighted months");

        /* different metrics: the panel titles name them, the y axes say what is counted */
        if (!same_metric && !o.ylabel && np > 4) /* two columns: short labels */
            for (size_t k = 0; k < np; ++k)
                snprintf(panels[k].ylabel, sizeof panels[k].ylabel, "count per month");
        char title[300], subtitle[600], caption[600];
        if (o.title) fig.title = *o.title ? o.title : NULL;
        else {
            if (np == 1) snprintf(title, sizeof title, "%s", panels[0].title);
            else if (same_metric && metric_label && *metric_label)
                snprintf(title, sizeof title, "%s per month", metric_label);
            else snprintf(title, sizeof title, "Monthly counts");
            fig.title = title;
            if (np == 1) panels[0].title[0] = '\0'; /* it is the figure's title */
        }
        if (o.subtitle) fig.subtitle = *o.subtitle ? o.subtitle : NULL;
        else {
            describe(&o, &mo, lo_month, hi_month, subtitle, sizeof subtitle);
            fig.subtitle = subtitle;
        }
        if (o.caption) fig.caption = *o.caption ? o.caption : NULL;
        else {
            size_t u = (size_t)snprintf(caption, sizeof caption, "Source: ");
            for (size_t k = 0; k < c.n_files && u < sizeof caption; ++k)
                u += (size_t)snprintf(caption + u, sizeof caption - u, "%s%s", k ? ", " : "", c.files[k]);
            if (u < sizeof caption)
                snprintf(caption + u, sizeof caption - u, ". Drawn with ctrend %s.", ctrend_version_string());
            fig.caption = caption;
        }
        char err[256];
        if (o.data_out && write_data(o.data_out, panels, owned, np)) rc = CLI_EXIT_USAGE;
        if (rc == CLI_EXIT_OK && plot_render(&fig, err, sizeof err)) {
            fprintf(stderr, "ctrend plot: %s\n", err);
            rc = CLI_EXIT_USAGE;
        }
    }
    for (size_t k = 0; k < np; ++k) panel_data_free(&owned[k]);
    ctrend_model_opts_free(opts);
    cli_data_free(&d);
    return rc;
}
