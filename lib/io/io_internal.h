/* SPDX-License-Identifier: GPL-3.0-or-later */
/* io_internal.h — private helpers of the CSV reader (lib/io). Never installed. */
#ifndef CTREND_IO_INTERNAL_H
#define CTREND_IO_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Largest integer count accepted with CTREND_READ_REQUIRE_COUNTS: 2^53, the last integer
 * up to which every integer is exactly representable as a double. The check is made on the
 * digits (ctrend__io_is_count), so 2^53 + 1, whose double is 2^53, is rejected. */
#define CTREND__IO_MAX_COUNT_U UINT64_C(9007199254740992)

/*
 * Parse one CSV cell as a number. s[0..len) is the cell and s[len] must be NUL (libcsv's
 * CSV_APPEND_NULL guarantees it). Blanks around the text are ignored.
 * Missing (returns CTREND_OK, *missing = 1, *v = NaN): empty, "NA", "N/A", "NaN", "."
 * (case-insensitive). Otherwise a decimal number [+-]digits[.digits][(e|E)[+-]digits]
 * (CTREND_OK, *missing = 0); "inf", hex, "1,000" and other text give CTREND_EPARSE;
 * a decimal number too large for a double gives CTREND_EDOMAIN.
 */
int ctrend__io_parse_value(const char *s, size_t len, double *v, int *missing);

/*
 * 1 when the number text s[0..len) (which ctrend__io_parse_value accepted, not missing) is
 * an integer in 0..CTREND__IO_MAX_COUNT_U exactly as written ("-0", "2.50E1" and "1e3" are;
 * "1.00000000000000001", "9007199254740993" and "1e-400" are not); 0 otherwise.
 */
int ctrend__io_is_count(const char *s, size_t len);

/* Rewrite a grouped/localised number (1,234 / 12,5 / 45%) into out (cap bytes) for
 * ctrend__io_parse_value; see value.c. 1 = rewritten, 0 = nothing to rewrite, -1 = a
 * separator breaks the grouping pattern (*bad_at = its offset). */
int ctrend__io_clean_number(const char *s, size_t len, char thousands, char decimal, char *out,
                            size_t cap, int *pct, size_t *bad_at);

/* Length (1..4) of the well-formed UTF-8 sequence at s[0..len) (RFC 3629: no overlongs, no
 * surrogates, at most U+10FFFF); 0 when s starts with an ill-formed one (or len is 0). */
size_t ctrend__io_utf8_seq(const char *s, size_t len);

/* Offset of the first byte of s[0..len) that does not start a well-formed UTF-8 sequence,
 * or len when all of it is valid UTF-8 (ASCII checked 8 bytes at a time first). */
size_t ctrend__io_utf8_check(const char *s, size_t len);

/*
 * Input bytes (source.c): a file path, or "-" for standard input; gzip data are
 * decompressed on the fly (recognised by content). open: CTREND_EIO (msg says why: cannot
 * open, a directory), ENOMEM. read: up to cap bytes into buf, *got = 0 at the end; EIO with
 * msg on a read error, corrupt or truncated gzip data, or a FIFO that gave nothing; ENOMEM
 * when zlib cannot allocate its buffers.
 * close: always (also after a failed read); safe on a zeroed source.
 */
typedef struct ctrend__source {
    void *gz;      /* gzFile */
    int fifo;      /* a named pipe: an empty first read means nothing is writing to it */
    size_t n_read; /* bytes delivered so far */
} ctrend__source;
int ctrend__source_open(const char *path, ctrend__source *src, char *msg, size_t cap);
int ctrend__source_read(ctrend__source *src, char *buf, size_t cap, size_t *got, char *msg, size_t mcap);
void ctrend__source_close(ctrend__source *src);

/* Does the row pass every expression of filter f? cells[k], lens[k]: the text of the row's
 * cell in the filter's column k (ctrend_filter_column). */
struct ctrend_filter;
int ctrend__filter_match(const struct ctrend_filter *f, const char *const *cells, const size_t *lens);

/* Non-zero when the text starts like a full date: YYYY<sep>M[M]<sep>D (sep one of -/.). */
int ctrend__io_has_day(const char *s, size_t len);

/* ASCII case-insensitive equality of a NUL-terminated string with s[0..len). */
int ctrend__io_name_eq(const char *a, const char *b);

/*
 * Fast paths for the commonest cells, on text that may not be NUL-terminated. Each returns 1
 * and the result only for input it fully recognises, where the general parser would return
 * exactly the same value; otherwise 0 (and the caller uses the general parser, which also
 * produces any error).
 *  ctrend__io_fast_month: exactly "YYYY-MM" or "YYYY-MM-DD" (no blanks, two-digit month and
 *      day, year >= 1, day valid in that month of the proleptic Gregorian calendar) ->
 *      ctrend_month_parse's month index.
 *  ctrend__io_fast_uint: 1..15 decimal digits and nothing else -> that integer (exact).
 */
static inline unsigned ctrend__io_dig(const char *s, size_t k)
{
    return (unsigned)((unsigned char)s[k] - '0'); /* < 10 only for a digit */
}

/* Inline (called per cell from libcsv's callback; a call costs as much as the work). */
static inline int ctrend__io_fast_month(const char *s, size_t len, int32_t *month)
{
    if ((len != 7 && len != 10) || s[4] != '-') return 0;
    const unsigned y0 = ctrend__io_dig(s, 0), y1 = ctrend__io_dig(s, 1), y2 = ctrend__io_dig(s, 2),
                   y3 = ctrend__io_dig(s, 3), m0 = ctrend__io_dig(s, 5), m1 = ctrend__io_dig(s, 6);
    if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9) return 0;
    const int32_t y = (int32_t)(y0 * 1000 + y1 * 100 + y2 * 10 + y3);
    const int32_t m = (int32_t)(m0 * 10 + m1);
    if (y < 1 || m < 1 || m > 12) return 0; /* ctrend_month_parse gives the error */
    if (len == 10) {
        static const unsigned char dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const unsigned d0 = ctrend__io_dig(s, 8), d1 = ctrend__io_dig(s, 9);
        if (s[7] != '-' || d0 > 9 || d1 > 9) return 0;
        const int32_t d = (int32_t)(d0 * 10 + d1);
        const int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        const int32_t last = (m == 2 && leap) ? 29 : (int32_t)dim[m - 1];
        if (d < 1 || d > last) return 0;
    }
    *month = y * 12 + (m - 1);
    return 1;
}

static inline int ctrend__io_fast_uint(const char *s, size_t len, double *v)
{
    if (len < 1 || len > 15) return 0;
    int64_t acc = 0;
    for (size_t k = 0; k < len; ++k) {
        const unsigned d = ctrend__io_dig(s, k);
        if (d > 9) return 0;
        acc = acc * 10 + (int64_t)d;
    }
    *v = (double)acc;
    return 1;
}

/*
 * Key cells: the reader's hash of a key cell's text, and its printable-ASCII test.
 *
 * ctrend__io_key_hash(s, len): a 64-bit hash of s[0..len) (any bytes; reads nothing outside
 * them). Every place that hashes a key part (the reader's fast and general field paths, the
 * chunked reader's merge) calls this one function, so equal texts hash equal. Method: the
 * "multiply and fold" of wyhash (Wang Yi, github.com/wangyi-fudan/wyhash; the 128-bit
 * product of two 64-bit words, its halves XORed): text of up to 16 bytes is read as two
 * (possibly overlapping) 8- or 4-byte words, or, below 4 bytes, its first, middle and last
 * byte, which with the length determine the text; longer text is folded 16 bytes at a time.
 * Not a cryptographic hash: the key table compares the full text on every hash match.
 *
 * ctrend__io_word_odd(w): non-zero when a byte of the 8-byte word w lies outside printable
 * ASCII 0x20..0x7e (a control byte, NUL, DEL or a byte >= 0x80). Exact, by the "has a byte
 * less than n" and "has a zero byte" tests of S. E. Anderson, Bit Twiddling Hacks
 * (graphics.stanford.edu/~seander/bithacks.html#HasLessInWord): a borrow can flag a byte
 * wrongly only above a byte that is flagged rightly, so "any" is exact.
 */
static inline uint64_t ctrend__io_load64(const char *s)
{
    uint64_t w;
    memcpy(&w, s, 8);
    return w;
}

static inline uint64_t ctrend__io_load32(const char *s)
{
    uint32_t w;
    memcpy(&w, s, 4);
    return w;
}

static inline uint64_t ctrend__io_fold(uint64_t a, uint64_t b)
{
#ifdef __SIZEOF_INT128__
    __extension__ typedef unsigned __int128 u128;
    const u128 p = (u128)a * b;
    return (uint64_t)p ^ (uint64_t)(p >> 64);
#else /* no 128-bit product: a multiply-xorshift mix of both words */
    uint64_t h = (a ^ (b >> 29)) * 0xbf58476d1ce4e5b9ULL;
    h ^= b * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
#endif
}

#define CTREND__IO_KEY_K0 0x9e3779b97f4a7c15ULL /* 2^64 / golden ratio */
#define CTREND__IO_KEY_K1 0xe7037ed1a0b428dbULL /* odd 64-bit constants with mixed bits */
#define CTREND__IO_KEY_K2 0x8ebc6af09c88c6e3ULL

static inline uint64_t ctrend__io_key_hash(const char *s, size_t len)
{
    uint64_t a = 0, b = 0, seed = CTREND__IO_KEY_K0;
    if (len > 16) {
        size_t i = 0;
        for (; i + 16 < len; i += 16)
            seed = ctrend__io_fold(ctrend__io_load64(s + i) ^ CTREND__IO_KEY_K1, ctrend__io_load64(s + i + 8) ^ seed);
        a = ctrend__io_load64(s + len - 16);
        b = ctrend__io_load64(s + len - 8);
    } else if (len >= 8) {
        a = ctrend__io_load64(s);
        b = ctrend__io_load64(s + len - 8);
    } else if (len >= 4) {
        a = ctrend__io_load32(s);
        b = ctrend__io_load32(s + len - 4);
    } else if (len) {
        a = (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[len >> 1] << 8 | (unsigned char)s[len - 1];
    }
    return ctrend__io_fold(a ^ CTREND__IO_KEY_K1, b ^ seed ^ (uint64_t)len * CTREND__IO_KEY_K2);
}

static inline uint64_t ctrend__io_word_odd(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const uint64_t del = w ^ (0x7f * ones);
    return (w | ((w - 0x20 * ones) & ~w) | ((del - ones) & ~del)) & highs;
}

#endif
