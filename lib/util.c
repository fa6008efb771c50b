/* SPDX-License-Identifier: GPL-3.0-or-later */
/* util.c — tiny private helpers (string and array copies, hashing). */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

char *ctrend__strdup(const char *s)
{
    if (!s) s = "";
    const size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

/* One malloc of n * size bytes (size checked by ctrend__malloc_n) and one memcpy. */
void *ctrend__memdup_n(const void *src, size_t n, size_t size)
{
    if (!src || n == 0 || size == 0) return NULL;
    void *d = ctrend__malloc_n(n, 1, size);
    if (d) memcpy(d, src, n * size);
    return d;
}

/* Fowler–Noll–Vo 1a, 64-bit (http://www.isthe.com/chongo/tech/comp/fnv/). */
uint64_t ctrend__fnv1a(uint64_t h, const char *s, size_t len)
{
    for (size_t i = 0; i < len; ++i) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}
