/*
 * cmd_plot.c — `ctrend plot FILE... -o out.svg|out.png|out.pdf`: draw the monthly counts of
 * the selected series (one panel each), with an optional rolling mean, a fitted count model's
 * mean, marked step / slope-change months and a forecast with 80% / 95% prediction bands.
 *
 * The numbers come from libctrend (rolling.h, design.h, model.h, forecast.h) exactly as the
 * other commands compute them; plot_render.c only draws. The forecast bands are the
 * simulated predictive intervals for the future COUNT (CTREND_FI_PREDICTIVE: parameter
 * uncertainty plus Poisson/NB noise), seeded, so a figure is reproducible.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "plot.h"

#define PLOT_MAX_PANELS 12

static const char help[] =
    "usage: ctrend plot [OPTIONS] FILE... -o OUT.svg|OUT.png|OUT.pdf\n\n"
    "Draw the monthly counts of each selected series (one panel per series, at most 12).\n"
    "Months not reported are shaded grey and have no bar: missing is never drawn as zero.\n"
    "  -o, --output FILE     output file; the format follows the extension (svg, png, pdf)\n"
    "  --points              points instead of bars\n"
    "  --rolling K           add the rolling mean over K months (trailing; --centre for centred)\n"
    "  --centre              centre the rolling window (pandas center=True)\n"
    "Model (the fitted mean is drawn as a line):\n"
    "  --fit poisson|quasipoisson|negbin   count model with log link\n"
    "  --trend               linear trend term\n"
    "  --fourier K           K sine/cosine pairs of 12-month seasonality (1..5)\n"
    "  --month-dummies       month-of-year dummies instead\n"
    "  --step YYYY-MM        level shift from this month on (marked by a dashed line)\n"
    "  --slope-change YYYY-MM  change of trend from this month on (marked)\n"
    "  --offset-days         log(days in month) offset (February is not a decline)\n"
    "  --find-break          search each series for one level shift (profile likelihood over\n"
    "                        candidate months), add it to the model and mark it\n"
    "  --min-segment M       months on each side of a candidate break (default 3)\n"
    "  --boot N              bootstrap replicates for the break's p-value (default 0: none)\n"
    "  --forecast H          forecast H months past the window with 80% and 95% prediction\n"
    "                        bands for the count (implies --fit poisson unless --fit is given)\n"
    "  --sims N              predictive simulations for the bands (default 4000)\n"
    "  --seed N              random seed of the simulations (default 1)\n"
    "Labels and size:\n"
    "  --title TEXT  --subtitle TEXT  --ylabel TEXT\n"
    "  --caption TEXT        source line at the bottom (default: the input files; \"\" for none)\n"
    "  --width W --height H  size in pixels (PNG) or points (SVG, PDF); default 900 wide\n\n";

typedef struct plot_opts {
    const char *out;
    int style;
    size_t rolling;
    int centre;
    int family;          /* -1 = no fit */
    int trend, month_dummies, offset_days;
    size_t fourier;
    int has_step, has_slope;
    int32_t step, slope;
    size_t horizon, sims;
    int find_break;
    size_t min_segment, boot;
    unsigned long long seed;
    const char *title, *subtitle, *caption, *ylabel;
    double width, height;
} plot_opts;

/* Owned numbers of one panel. */
typedef struct panel_data {
    double *y, *roll, *fit, *fc, *lo80, *hi80, *lo95, *hi95;
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

/* Fit the model of o to the window x[0..n) from month start, fill fitted means and the
 * forecast. Returns 0, or prints "ctrend plot: NAME: message" and returns CLI_EXIT_DATA. */
static int fit_panel(const plot_opts *o, const char *name, const double *x, size_t n,
                     int32_t start, panel_data *pd, plot_panel *panel)
{
    ctrend_design *d = NULL;
    ctrend_model_opts *mo = NULL;
    ctrend_model *m = NULL;
    ctrend_forecast *f = NULL;
    ctrend_breaks *br = NULL;
    int rc = ctrend_design_new(start, n, &d);
    if (!rc && o->trend) rc = ctrend_design_add_trend(d);
    if (!rc && o->fourier) rc = ctrend_design_add_fourier(d, o->fourier);
    if (!rc && o->month_dummies) rc = ctrend_design_add_month_dummies(d);
    if (!rc && o->has_step) rc = ctrend_design_add_step(d, o->step, NULL);
    if (!rc && o->has_slope) rc = ctrend_design_add_slope_change(d, o->slope, NULL);
    if (!rc && o->offset_days) rc = ctrend_design_set_offset_days(d, 1);
    if (!rc) rc = ctrend_model_opts_new(&mo);
    if (rc) {
        fprintf(stderr, "ctrend plot: %s: design: %s\n", name, ctrend_strerror(rc));
        goto done;
    }
    if (o->find_break) {
        rc = ctrend_breaks_fit(mo, o->family, d, x, n, CTREND_BREAK_LEVEL, o->min_segment,
                               o->boot, (uint64_t)o->seed, &br);
        if (rc) {
            const char *msg = ctrend_model_opts_errmsg(mo);
            fprintf(stderr, "ctrend plot: %s: break search failed: %s [%s]\n", name,
                    msg && *msg ? msg : ctrend_strerror(rc), ctrend_status_name(rc));
            goto done;
        }
        const int32_t bm = ctrend_breaks_month(br);
        double lr = NAN, pv = NAN;
        ctrend_breaks_scalar(br, CTREND_BS_LR, &lr);
        ctrend_breaks_scalar(br, CTREND_BS_PVALUE, &pv);
        rc = ctrend_design_add_step(d, bm, "break");
        if (rc) {
            fprintf(stderr, "ctrend plot: %s: break: %s\n", name, ctrend_strerror(rc));
            goto done;
        }
        if (panel->n_marks < PLOT_MAX_MARKS) {
            plot_mark *mk = &panel->marks[panel->n_marks++];
            char mt[CTREND_MONTH_STRLEN];
            cli_month_str(bm, mt);
            mk->month = bm;
            if (isnan(pv))
                snprintf(mk->label, sizeof mk->label, "break %s (LR %.1f)", mt, lr);
            else
                snprintf(mk->label, sizeof mk->label, "break %s (LR %.1f, p %.3g)", mt, lr, pv);
        }
    }
    rc = ctrend_model_fit(mo, o->family, d, x, n, &m);
    if (rc) {
        const char *msg = ctrend_model_opts_errmsg(mo);
        fprintf(stderr, "ctrend plot: %s: %s fit failed: %s [%s]\n", name,
                family_name(o->family), msg && *msg ? msg : ctrend_strerror(rc),
                ctrend_status_name(rc));
        goto done;
    }
    pd->fit = malloc(n * sizeof *pd->fit);
    if (!pd->fit) { rc = CTREND_ENOMEM; goto done; }
    rc = ctrend_model_vector(m, CTREND_MV_FITTED, pd->fit, n, NULL);
    if (rc) goto done;
    /* The fit drops months not reported (fitted = NaN there); the model's mean is still
     * defined for them: exp(x'beta + offset) from the design row, so the line runs on. */
    {
        const size_t p = ctrend_model_ncoef(m);
        double *X = malloc(n * p * sizeof *X), *off = malloc(n * sizeof *off);
        double *b = malloc(p * sizeof *b);
        int st = X && off && b ? CTREND_OK : CTREND_ENOMEM;
        if (!st) st = ctrend_design_matrix(ctrend_model_design(m), 0, n, X, n * p, off);
        if (!st) st = ctrend_model_vector(m, CTREND_MV_COEF, b, p, NULL);
        for (size_t i = 0; !st && i < n; ++i) {
            if (!isnan(pd->fit[i])) continue;
            double eta = off[i];
            for (size_t j = 0; j < p; ++j) eta += X[i * p + j] * b[j];
            pd->fit[i] = exp(eta);
        }
        free(X); free(off); free(b);
        if (st) { rc = st; goto done; }
    }
    if (o->horizon) {
        const size_t h = o->horizon;
        rc = ctrend_forecast_new(m, h, o->sims, (uint64_t)o->seed, &f);
        if (rc) {
            fprintf(stderr, "ctrend plot: %s: forecast: %s\n", name, ctrend_strerror(rc));
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
        if (!rc) rc = ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.80, pd->lo80, pd->hi80);
        if (!rc) rc = ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.95, pd->lo95, pd->hi95);
        if (rc) fprintf(stderr, "ctrend plot: %s: forecast: %s\n", name, ctrend_strerror(rc));
    }
done:
    if (rc == CTREND_ENOMEM) fprintf(stderr, "ctrend plot: out of memory\n");
    ctrend_breaks_free(br);
    ctrend_forecast_free(f);
    ctrend_model_free(m);
    ctrend_model_opts_free(mo);
    ctrend_design_free(d);
    return rc ? CLI_EXIT_DATA : 0;
}

static void series_name(const ctrend_frame *f, size_t s, char *buf, size_t cap)
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

/* "2022-03" */
static void month_text(int32_t m, char *buf)
{
    cli_month_str(m, buf);
}

static int parse_options(int argc, char **argv, cli_common *c, plot_opts *o)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(help, stdout);
            fputs(cli_common_help, stdout);
            return -2;
        }
        const int has_value = !strcmp(a, "-o") || !strcmp(a, "--output") ||
                              !strcmp(a, "--rolling") || !strcmp(a, "--fit") ||
                              !strcmp(a, "--fourier") || !strcmp(a, "--step") ||
                              !strcmp(a, "--slope-change") || !strcmp(a, "--forecast") ||
                              !strcmp(a, "--sims") || !strcmp(a, "--seed") ||
                              !strcmp(a, "--title") || !strcmp(a, "--subtitle") ||
                              !strcmp(a, "--caption") || !strcmp(a, "--ylabel") ||
                              !strcmp(a, "--width") || !strcmp(a, "--height") ||
                              !strcmp(a, "--min-segment") || !strcmp(a, "--boot");
        if (has_value) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ctrend plot: %s needs a value\n", a);
                return -1;
            }
            const char *v = argv[++i];
            if (!strcmp(a, "-o") || !strcmp(a, "--output")) o->out = v;
            else if (!strcmp(a, "--rolling")) { if (cli_parse_size(a, v, &o->rolling)) return -1; }
            else if (!strcmp(a, "--fourier")) {
                if (cli_parse_size(a, v, &o->fourier)) return -1;
                if (o->fourier > CTREND_DESIGN_MAX_FOURIER) {
                    fprintf(stderr, "ctrend plot: --fourier must be 1..%d\n", CTREND_DESIGN_MAX_FOURIER);
                    return -1;
                }
            }
            else if (!strcmp(a, "--forecast")) { if (cli_parse_size(a, v, &o->horizon)) return -1; }
            else if (!strcmp(a, "--sims")) { if (cli_parse_size(a, v, &o->sims)) return -1; }
            else if (!strcmp(a, "--min-segment")) { if (cli_parse_size(a, v, &o->min_segment)) return -1; }
            else if (!strcmp(a, "--boot")) {
                if (strcmp(v, "0") && cli_parse_size(a, v, &o->boot)) return -1;
                if (!strcmp(v, "0")) o->boot = 0;
            }
            else if (!strcmp(a, "--seed")) {
                char *end;
                o->seed = strtoull(v, &end, 10);
                if (end == v || *end || v[0] == '-') {
                    fprintf(stderr, "ctrend plot: --seed needs a whole number, got '%s'\n", v);
                    return -1;
                }
            }
            else if (!strcmp(a, "--step")) { if (cli_parse_month(v, &o->step)) return -1; o->has_step = 1; }
            else if (!strcmp(a, "--slope-change")) { if (cli_parse_month(v, &o->slope)) return -1; o->has_slope = 1; }
            else if (!strcmp(a, "--fit")) {
                if (!strcmp(v, "poisson")) o->family = CTREND_FAMILY_POISSON;
                else if (!strcmp(v, "quasipoisson")) o->family = CTREND_FAMILY_QUASIPOISSON;
                else if (!strcmp(v, "negbin")) o->family = CTREND_FAMILY_NEGBIN;
                else {
                    fprintf(stderr, "ctrend plot: --fit must be poisson, quasipoisson or negbin, not '%s'\n", v);
                    return -1;
                }
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
        if (!strcmp(a, "--trend")) { o->trend = 1; continue; }
        if (!strcmp(a, "--month-dummies")) { o->month_dummies = 1; continue; }
        if (!strcmp(a, "--offset-days")) { o->offset_days = 1; continue; }
        if (!strcmp(a, "--find-break")) { o->find_break = 1; continue; }
        const int r = cli_common_option(c, argc, argv, &i);
        if (r < 0) return -1;
        if (r == 0) {
            fprintf(stderr, "ctrend plot: unknown option '%s' (see --help)\n", a);
            return -1;
        }
    }
    return 0;
}

int cmd_plot(int argc, char **argv)
{
    cli_common c;
    cli_common_init(&c);
    plot_opts o;
    memset(&o, 0, sizeof o);
    o.family = -1;
    o.sims = 4000;
    o.seed = 1;
    o.min_segment = 3;
    const int pr = parse_options(argc, argv, &c, &o);
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
    if (o.horizon && o.family < 0) o.family = CTREND_FAMILY_POISSON;
    if (o.find_break && o.family < 0) o.family = CTREND_FAMILY_POISSON;
    if (o.family < 0 && (o.trend || o.fourier || o.month_dummies || o.has_step || o.has_slope ||
                         o.offset_days)) {
        fprintf(stderr, "ctrend plot: model terms (--trend, --step, ...) need --fit or --forecast\n");
        return CLI_EXIT_USAGE;
    }
    if (o.fourier && o.month_dummies) {
        fprintf(stderr, "ctrend plot: use --fourier or --month-dummies, not both\n");
        return CLI_EXIT_USAGE;
    }

    cli_data d;
    int rc = cli_load(&c, &d);
    if (rc) return rc;

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
            ++n_selected;
            if (np == PLOT_MAX_PANELS) continue;
            double *x;
            size_t n;
            int32_t start;
            if (cli_series_window(&c, f, s, 0, &x, &n, &start)) continue;
            plot_panel *p = &panels[np];
            panel_data *pd = &owned[np];
            pd->y = x;
            series_name(f, s, p->title, sizeof p->title);
            const char *metric = ctrend_frame_metric(f, s);
            if (!metric_label) metric_label = metric;
            else if (strcmp(metric_label, metric)) same_metric = 0;
            if (o.ylabel) snprintf(p->ylabel, sizeof p->ylabel, "%s", o.ylabel);
            else snprintf(p->ylabel, sizeof p->ylabel, "%s per month", metric && *metric ? metric : "count");
            p->start = start;
            p->n = n;
            if (o.rolling) {
                pd->roll = malloc(n * sizeof *pd->roll);
                if (!pd->roll) { rc = CLI_EXIT_DATA; fprintf(stderr, "ctrend plot: out of memory\n"); break; }
                const int st = ctrend_rolling_mean(x, n, o.rolling,
                                                   o.centre ? CTREND_ALIGN_CENTRED : CTREND_ALIGN_TRAILING,
                                                   0, pd->roll);
                if (st) {
                    fprintf(stderr, "ctrend plot: %s: rolling mean: %s\n", p->title, ctrend_strerror(st));
                    rc = CLI_EXIT_DATA;
                    ++np;
                    break;
                }
            }
            if (o.family >= 0) {
                rc = fit_panel(&o, p->title, x, n, start, pd, p);
                if (rc) { ++np; break; }
                p->h = o.horizon;
            }
            char mtxt[CTREND_MONTH_STRLEN];
            if (o.has_step) {
                month_text(o.step, mtxt);
                snprintf(p->marks[p->n_marks++].label, sizeof p->marks[0].label, "step %s", mtxt);
                p->marks[p->n_marks - 1].month = o.step;
            }
            if (o.has_slope) {
                month_text(o.slope, mtxt);
                snprintf(p->marks[p->n_marks++].label, sizeof p->marks[0].label, "slope change %s", mtxt);
                p->marks[p->n_marks - 1].month = o.slope;
            }
            p->y = pd->y;
            p->roll = pd->roll;
            p->fit = pd->fit;
            p->fc_mean = pd->fc;
            p->lo80 = pd->lo80;
            p->hi80 = pd->hi80;
            p->lo95 = pd->lo95;
            p->hi95 = pd->hi95;
            if (np == 0 || start < lo_month) lo_month = start;
            if (np == 0 || start + (int32_t)n - 1 > hi_month) hi_month = start + (int32_t)n - 1;
            ++np;
        }
    }
    if (rc == CLI_EXIT_OK && np == 0) {
        fprintf(stderr, "ctrend plot: no series selected (check --group/--region/--metric)\n");
        rc = CLI_EXIT_DATA;
    }
    if (rc == CLI_EXIT_OK && n_selected > PLOT_MAX_PANELS) {
        fprintf(stderr, "ctrend plot: %zu series selected, at most %d panels: narrow the selection "
                        "with --group/--region/--metric\n", n_selected, PLOT_MAX_PANELS);
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
        if (o.family >= 0) snprintf(fig.fit_label, sizeof fig.fit_label, "%s fit", family_name(o.family));
        snprintf(fig.span_label, sizeof fig.span_label, "months compared");

        char title[300], subtitle[400], caption[600];
        if (o.title) fig.title = o.title;
        else {
            if (np == 1) snprintf(title, sizeof title, "%s", panels[0].title);
            else if (same_metric && metric_label && *metric_label)
                snprintf(title, sizeof title, "%s per month", metric_label);
            else snprintf(title, sizeof title, "Monthly counts");
            fig.title = title;
        }
        if (np == 1 && !o.title) panels[0].title[0] = '\0'; /* already the figure title */
        if (o.subtitle) fig.subtitle = *o.subtitle ? o.subtitle : NULL;
        else {
            char a[CTREND_MONTH_STRLEN], b[CTREND_MONTH_STRLEN];
            month_text(lo_month, a);
            month_text(hi_month, b);
            size_t u = (size_t)snprintf(subtitle, sizeof subtitle, "%s to %s", a, b);
            if (o.family >= 0 && u < sizeof subtitle) {
                u += (size_t)snprintf(subtitle + u, sizeof subtitle - u, "; %s fit", family_name(o.family));
                const char *sep = " with ";
                if (o.trend && u < sizeof subtitle) { u += (size_t)snprintf(subtitle + u, sizeof subtitle - u, "%strend", sep); sep = ", "; }
                if (o.fourier && u < sizeof subtitle) { u += (size_t)snprintf(subtitle + u, sizeof subtitle - u, "%s%zu Fourier pair%s", sep, o.fourier, o.fourier > 1 ? "s" : ""); sep = ", "; }
                if (o.month_dummies && u < sizeof subtitle) { u += (size_t)snprintf(subtitle + u, sizeof subtitle - u, "%smonth dummies", sep); sep = ", "; }
                if (o.has_step && u < sizeof subtitle) { month_text(o.step, a); u += (size_t)snprintf(subtitle + u, sizeof subtitle - u, "%sstep at %s", sep, a); sep = ", "; }
                if (o.has_slope && u < sizeof subtitle) { month_text(o.slope, a); u += (size_t)snprintf(subtitle + u, sizeof subtitle - u, "%sslope change at %s", sep, a); sep = ", "; }
                if (o.offset_days && u < sizeof subtitle) { u += (size_t)snprintf(subtitle + u, sizeof subtitle - u, "%sdays offset", sep); sep = ", "; }
                if (o.find_break && u < sizeof subtitle) u += (size_t)snprintf(subtitle + u, sizeof subtitle - u, "%sone level break searched (segments >= %zu months)", sep, o.min_segment);
            }
            if (o.horizon && u < sizeof subtitle)
                snprintf(subtitle + u, sizeof subtitle - u, "; %zu-month forecast, prediction bands from %zu simulations (seed %llu)",
                         o.horizon, o.sims, o.seed);
            fig.subtitle = subtitle;
        }
        if (o.caption) fig.caption = *o.caption ? o.caption : NULL;
        else {
            size_t u = (size_t)snprintf(caption, sizeof caption, "Source: ");
            for (size_t k = 0; k < c.n_files && u < sizeof caption; ++k)
                u += (size_t)snprintf(caption + u, sizeof caption - u, "%s%s", k ? ", " : "", c.files[k]);
            if (u < sizeof caption) snprintf(caption + u, sizeof caption - u, ". Drawn with ctrend %s.", ctrend_version_string());
            fig.caption = caption;
        }
        char err[256];
        if (plot_render(&fig, err, sizeof err)) {
            fprintf(stderr, "ctrend plot: %s\n", err);
            rc = CLI_EXIT_USAGE;
        }
    }
    for (size_t k = 0; k < np; ++k) panel_data_free(&owned[k]);
    cli_data_free(&d);
    return rc;
}
