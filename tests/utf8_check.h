/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * utf8_check.h — an RFC 3629 UTF-8 validator for the tests (fuzz targets and cmocka programs),
 * written independently of lib/io so it can judge the reader's output.
 */
#ifndef CTREND_UTF8_CHECK_H
#define CTREND_UTF8_CHECK_H

#include <stddef.h>

/* 1 when str is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF) and, with
 * `printable`, holds no C0 control or DEL: what a terminal or a log can show as is. */
static inline int test_utf8_ok(const char *str, int printable)
{
    if (!str) return 1;
    const unsigned char *s = (const unsigned char *)str;
    while (*s) {
        const unsigned c = *s;
        size_t n;
        unsigned cp;
        if (c < 0x80) {
            if (printable && (c < 0x20 || c == 0x7f)) return 0;
            ++s;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1Fu; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0Fu; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07u; }
        else return 0;
        for (size_t k = 1; k <= n; ++k) {
            if ((s[k] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (s[k] & 0x3Fu);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        s += n + 1;
    }
    return 1;
}

#endif
