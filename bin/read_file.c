/* SPDX-License-Identifier: GPL-3.0-or-later */
/* read_file.c — a whole (small) file into memory: the claims file of `check`, the SVG figures
 * that `check --report` inlines. One copy for the CLI (it was written twice). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include "cli.h"

char *cli_read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 1 << 16, n = 0;
    int alloc_failed = 0;
    char *buf = malloc(cap + 1);
    if (!buf) alloc_failed = 1;
    while (buf) { /* doubling growth: amortised O(size) */
        n += fread(buf + n, 1, cap - n, fp);
        if (n < cap) break;
        char *nb = cap <= ((size_t)-1 - 1) / 2 ? realloc(buf, 2 * cap + 1) : NULL;
        if (!nb) {
            free(buf);
            buf = NULL;
            alloc_failed = 1;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    int read_errno = 0;
    if (buf && ferror(fp)) { /* a read error is not a short file */
        read_errno = errno ? errno : EIO;
        free(buf);
        buf = NULL;
    }
    fclose(fp);
    if (alloc_failed) errno = ENOMEM; /* a NULL from malloc need not set it (C11 7.22.3) */
    else if (read_errno) errno = read_errno;
    if (buf) buf[n] = '\0';
    *len = buf ? n : 0;
    return buf;
}
