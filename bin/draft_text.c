/*
 * draft_text.c — the report's text for `ctrend claims draft`: UTF-8 validation and the repair
 * of mojibake (draft.h).
 *
 * Mojibake repair. A common accident: UTF-8 bytes decoded with a Windows code page and the
 * characters written out again as UTF-8. Seed 002 was decoded as Windows-1257 (Baltic):
 * the apostrophe U+2019 (bytes E2 80 99) became "ā€™" (0xE2 = ā, 0x80 = €, 0x99 = ™). The
 * repair maps each character of a run of non-ASCII characters back to its Windows-1257 byte
 * (the Unicode Consortium's mapping table WINDOWS-1257, bestfit1257.txt; the 12 bytes it leaves
 * undefined, 0x81 0x83 0x88 ..., are taken as Windows-1252, as Windows' own "best fit" decoder
 * and Python's errors= handlers do in practice: seed 002 holds "œ" (0x9C) and "˜" (0x98)) and
 * keeps the result when those bytes are valid UTF-8. A run that does not re-encode to valid
 * UTF-8 is left unchanged and reported: seed 002 has three kinds, "ā€" at the end of a quotation
 * (E2 80 then a byte that neither code page defines, 0x9D, so "”" was lost: restored as "”"
 * and reported), "°®Āžµŗ" (a name in a script lost to the code page: left, reported) and "Ģż"
 * (bytes CC FD: not UTF-8; left, reported). Repair only runs when the text as a whole looks
 * like mojibake (at least two runs re-encode to multi-byte UTF-8), so genuine Baltic text is
 * never "repaired".
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "draft.h"

/* Windows-1257 bytes 0x80..0xFF as Unicode (0 = undefined in both code pages). */
static const uint16_t cp1257[128] = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x00A8, 0x02C7, 0x00B8,
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x00AF, 0x02DB, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00D8, 0x00A9, 0x0156, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00C6,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00F8, 0x00B9, 0x0157, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00E6,
    0x0104, 0x012E, 0x0100, 0x0106, 0x00C4, 0x00C5, 0x0118, 0x0112,
    0x010C, 0x00C9, 0x0179, 0x0116, 0x0122, 0x0136, 0x012A, 0x013B,
    0x0160, 0x0143, 0x0145, 0x00D3, 0x014C, 0x00D5, 0x00D6, 0x00D7,
    0x0172, 0x0141, 0x015A, 0x016A, 0x00DC, 0x017B, 0x017D, 0x00DF,
    0x0105, 0x012F, 0x0101, 0x0107, 0x00E4, 0x00E5, 0x0119, 0x0113,
    0x010D, 0x00E9, 0x017A, 0x0117, 0x0123, 0x0137, 0x012B, 0x013C,
    0x0161, 0x0144, 0x0146, 0x00F3, 0x014D, 0x00F5, 0x00F6, 0x00F7,
    0x0173, 0x0142, 0x015B, 0x016B, 0x00FC, 0x017C, 0x017E, 0x02D9,
};

/* The Windows-1257 byte of code point c (searched from 0xFF down, so that Š and š take their
 * Windows-1257 places 0xD0/0xF0 rather than the Windows-1252 ones), or -1. */
static int to_cp1257(uint32_t c)
{
    for (int b = 127; b >= 0; --b)
        if (cp1257[b] && cp1257[b] == c) return 0x80 + b;
    return -1;
}

/* Decode one UTF-8 sequence at s (n bytes left). Returns its length (1..4) and the code
 * point in *c, or 0 for an invalid sequence (overlong, surrogate, > U+10FFFF, truncated). */
static size_t utf8_next(const unsigned char *s, size_t n, uint32_t *c)
{
    if (n == 0) return 0;
    if (s[0] < 0x80) {
        *c = s[0];
        return 1;
    }
    size_t k;
    uint32_t v, min;
    if ((s[0] & 0xE0) == 0xC0) k = 2, v = s[0] & 0x1Fu, min = 0x80;
    else if ((s[0] & 0xF0) == 0xE0) k = 3, v = s[0] & 0x0Fu, min = 0x800;
    else if ((s[0] & 0xF8) == 0xF0) k = 4, v = s[0] & 0x07u, min = 0x10000;
    else return 0;
    if (n < k) return 0;
    for (size_t j = 1; j < k; ++j) {
        if ((s[j] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[j] & 0x3Fu);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *c = v;
    return k;
}

static int utf8_valid(const unsigned char *s, size_t n)
{
    uint32_t c;
    for (size_t i = 0; i < n;) {
        const size_t k = utf8_next(s + i, n - i, &c);
        if (!k) return 0;
        i += k;
    }
    return 1;
}

void draft_text_warn(draft_text *t, size_t line, const char *fmt, ...)
{
    if (t->n_warn == t->cap_warn) {
        const size_t cap = t->cap_warn ? 2 * t->cap_warn : 16;
        draft_warning *w = realloc(t->warn, cap * sizeof *w);
        if (!w) return;
        t->warn = w;
        t->cap_warn = cap;
    }
    draft_warning *w = &t->warn[t->n_warn++];
    w->line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->msg, sizeof w->msg, fmt, ap);
    va_end(ap);
}

/* A run of non-ASCII characters [a, b) of valid UTF-8 re-encoded as Windows-1257 bytes into
 * out (at most cap). Returns the number of bytes, or -1 when a character has no byte. */
static long run_bytes(const unsigned char *a, const unsigned char *b, unsigned char *out, size_t cap)
{
    size_t k = 0;
    uint32_t c;
    while (a < b) {
        const size_t n = utf8_next(a, (size_t)(b - a), &c);
        const int byte = n ? to_cp1257(c) : -1;
        if (byte < 0 || k == cap) return -1;
        out[k++] = (unsigned char)byte;
        a += n;
    }
    return (long)k;
}

/* Count (dry run) or apply the repair. Returns the number of runs repaired. */
static int repair(draft_text *t, int apply, const unsigned char *in, size_t len, unsigned char *out,
                  size_t *out_len)
{
    int fixed = 0;
    size_t u = 0, line = 1;
    unsigned char buf[256];
    for (size_t i = 0; i < len;) {
        if (in[i] < 0x80) {
            if (in[i] == '\n') ++line;
            if (apply) out[u++] = in[i];
            ++i;
            continue;
        }
        size_t j = i;
        uint32_t c;
        while (j < len && in[j] >= 0x80) j += utf8_next(in + j, len - j, &c);
        const long nb = run_bytes(in + i, in + j, buf, sizeof buf);
        int done = 0;
        if (nb > 0 && utf8_valid(buf, (size_t)nb)) {
            int multi = 0;
            for (long k = 0; k < nb; ++k) multi |= buf[k] >= 0x80;
            if (multi) {
                if (apply) memcpy(out + u, buf, (size_t)nb), u += (size_t)nb;
                ++fixed;
                done = 1;
            }
        } else if (nb >= 2 && buf[nb - 2] == 0xE2 && buf[nb - 1] == 0x80 &&
                   utf8_valid(buf, (size_t)nb - 2)) {
            /* E2 80 + a lost third byte: a closing quotation mark at a run's end */
            if (apply) {
                memcpy(out + u, buf, (size_t)nb - 2);
                u += (size_t)nb - 2;
                memcpy(out + u, "\xe2\x80\x9d", 3);
                u += 3;
                draft_text_warn(t, line, "'%.*s' repaired as a closing quotation mark (its third byte, "
                                "0x9D, is undefined in Windows-1257 and was lost)", (int)(j - i), in + i);
            }
            ++fixed;
            done = 1;
        }
        if (!done) {
            if (apply) {
                memcpy(out + u, in + i, j - i);
                u += j - i;
                if (nb > 0)
                    draft_text_warn(t, line, "'%.*s' left as it is: its Windows-1257 bytes are not UTF-8 "
                                    "(the original characters are lost)", (int)(j - i), in + i);
            }
        }
        i = j;
    }
    if (apply) *out_len = u;
    return fixed;
}

int draft_text_load(draft_text *t, const char *bytes, size_t len)
{
    memset(t, 0, sizeof *t);
    /* 1. valid UTF-8, with U+FFFD for invalid bytes */
    unsigned char *v = malloc(3 * len + 1);
    if (!v) return -1;
    size_t u = 0, line = 1, bad = 0;
    const unsigned char *s = (const unsigned char *)bytes;
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t k = utf8_next(s + i, len - i, &c);
        if (s[i] == '\n') ++line;
        if (!k) {
            if (!bad++) draft_text_warn(t, line, "invalid UTF-8 byte 0x%02X replaced by U+FFFD (and any further ones)", s[i]);
            memcpy(v + u, "\xef\xbf\xbd", 3);
            u += 3;
            ++i;
            continue;
        }
        if (c == '\r' && i + 1 < len && s[i + 1] == '\n') { /* CRLF -> LF */
            ++i;
            continue;
        }
        if (c < 0x20 && c != '\n' && c != '\t') { /* NUL, a lone CR, ...: a space (a CR or a NUL
                                                     * inside a quote would end the line early) */
            v[u++] = ' ';
            ++i;
            continue;
        }
        memcpy(v + u, s + i, k);
        u += k;
        i += k;
    }
    v[u] = '\0';
    /* 2. mojibake: repair when at least two runs re-encode to multi-byte UTF-8 */
    if (repair(t, 0, v, u, NULL, NULL) >= 2) {
        unsigned char *r = malloc(u + 3 * u / 2 + 4);
        if (!r) {
            free(v);
            return -1;
        }
        size_t rl = 0;
        t->repaired = repair(t, 1, v, u, r, &rl);
        r[rl] = '\0';
        free(v);
        v = r;
        u = rl;
    }
    t->text = (char *)v;
    t->len = u;
    return 0;
}

void draft_text_free(draft_text *t)
{
    free(t->text);
    free(t->warn);
    memset(t, 0, sizeof *t);
}
