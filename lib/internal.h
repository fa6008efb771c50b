/* internal.h — private helpers shared by lib/ sources. Never installed; names are ctrend__*. */
#ifndef CTREND_INTERNAL_H
#define CTREND_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* strdup that returns NULL on NULL input as "" copy; NULL only on allocation failure. */
char *ctrend__strdup(const char *s);
/* FNV-1a hash of a byte string, continued from h (start with CTREND__FNV_INIT). */
#define CTREND__FNV_INIT 1469598103934665603ULL
uint64_t ctrend__fnv1a(uint64_t h, const char *s, size_t len);

/* The largest count: every integer up to 2^53 is a double exactly (the reader's limit too).
 * Means above it are refused before any draw (CTREND_ELIMIT). */
#define CTREND__MAX_COUNT 9007199254740992.0

/* The one overflow-checked size computation of lib/: *out = a * b, or 1 (and *out
 * untouched) when the product does not fit in size_t. Every allocation size and every
 * count of cells computed from input or options goes through these. */
static inline int ctrend__mul_size(size_t a, size_t b, size_t *out)
{
    size_t r;
    if (__builtin_mul_overflow(a, b, &r)) return 1;
    *out = r;
    return 0;
}
/* *out = a * b * c (overflow as ctrend__mul_size). */
static inline int ctrend__mul3_size(size_t a, size_t b, size_t c, size_t *out)
{
    size_t ab;
    return ctrend__mul_size(a, b, &ab) || ctrend__mul_size(ab, c, out);
}
/* *out = a + b (overflow as ctrend__mul_size). */
static inline int ctrend__add_size(size_t a, size_t b, size_t *out)
{
    size_t r;
    if (__builtin_add_overflow(a, b, &r)) return 1;
    *out = r;
    return 0;
}

#endif
