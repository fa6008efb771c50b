/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * error.c — the one error record (ctrend/error.h).
 *
 * Method. Strings are copied byte by byte through a small UTF-8 validator (RFC 3629: shortest
 * forms only, no surrogates, nothing above U+10FFFF): a complete, valid sequence is copied
 * when it fits whole, an invalid byte becomes '?', a control character ' ', so the record
 * always holds one line of valid UTF-8 and a cut never splits a character (the claims
 * message of 0.1 cut '≥' in half; reliability issue). Formatting measures first, then writes,
 * so a too-small buffer is left untouched (zstd's dstSize_tooSmall, snprintf's size query).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "ctrend/error.h"

size_t ctrend_error_sizeof(void)
{
    return sizeof(ctrend_error);
}

void ctrend_error_clear(ctrend_error *err)
{
    if (!err) return;
    memset(err, 0, sizeof *err);
    err->code = CTREND_OK;
}

/* Length of the valid UTF-8 sequence at s (at most `left` bytes), or 0 if it is invalid. */
static size_t utf8_seq(const unsigned char *s, size_t left)
{
    const unsigned char c = s[0];
    size_t len;
    uint32_t cp;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (left < len) return 0;
    for (size_t i = 1; i < len; ++i) {
        if ((s[i] & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    if ((len == 3 && cp < 0x800u) || (len == 4 && (cp < 0x10000u || cp > 0x10FFFFu)) ||
        (cp >= 0xD800u && cp <= 0xDFFFu))
        return 0;
    return len;
}

/* Copy src into dst[cap] as one line of valid UTF-8, cut at a character boundary; a line
 * that does not fit ends in "..." (within cap), so a cut message never reads as whole. */
static void copy_line(char *dst, size_t cap, const char *src)
{
    size_t o = 0;
    size_t mark[4] = {0, 0, 0, 0}; /* o before each of the last 4 characters copied */
    int cut = 0;
    if (src) {
        const unsigned char *s = (const unsigned char *)src;
        const size_t n = strlen(src);
        size_t i = 0;
        while (i < n) {
            const size_t len = utf8_seq(s + i, n - i);
            if (o + (len ? len : 1) >= cap) {
                cut = 1;
                break;
            }
            mark[0] = mark[1];
            mark[1] = mark[2];
            mark[2] = mark[3];
            mark[3] = o;
            if (len == 0) {
                dst[o++] = '?';
                ++i;
                continue;
            }
            if (len == 1 && (s[i] < 0x20u || s[i] == 0x7Fu)) {
                dst[o++] = ' ';
            } else {
                memcpy(dst + o, s + i, len);
                o += len;
            }
            i += len;
        }
    }
    if (cut && cap >= 8) { /* drop whole characters until "..." fits */
        for (int k = 3; k >= 0 && o + 3 >= cap; --k) o = mark[k];
        memcpy(dst + o, "...", 3);
        o += 3;
    }
    dst[o] = '\0';
}

int ctrend_error_set(ctrend_error *err, int code, const char *file, int64_t line, int64_t column,
                     const char *key, const char *message)
{
    if (!err) return code;
    err->code = code;
    copy_line(err->message, sizeof err->message,
              message && *message ? message : ctrend_strerror(code));
    copy_line(err->file, sizeof err->file, file);
    copy_line(err->key, sizeof err->key, key);
    err->line = line > 0 ? line : 0;
    err->column = column > 0 ? column : 0;
    return code;
}

/* snprintf into buf (NULL: measure only); returns the length without the NUL. */
static size_t format_into(const ctrend_error *e, char *buf, size_t cap)
{
    char scratch[1];
    if (!buf) { /* measure: snprintf(NULL, 0, ...) is valid C, but a 1-byte buffer is plainer */
        buf = scratch;
        cap = sizeof scratch;
    }
    char pos[64] = "";
    if (e->line > 0 && e->column > 0)
        snprintf(pos, sizeof pos, ":%" PRId64 ":%" PRId64, e->line, e->column);
    else if (e->line > 0)
        snprintf(pos, sizeof pos, ":%" PRId64, e->line);
    const int has_where = e->file[0] != '\0' || pos[0] != '\0';
    const int n = snprintf(buf, cap, "%s%s%s%s%s%s%s", e->file, pos, has_where ? ": " : "",
                           e->key[0] ? "[" : "", e->key, e->key[0] ? "] " : "", e->message);
    return n > 0 ? (size_t)n : 0;
}

int ctrend_error_format(const ctrend_error *err, char *buf, size_t cap, size_t *needed)
{
    if (!err || (!buf && cap > 0)) return CTREND_EINVAL;
    const size_t need = format_into(err, NULL, 0) + 1;
    if (needed) *needed = need;
    if (!buf) return CTREND_OK;
    if (cap < need) return CTREND_ERANGE;
    format_into(err, buf, cap);
    return CTREND_OK;
}
