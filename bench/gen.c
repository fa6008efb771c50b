/*
 * gen.c — seeded synthetic data for the ctrend benchmark (not part of the library).
 *
 *   gen events ROWS SEED OUT.csv
 *       event-level export, one row per event (ACLED/GTD/UCDP style):
 *       date,group,region,fatalities   (date YYYY-MM-DD, 240 months 2000-01..2019-12)
 *       Rows are in date order by month. 200 groups with Zipf(1.1) weights, each active in
 *       a few of 40 regions; month intensity has a trend, a 12-month season and a level
 *       step in 2012-01; fatalities per event are negative binomial (mean 2.5, theta 0.6).
 *
 *   gen panel SERIES SEED OUT.csv
 *       monthly panel in the "wide with one metric" shape the reader detects:
 *       month,group,region,attacks   (series-major, 240 months 2000-01..2019-12 each)
 *       Series s: log mu_t = a_s + b_s*t + c_s*sin(2 pi m/12) + d_s*cos(2 pi m/12)
 *                           + e_s*sin(4 pi m/12) + step_s*[t >= 2012-01]
 *       with a_s ~ U(1, 4), b_s ~ N(0, 0.003), c_s,d_s ~ N(0, 0.3), e_s ~ N(0, 0.1),
 *       step_s ~ N(0, 0.4) (half the series have no step), counts NB2 with theta_s ~
 *       U(2, 20) (overdispersed), i.e. Poisson(Gamma(theta, mu/theta)).
 *
 *   gen values SERIES SEED OUT.f64
 *       SERIES x 240 monthly counts as raw native doubles (series-major), the panel model
 *       above with about 1% of the months missing (NaN): the input of the rolling-mean /
 *       percent-change benchmark (41667 series = 10^7 values).
 *
 * The same (kind, size, seed) always gives the same bytes (GSL's mt19937, fixed call
 * order). Output is written through a large stdio buffer.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#define N_MONTHS 240
#define START_YEAR 2000
#define STEP_MONTH 144 /* 2012-01, index from 2000-01 */
#define N_GROUPS 200
#define N_REGIONS 40
#define REGIONS_PER_GROUP 4

static const int days_in[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

static int month_days(size_t t)
{
    const int y = START_YEAR + (int)(t / 12);
    const int m = (int)(t % 12);
    if (m == 1 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days_in[m];
}

static unsigned int nb_draw(gsl_rng *r, double mu, double theta)
{
    const double lambda = gsl_ran_gamma(r, theta, mu / theta);
    return gsl_ran_poisson(r, lambda);
}

static int gen_events(size_t rows, unsigned long seed, FILE *out)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    double gw[N_GROUPS], gcum[N_GROUPS], mw[N_MONTHS];
    size_t greg[N_GROUPS][REGIONS_PER_GROUP];
    double tot = 0.0, mtot = 0.0;
    size_t t, g, k, done = 0;
    if (!r)
        return 1;
    gsl_rng_set(r, seed);
    for (g = 0; g < N_GROUPS; ++g) {
        gw[g] = 1.0 / pow((double)(g + 1), 1.1);
        tot += gw[g];
        gcum[g] = tot;
        for (k = 0; k < REGIONS_PER_GROUP; ++k)
            greg[g][k] = gsl_rng_uniform_int(r, N_REGIONS);
    }
    for (t = 0; t < N_MONTHS; ++t) {
        const double m = (double)(t % 12 + 1);
        mw[t] = exp(0.004 * (double)t + 0.3 * sin(2.0 * M_PI * m / 12.0)
                    + (t >= STEP_MONTH ? 0.5 : 0.0));
        mtot += mw[t];
    }
    fputs("date,group,region,fatalities\n", out);
    {
        double cum = 0.0;
        for (t = 0; t < N_MONTHS; ++t) {
            size_t target, n_t, i;
            cum += mw[t];
            target = (t + 1 == N_MONTHS) ? rows : (size_t)floor((double)rows * cum / mtot);
            n_t = target - done;
            done = target;
            for (i = 0; i < n_t; ++i) {
                const double u = gsl_rng_uniform(r) * tot;
                size_t lo = 0, hi = N_GROUPS - 1;
                const int day = 1 + (int)gsl_rng_uniform_int(r, (unsigned long)month_days(t));
                size_t reg;
                unsigned int fat;
                while (lo < hi) {
                    const size_t mid = (lo + hi) / 2;
                    if (gcum[mid] < u)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                reg = greg[lo][gsl_rng_uniform_int(r, REGIONS_PER_GROUP)];
                fat = nb_draw(r, 2.5, 0.6);
                fprintf(out, "%d-%02d-%02d,G%03zu,R%02zu,%u\n", START_YEAR + (int)(t / 12),
                        (int)(t % 12) + 1, day, lo, reg, fat);
            }
        }
    }
    gsl_rng_free(r);
    return 0;
}

static int gen_panel(size_t series, unsigned long seed, FILE *out, int raw)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    size_t s, t;
    if (!r)
        return 1;
    gsl_rng_set(r, seed);
    if (!raw)
        fputs("month,group,region,attacks\n", out);
    for (s = 0; s < series; ++s) {
        const double a = gsl_ran_flat(r, 1.0, 4.0);
        const double b = gsl_ran_gaussian(r, 0.003);
        const double c = gsl_ran_gaussian(r, 0.3);
        const double d = gsl_ran_gaussian(r, 0.3);
        const double e = gsl_ran_gaussian(r, 0.1);
        const double st = gsl_rng_uniform(r) < 0.5 ? 0.0 : gsl_ran_gaussian(r, 0.4);
        const double theta = gsl_ran_flat(r, 2.0, 20.0);
        for (t = 0; t < N_MONTHS; ++t) {
            const double m = (double)(t % 12 + 1);
            const double eta = a + b * (double)t + c * sin(2.0 * M_PI * m / 12.0)
                               + d * cos(2.0 * M_PI * m / 12.0) + e * sin(4.0 * M_PI * m / 12.0)
                               + (t >= STEP_MONTH ? st : 0.0);
            const unsigned int y = nb_draw(r, exp(eta), theta);
            if (raw) {
                const double v = gsl_rng_uniform(r) < 0.01 ? NAN : (double)y;
                fwrite(&v, sizeof v, 1, out);
            } else {
                fprintf(out, "%d-%02d,S%06zu,R%02zu,%u\n", START_YEAR + (int)(t / 12),
                        (int)(t % 12) + 1, s, s % N_REGIONS, y);
            }
        }
    }
    gsl_rng_free(r);
    return 0;
}

int main(int argc, char **argv)
{
    static char buf[1 << 20];
    FILE *out;
    size_t n;
    unsigned long seed;
    int rc;
    if (argc != 5 || (strcmp(argv[1], "events") && strcmp(argv[1], "panel")
                      && strcmp(argv[1], "values"))) {
        fprintf(stderr, "usage: gen events|panel|values N SEED OUT\n");
        return 2;
    }
    n = (size_t)strtoull(argv[2], NULL, 10);
    seed = strtoul(argv[3], NULL, 10);
    out = fopen(argv[4], "wb");
    if (!out) {
        perror(argv[4]);
        return 1;
    }
    setvbuf(out, buf, _IOFBF, sizeof buf);
    if (!strcmp(argv[1], "events"))
        rc = gen_events(n, seed, out);
    else
        rc = gen_panel(n, seed, out, !strcmp(argv[1], "values"));
    if (fclose(out) != 0)
        rc = 1;
    return rc;
}
