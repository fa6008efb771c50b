/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ref_util.h — read the copied reference outputs (tests/data/ref/<dataset>/) in the model
 * tests: a column of data.csv, a number from the pretty-printed models_R.json by a path of
 * keys, a column of fitted_R.csv / forecast_R.csv for one model id. Test code only.
 */
#ifndef CTREND_REF_UTIL_H
#define CTREND_REF_UTIL_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

#define REF_DIR "tests/data/ref/"

/* Split one CSV line (no embedded commas) into fields, stripping quotes. Returns count. */
static inline size_t ref_split(char *line, char **fields, size_t cap)
{
    size_t k = 0;
    char *s = line;
    while (k < cap) {
        char *e = strchr(s, ',');
        if (e) *e = '\0';
        char *nl = strpbrk(s, "\r\n");
        if (nl) *nl = '\0';
        if (*s == '"') {
            ++s;
            char *q = strchr(s, '"');
            if (q) *q = '\0';
        }
        fields[k++] = s;
        if (!e) break;
        s = e + 1;
    }
    return k;
}

/*
 * Column `col` of CSV file `path` for rows where column `key_col` equals `key` (key_col NULL:
 * all rows) and, when month_lo/month_hi are given, the "month" column lies in
 * [month_lo, month_hi] (string comparison of YYYY-MM). "NA" reads as NaN. Returns count.
 */
static inline size_t ref_csv_column(const char *path, const char *key_col, const char *key,
                                    const char *month_lo, const char *month_hi,
                                    const char *col, double *out, size_t cap)
{
    char *buf = ctrend_test_slurp(path, NULL);
    if (!buf) return 0;
    char *save = NULL;
    char *line = strtok_r(buf, "\n", &save);
    char *fields[64];
    size_t nf = ref_split(line, fields, 64);
    size_t jc = (size_t)-1, jk = (size_t)-1, jm = (size_t)-1;
    for (size_t j = 0; j < nf; ++j) {
        if (strcmp(fields[j], col) == 0) jc = j;
        if (key_col && strcmp(fields[j], key_col) == 0) jk = j;
        if (strcmp(fields[j], "month") == 0) jm = j;
    }
    size_t n = 0;
    if (jc == (size_t)-1) {
        free(buf);
        return 0;
    }
    while ((line = strtok_r(NULL, "\n", &save)) && n < cap) {
        size_t k = ref_split(line, fields, 64);
        if (k < nf) continue;
        if (key_col && strcmp(fields[jk], key) != 0) continue;
        if (month_lo && strcmp(fields[jm], month_lo) < 0) continue;
        if (month_hi && strcmp(fields[jm], month_hi) > 0) continue;
        out[n++] = strcmp(fields[jc], "NA") == 0 ? NAN : strtod(fields[jc], NULL);
    }
    free(buf);
    return n;
}

/*
 * Number at a key path in a pretty-printed JSON file: keys are searched in order, each after
 * the previous match ("models", id, "poisson", "coef", "trend", "est"). The last key's value
 * is parsed with strtod (a [a, b] array: index 0 via key "est[0]" style is not supported; use
 * ref_json_array). Returns NaN when not found.
 */
static inline double ref_json_at(const char *buf, const char *const *keys, size_t nkeys,
                                 size_t index)
{
    const char *s = buf;
    char pat[256];
    for (size_t k = 0; k < nkeys; ++k) {
        snprintf(pat, sizeof pat, "\"%s\":", keys[k]);
        s = strstr(s, pat);
        if (!s) return NAN;
        s += strlen(pat);
    }
    while (*s == ' ') ++s;
    if (*s == '[') {
        ++s;
        for (size_t i = 0; i < index; ++i) {
            s = strchr(s, ',');
            if (!s) return NAN;
            ++s;
        }
    }
    if (strncmp(s, "null", 4) == 0) return NAN;
    return strtod(s, NULL);
}

#define REF_JSON(buf, ...)                                                                    \
    ref_json_at((buf), (const char *const[]){__VA_ARGS__},                                   \
                sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *), 0)
#define REF_JSON_I(buf, idx, ...)                                                             \
    ref_json_at((buf), (const char *const[]){__VA_ARGS__},                                   \
                sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *), (idx))

#endif
