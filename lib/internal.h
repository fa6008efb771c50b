/* SPDX-License-Identifier: GPL-3.0-or-later */
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

#endif
