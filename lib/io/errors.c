/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * errors.c — the CSV reader's errors: the first error of an input is kept on the handle
 * (status, line, column, series key, source name, one formatted message) and copied into the
 * caller's ctrend_error record (docs/api.md §3). Offending text is quoted through one
 * excerpt() helper: whole well-formed UTF-8 characters only (RFC 3629), '?' for invalid
 * bytes and control characters, at most 40 bytes; the finished message is made printable
 * UTF-8 once more (source names, option values, a cut at the buffer's end).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "reader_internal.h"

static void sanitize_utf8(char *s);

static const char *source_name(const ctrend_reader *r)
{
    if (r->opt_source) return r->opt_source;
    if (r->path_source) return r->path_source;
    return "<input>";
}

/* Record an error (first one wins). col is 1-based (0 = not about a field). */
int ctrend__rd_fail(ctrend_reader *r, int status, int64_t line, int64_t col, const char *fmt, ...)
{
    if (r->status) return r->status;
    r->status = status;
    r->state = ST_FAILED;
    r->err_line = line;
    r->err_col = col;
    snprintf(r->err_file, sizeof r->err_file, "%s", source_name(r));
    int n;
    if (line > 0)
        n = snprintf(r->errmsg, sizeof r->errmsg, "%s:%lld: ", source_name(r), (long long)line);
    else
        n = snprintf(r->errmsg, sizeof r->errmsg, "%s: ", source_name(r));
    if (n < 0) n = 0;
    r->err_msg_off = (size_t)n < sizeof r->errmsg ? (size_t)n : sizeof r->errmsg - 1;
    if ((size_t)n >= sizeof r->errmsg) return status;
    if (col > 0) {
        const char *name = (r->names && (size_t)col <= r->ncols) ? r->names[col - 1] : NULL;
        char ex[EXCERPT_MAX + 4];
        int m = name ? snprintf(r->errmsg + n, sizeof r->errmsg - (size_t)n, "column %lld \"%s\": ",
                                (long long)col, ctrend__rd_excerpt(name, strlen(name), ex))
                     : snprintf(r->errmsg + n, sizeof r->errmsg - (size_t)n, "column %lld: ",
                                (long long)col);
        if (m < 0) m = 0;
        n += m;
        if ((size_t)n >= sizeof r->errmsg) return status;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->errmsg + n, sizeof r->errmsg - (size_t)n, fmt, ap);
    va_end(ap);
    sanitize_utf8(r->errmsg); /* the source name, option values, a cut at sizeof errmsg */
    return status;
}

/* Length of the UTF-8 sequence at s[0..len) when it is well-formed and printable (not a C0
 * or C1 control, not DEL); 0 otherwise. */
static size_t printable_seq(const char *s, size_t len)
{
    const unsigned char c = (unsigned char)s[0];
    if (c < 0x80) return (c < 0x20 || c == 0x7f) ? 0 : 1;
    const size_t n = ctrend__io_utf8_seq(s, len);
    if (n == 2 && c == 0xC2 && (unsigned char)s[1] < 0xA0) return 0; /* U+0080..U+009F */
    return n;
}

/* Printable, truncated copy of offending text for messages: whole well-formed UTF-8
 * characters only, each invalid byte or control character as '?', at most EXCERPT_MAX
 * bytes (never cutting a character), then "..." when text was left out. */
const char *ctrend__rd_excerpt(const char *s, size_t len, char out[EXCERPT_MAX + 4])
{
    size_t i = 0, k = 0;
    while (i < len) {
        const size_t n = printable_seq(s + i, len - i);
        if (n == 0) {
            if (k + 1 > EXCERPT_MAX) break;
            out[k++] = '?';
            const size_t bad = ctrend__io_utf8_seq(s + i, len - i); /* a control: skip it whole */
            i += bad ? bad : 1;
        } else {
            if (k + n > EXCERPT_MAX) break;
            memcpy(out + k, s + i, n);
            k += n;
            i += n;
        }
    }
    if (i < len) { out[k++] = '.'; out[k++] = '.'; out[k++] = '.'; }
    out[k] = '\0';
    return out;
}

/* In place: every byte that does not start a printable well-formed UTF-8 character becomes
 * '?' (a control character as a whole). Never lengthens the string. */
static void sanitize_utf8(char *s)
{
    const size_t len = strlen(s);
    size_t i = 0, k = 0;
    while (i < len) {
        const size_t n = printable_seq(s + i, len - i);
        if (n == 0) {
            const size_t bad = ctrend__io_utf8_seq(s + i, len - i);
            s[k++] = '?';
            i += bad ? bad : 1;
        } else {
            memmove(s + k, s + i, n);
            k += n;
            i += n;
        }
    }
    s[k] = '\0';
}

int ctrend__rd_nomem(ctrend_reader *r) { return ctrend__rd_fail(r, CTREND_ENOMEM, 0, 0, "out of memory"); }

const char *ctrend_reader_errmsg(const ctrend_reader *r) { return r ? r->errmsg : ""; }

int ctrend_reader_error(const ctrend_reader *r, ctrend_error *err)
{
    if (!r || !err) return CTREND_EINVAL;
    if (!r->status) {
        ctrend_error_clear(err);
        return CTREND_OK;
    }
    const size_t off = r->err_msg_off <= strlen(r->errmsg) ? r->err_msg_off : 0;
    ctrend_error_set(err, r->status, r->err_file, r->err_line, r->err_col, r->err_key, r->errmsg + off);
    return CTREND_OK;
}

/* Fill err (may be NULL) from the reader's state after an input ended with status rc. */
int ctrend__rd_report(const ctrend_reader *r, int rc, ctrend_error *err)
{
    if (!err) return rc;
    if (rc == CTREND_OK) ctrend_error_clear(err);
    else if (r->status == rc) ctrend_reader_error(r, err);
    else ctrend_error_set(err, rc, NULL, 0, 0, NULL, NULL);
    return rc;
}
