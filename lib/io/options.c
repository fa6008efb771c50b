/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * options.c — the reader handle and its options (kept across inputs): typed setters that
 * check each key's range, the key types and bounds for bindings and the CLI (zstd's
 * ZSTD_cParam_getBounds; docs/api.md §4), and the small name lists and buffers the reader
 * grows.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "reader_internal.h"
#include "chunk.h"
#include "ctrend/batch.h"

int ctrend__rd_grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return CTREND_OK;
    size_t nc = *cap ? *cap : 16;
    while (nc < need) nc *= 2;
    void *q = realloc(*p, nc * elem);
    if (!q) return CTREND_ENOMEM;
    *p = q;
    *cap = nc;
    return CTREND_OK;
}

int ctrend__rd_list_has(const namelist *l, const char *name)
{
    for (size_t k = 0; k < l->n; ++k)
        if (ctrend__io_name_eq(l->v[k], name)) return 1;
    return 0;
}

static void list_clear(namelist *l)
{
    for (size_t k = 0; k < l->n; ++k) free(l->v[k]);
    l->n = 0;
}

static int list_add(namelist *l, const char *name)
{
    if (!name) {
        list_clear(l);
        return CTREND_OK;
    }
    if (ctrend__rd_list_has(l, name)) return CTREND_OK;
    if (ctrend__rd_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v)) return CTREND_ENOMEM;
    if (!(l->v[l->n] = ctrend__strdup(name))) return CTREND_ENOMEM;
    ++l->n;
    return CTREND_OK;
}

int ctrend_reader_new(ctrend_reader **out, ctrend_error *err)
{
    if (!out) return ctrend_error_set(err, CTREND_EINVAL, NULL, 0, 0, NULL, "NULL output");
    ctrend_reader *r = calloc(1, sizeof *r);
    if (!r) return ctrend_error_set(err, CTREND_ENOMEM, NULL, 0, 0, NULL, "out of memory");
    ctrend_error_clear(err);
    r->opt_counts = 1;
    r->opt_fast_split = 1;
    r->state = ST_READY;
    *out = r;
    return CTREND_OK;
}

static void clear_sums(ctrend_reader *r)
{
    for (size_t k = 0; k < r->n_sum; ++k) free(r->sum_names[k]);
    r->n_sum = 0;
}

void ctrend_reader_free(ctrend_reader *r)
{
    if (!r) return;
    ctrend__rd_reset_input(r);
    for (size_t k = 0; k < N_NAMED; ++k) free(r->opt_col[k]);
    clear_sums(r);
    free(r->sum_names);
    free(r->opt_source);
    free(r->opt_date_fmt);
    free(r->mbuf);
    list_clear(&r->opt_metrics);
    free(r->opt_metrics.v);
    list_clear(&r->opt_noncount);
    free(r->opt_noncount.v);
    free(r->fields);
    free(r->buf);
    free(r->kidx);
    free(r->ev);
    free(r->last_date);
    free(r->chunk);
    free(r);
}

int ctrend_reader_set_int(ctrend_reader *r, int option, int64_t value)
{
    if (!r || r->state != ST_READY) return CTREND_EINVAL;
    switch (option) {
    case CTREND_READ_SHAPE:
        if (value < CTREND_SHAPE_AUTO || value > CTREND_SHAPE_EVENT) return CTREND_EINVAL;
        r->opt_shape = (int)value;
        return CTREND_OK;
    case CTREND_READ_DUPLICATES:
    case CTREND_READ_REQUIRE_COUNTS:
        if (value != 0 && value != 1) return CTREND_EINVAL;
        if (option == CTREND_READ_DUPLICATES) r->opt_dup = (int)value;
        else r->opt_counts = (int)value;
        return CTREND_OK;
    case CTREND_READ_FAST_SPLIT:
        if (value != 0 && value != 1) return CTREND_EINVAL;
        r->opt_fast_split = (int)value;
        return CTREND_OK;
    case CTREND_READ_MAX_RECORD:
        if (value < 0) return CTREND_EINVAL;
        r->opt_max_record = value;
        return CTREND_OK;
    case CTREND_READ_DELIM:
        if (value < 0 || value > 255 || value == '"' || value == '\r' || value == '\n') return CTREND_EINVAL;
        r->opt_delim = (int)value;
        return CTREND_OK;
    case CTREND_READ_THOUSANDS:
        if (value != 0 && value != ',' && value != '.' && value != ' ' && value != '\'') return CTREND_EINVAL;
        if (value == (r->opt_decimal ? r->opt_decimal : '.')) return CTREND_EINVAL; /* set DECIMAL first */
        r->opt_thousands = (int)value;
        return CTREND_OK;
    case CTREND_READ_DECIMAL:
        if (value != 0 && value != '.' && value != ',') return CTREND_EINVAL;
        if (r->opt_thousands && r->opt_thousands == (value == ',' ? ',' : '.')) return CTREND_EINVAL;
        r->opt_decimal = value == ',' ? ',' : 0;
        return CTREND_OK;
    case CTREND_READ_THREADS:
        if (value < 0 || value > CTREND_BATCH_THREADS_MAX) return CTREND_EINVAL;
        r->opt_threads = value;
        return CTREND_OK;
    case CTREND_READ_CHUNK_BYTES:
        if (value < 0 || value > CTREND__CHUNK_MAX) return CTREND_EINVAL;
        r->opt_chunk_bytes = value;
        return CTREND_OK;
    case CTREND_READ_FROM:
    case CTREND_READ_TO:
        if (value != 0 && (value < (int64_t)CTREND_YEAR_MIN * 12 || value > (int64_t)CTREND_YEAR_MAX * 12 + 11))
            return CTREND_EINVAL;
        if (option == CTREND_READ_FROM) r->opt_from = (int32_t)value;
        else r->opt_to = (int32_t)value;
        return CTREND_OK;
    default:
        return CTREND_EINVAL;
    }
}

static int replace(char **slot, const char *value)
{
    char *c = NULL;
    if (value && !(c = ctrend__strdup(value))) return CTREND_ENOMEM;
    free(*slot);
    *slot = c;
    return CTREND_OK;
}

int ctrend_reader_set_filter(ctrend_reader *r, const ctrend_filter *f)
{
    if (!r || r->state != ST_READY) return CTREND_EINVAL;
    r->filter = f;
    return CTREND_OK;
}

int ctrend_reader_set_str(ctrend_reader *r, int option, const char *value)
{
    if (!r || r->state != ST_READY) return CTREND_EINVAL;
    if (option == CTREND_READ_DATE_COL && value && !value[0]) return CTREND_EINVAL;
    if (option >= CTREND_READ_DATE_COL && option <= CTREND_READ_VALUE_COL)
        return replace(&r->opt_col[option - CTREND_READ_DATE_COL], value);
    if (option == CTREND_READ_SOURCE_NAME) return replace(&r->opt_source, value);
    if (option == CTREND_READ_METRIC) return list_add(&r->opt_metrics, value);
    if (option == CTREND_READ_NONCOUNT_COL) return list_add(&r->opt_noncount, value);
    if (option == CTREND_READ_DATE_FORMAT) {
        if (value && value[0] && !ctrend__date_format_ok(value)) return CTREND_EINVAL;
        return replace(&r->opt_date_fmt, value && value[0] ? value : NULL);
    }
    if (option != CTREND_READ_SUM_COL) return CTREND_EINVAL;
    if (!value) {
        clear_sums(r);
        return CTREND_OK;
    }
    for (size_t k = 0; k < r->n_sum; ++k)
        if (ctrend__io_name_eq(r->sum_names[k], value)) return CTREND_OK; /* already listed */
    if (ctrend__rd_grow((void **)&r->sum_names, &r->cap_sum, r->n_sum + 1, sizeof *r->sum_names)) return CTREND_ENOMEM;
    if (!(r->sum_names[r->n_sum] = ctrend__strdup(value))) return CTREND_ENOMEM;
    ++r->n_sum;
    return CTREND_OK;
}

int ctrend_reader_opt_type(int key)
{
    if (key >= CTREND_READ_SHAPE && key <= CTREND_READ_FAST_SPLIT) return CTREND_READ_TYPE_INT;
    if (key >= CTREND_READ_DATE_COL && key <= CTREND_READ_NONCOUNT_COL) return CTREND_READ_TYPE_STR;
    if (key == CTREND_READ_THREADS || key == CTREND_READ_CHUNK_BYTES) return CTREND_READ_TYPE_INT;
    return CTREND_READ_TYPE_NONE;
}

/* The ranges ctrend_reader_set_int checks first (the same constants). */
int ctrend_reader_opts_bounds(int key, double *lo, double *hi)
{
    double b; /* every integer key's range starts at 0 */
    switch (key) {
    case CTREND_READ_SHAPE: b = CTREND_SHAPE_EVENT; break;
    case CTREND_READ_DUPLICATES:
    case CTREND_READ_REQUIRE_COUNTS:
    case CTREND_READ_FAST_SPLIT: b = 1.0; break;
    case CTREND_READ_FROM:
    case CTREND_READ_TO: b = (double)CTREND_YEAR_MAX * 12.0 + 11.0; break;
    case CTREND_READ_DELIM: b = 255.0; break;
    case CTREND_READ_THOUSANDS: b = '.'; break; /* the largest of 0 ' ' '\'' ',' '.' */
    case CTREND_READ_DECIMAL: b = '.'; break;
    case CTREND_READ_MAX_RECORD: b = (double)INT64_MAX; break;
    case CTREND_READ_THREADS: b = CTREND_BATCH_THREADS_MAX; break;
    case CTREND_READ_CHUNK_BYTES: b = (double)CTREND__CHUNK_MAX; break;
    default: return CTREND_EINVAL;
    }
    if (lo) *lo = 0.0;
    if (hi) *hi = b;
    return CTREND_OK;
}

int64_t ctrend_reader_n_skipped(const ctrend_reader *r) { return r ? r->n_skipped : 0; }

int64_t ctrend_reader_skipped_line(const ctrend_reader *r, int64_t k)
{
    if (!r || k < 0 || k >= r->n_skipped || k >= CTREND_READ_SKIPPED_KEPT) return 0;
    return r->skipped[k];
}
