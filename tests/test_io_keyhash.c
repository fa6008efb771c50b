/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_io_keyhash.c — the reader's key-cell helpers in lib/io/io_internal.h:
 *  - ctrend__io_word_odd against a byte-by-byte definition of "outside printable ASCII
 *    0x20..0x7e", for every byte value at every place of a word, for pairs of bytes (a
 *    borrow from one byte must not hide or invent another), and for random words;
 *  - ctrend__io_key_hash: reads nothing outside its text (the text is put against a page
 *    that may not be read, on either side), gives equal hashes for equal texts wherever they
 *    lie, and sees every byte: changing any one byte of a text of 1..64 bytes, or its
 *    length, changes the hash (each case is a distinct text; a 64-bit collision among these
 *    few thousand pairs would have probability ~1e-15, so a failure is a byte the hash
 *    never read);
 *  - 2 * 10^5 distinct key texts of the kinds real files hold ("G0001", "Khyber
 *    Pakhtunkhwa 12", ...) give 2 * 10^5 distinct hashes.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "../lib/io/io_internal.h"

static uint64_t rng = 0x853c49e6748fea9bULL;
static uint64_t next(void) /* splitmix64 (Steele, Lea, Flood 2014) */
{
    uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* the definition: some byte is < 0x20 or >= 0x7f */
static int odd_bytes(uint64_t w)
{
    for (int k = 0; k < 8; ++k) {
        const unsigned c = (unsigned)(w >> (8 * k)) & 0xffu;
        if (c < 0x20 || c >= 0x7f) return 1;
    }
    return 0;
}

static uint64_t with_byte(uint64_t w, int k, unsigned c)
{
    return (w & ~((uint64_t)0xff << (8 * k))) | (uint64_t)c << (8 * k);
}

static void test_word_odd(void **state)
{
    (void)state;
    const uint64_t plain = 0x6161616161616161ULL; /* "aaaaaaaa" */
    assert_false(ctrend__io_word_odd(plain));
    assert_false(ctrend__io_word_odd(0x2020202020202020ULL)); /* spaces: printable */
    assert_false(ctrend__io_word_odd(0x7e7e7e7e7e7e7e7eULL)); /* '~', the last printable */
    size_t n_odd = 0;
    for (int k = 0; k < 8; ++k)
        for (unsigned c = 0; c < 256; ++c) {
            const uint64_t w = with_byte(plain, k, c);
            assert_int_equal(ctrend__io_word_odd(w) != 0, odd_bytes(w));
            n_odd += odd_bytes(w);
        }
    assert_int_equal(n_odd, 8 * (0x20 + 0x81)); /* 0x00..0x1f and 0x7f..0xff at each place */
    /* two chosen bytes anywhere, the rest printable: borrows cannot mislead the test */
    static const unsigned probe[] = {0x00, 0x01, 0x1f, 0x20, 0x21, 0x40, 0x7e, 0x7f, 0x80, 0x81, 0xfe, 0xff};
    const size_t np = sizeof probe / sizeof *probe;
    for (int k1 = 0; k1 < 8; ++k1)
        for (int k2 = 0; k2 < 8; ++k2)
            for (size_t a = 0; a < np; ++a)
                for (size_t b = 0; b < np; ++b) {
                    const uint64_t w = with_byte(with_byte(plain, k1, probe[a]), k2, probe[b]);
                    assert_int_equal(ctrend__io_word_odd(w) != 0, odd_bytes(w));
                }
    for (int i = 0; i < 200000; ++i) {
        uint64_t w = next();
        if (i & 1) /* mostly printable, a few bytes anything: both answers occur often */
            for (int k = 0; k < 8; ++k)
                if (next() % 5) w = with_byte(w, k, 0x20 + (unsigned)(next() % 0x5f));
        assert_int_equal(ctrend__io_word_odd(w) != 0, odd_bytes(w));
    }
}

/* A text against an unreadable page: after it (at the end of a readable page) or before
 * it (at the start of one). A read outside the text is a SIGSEGV. */
static void test_hash_reads_only_the_text(void **state)
{
    (void)state;
    const size_t pg = (size_t)sysconf(_SC_PAGESIZE);
    char *m = mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    assert_true(m != MAP_FAILED);
    assert_int_equal(mprotect(m, pg, PROT_NONE), 0);
    assert_int_equal(mprotect(m + 2 * pg, pg, PROT_NONE), 0);
    char *lo = m + pg, *hi = m + 2 * pg;
    char ref[80];
    for (size_t len = 0; len <= 70; ++len) {
        for (size_t k = 0; k < len; ++k) ref[k] = (char)('A' + (k * 7 + len) % 26);
        const uint64_t h = ctrend__io_key_hash(ref, len);
        memcpy(hi - len, ref, len); /* ends where the unreadable page starts */
        assert_true(ctrend__io_key_hash(hi - len, len) == h);
        memcpy(lo, ref, len); /* starts where the unreadable page ends */
        assert_true(ctrend__io_key_hash(lo, len) == h);
        for (size_t off = 1; off < 9; ++off) { /* any alignment: the same hash */
            memcpy(lo + off, ref, len);
            assert_true(ctrend__io_key_hash(lo + off, len) == h);
        }
    }
    munmap(m, 3 * pg);
}

static void test_hash_sees_every_byte(void **state)
{
    (void)state;
    char t[72];
    size_t n_cases = 0;
    uint64_t by_len[65];
    for (size_t len = 0; len <= 64; ++len) {
        for (size_t k = 0; k < len; ++k) t[k] = (char)('a' + (k * 5 + 3) % 26);
        const uint64_t h = ctrend__io_key_hash(t, len);
        by_len[len] = h;
        for (size_t k = 0; k < len; ++k) {
            const char keep = t[k];
            static const char other[] = {'b', 'Z', '0', ' ', '\x7f', '\x01'};
            for (size_t o = 0; o < sizeof other; ++o) {
                if (other[o] == keep) continue;
                t[k] = other[o];
                if (ctrend__io_key_hash(t, len) == h) fail_msg("len %zu: byte %zu changed, hash did not", len, k);
                ++n_cases;
            }
            t[k] = keep;
        }
    }
    for (size_t a = 0; a <= 64; ++a) /* "aXd..." cut at each length: all distinct */
        for (size_t b = a + 1; b <= 64; ++b)
            if (by_len[a] == by_len[b]) fail_msg("lengths %zu and %zu: same hash", a, b);
    assert_true(n_cases > 10000); /* sum over len of 6 * len, less the unchanged cases */
}

static int cmp_u64(const void *a, const void *b)
{
    const uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static void test_hash_distinct_keys(void **state)
{
    (void)state;
    enum { N = 200000 };
    uint64_t *h = malloc(N * sizeof *h);
    assert_non_null(h);
    char t[64];
    for (int i = 0; i < N; ++i) {
        int n;
        switch (i % 4) {
        case 0: n = snprintf(t, sizeof t, "G%04d", i / 4); break;
        case 1: n = snprintf(t, sizeof t, "Khyber Pakhtunkhwa %d", i / 4); break;
        case 2: n = snprintf(t, sizeof t, "%d", i / 4); break;
        default: n = snprintf(t, sizeof t, "Tehrik-i-Taliban Pakistan (TTP) cell %07d", i / 4); break;
        }
        h[i] = ctrend__io_key_hash(t, (size_t)n);
    }
    qsort(h, N, sizeof *h, cmp_u64);
    for (int i = 1; i < N; ++i)
        if (h[i] == h[i - 1]) fail_msg("two of the %d distinct keys share a hash", N);
    free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_odd),
        cmocka_unit_test(test_hash_reads_only_the_text),
        cmocka_unit_test(test_hash_sees_every_byte),
        cmocka_unit_test(test_hash_distinct_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
