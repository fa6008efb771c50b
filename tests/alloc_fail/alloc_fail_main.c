/*
 * alloc_fail_main.c — allocation-failure injection along each public entry point's path
 * (the SQLite "malloc failure" discipline, https://www.sqlite.org/testing.html#oom).
 *
 * For every scenario and N = 1, 2, ... the N-th allocation call fails (one-shot mode: only that
 * one; persistent mode: that one and all later ones) until a run completes with no injected
 * failure. Each run asserts that
 *   - every call returns CTREND_OK, its documented non-memory status, or CTREND_ENOMEM;
 *   - a call that returned CTREND_ENOMEM left its outputs untouched (out-pointers keep their
 *     sentinel, the frame it was given reads back exactly as before the call);
 *   - after the handles are freed no block is live (counted by the wrappers; LSan in the
 *     sanitizer build checks the same independently).
 * Registered by tests/alloc_fail.cmake (links with -Wl,--wrap=malloc,...).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include <ctrend.h>
#include "alloc_wrap.h"

/* ---------------------------------------------------------------- frame snapshots */

#define SNAP_SERIES 32
#define SNAP_MONTHS 4096
#define SNAP_KEY 16

typedef struct snapshot {
    size_t n_series, n_months;
    int32_t start;
    char keys[SNAP_SERIES][3][SNAP_KEY];
    double values[SNAP_SERIES][SNAP_MONTHS];
} snapshot;

static snapshot snap_before, snap_after; /* static: the test makes no allocations of its own */

static void take(const ctrend_frame *f, snapshot *s)
{
    memset(s, 0, sizeof *s);
    s->n_series = ctrend_frame_n_series(f);
    s->n_months = ctrend_frame_n_months(f);
    s->start = ctrend_frame_start(f);
    assert_true(s->n_series <= SNAP_SERIES && s->n_months <= SNAP_MONTHS);
    for (size_t i = 0; i < s->n_series; ++i) {
        const char *k[3] = {ctrend_frame_group(f, i), ctrend_frame_region(f, i), ctrend_frame_metric(f, i)};
        for (size_t j = 0; j < 3; ++j) {
            assert_non_null(k[j]);
            assert_true(strlen(k[j]) < SNAP_KEY);
            strcpy(s->keys[i][j], k[j]);
        }
        assert_int_equal(ctrend_frame_values(f, i, s->values[i], SNAP_MONTHS), CTREND_OK);
    }
}

/* memcmp compares NaN payloads too: "untouched" means bit-for-bit. */
static void assert_same_snapshot(const snapshot *a, const snapshot *b)
{
    assert_int_equal(a->n_series, b->n_series);
    assert_int_equal(a->n_months, b->n_months);
    assert_int_equal(a->start, b->start);
    assert_memory_equal(a->keys, b->keys, sizeof a->keys);
    for (size_t i = 0; i < a->n_series; ++i)
        assert_memory_equal(a->values[i], b->values[i], a->n_months * sizeof(double));
}

/* ---------------------------------------------------------------- frame scenario */

typedef enum op_kind { OP_ADD, OP_SET, OP_ACC, OP_FILL } op_kind;
typedef struct op {
    op_kind kind;
    const char *g, *r, *m; /* OP_ADD key */
    size_t series;         /* other ops */
    int32_t month, to;     /* month offsets from 2022-01; `to` for OP_FILL */
    double value;
    int expect;            /* status when no allocation fails */
} op;

#define JAN2022 (2022 * 12)
static const op frame_ops[] = {
    {OP_ADD, "TTP", "", "attacks", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "TTP", "", "deaths", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "TTP", "", "attacks", 0, 0, 0, 0, CTREND_OK}, /* existing key: no allocation */
    {OP_SET, 0, 0, 0, 0, 0, 0, 42.0, CTREND_OK},
    {OP_SET, 0, 0, 0, 0, 1, 0, 22.0, CTREND_OK},
    {OP_SET, 0, 0, 0, 0, 40, 0, 39.0, CTREND_OK},   /* grows the window forward */
    {OP_SET, 0, 0, 0, 0, -30, 0, 7.0, CTREND_OK},   /* grows it backward */
    {OP_SET, 0, 0, 0, 0, 1, 0, 99.0, CTREND_EDUPLICATE},
    {OP_SET, 0, 0, 0, 1, 2, 0, NAN, CTREND_OK},     /* reported as missing */
    {OP_ACC, 0, 0, 0, 1, 3, 0, 5.0, CTREND_OK},
    {OP_ACC, 0, 0, 0, 1, 3, 0, 6.0, CTREND_OK},
    {OP_ACC, 0, 0, 0, 1, 500, 0, 1.0, CTREND_OK},
    {OP_FILL, 0, 0, 0, 1, -100, 600, 0.0, CTREND_OK},
    {OP_ADD, "ISKP", "KP", "attacks", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "ISKP", "KP", "deaths", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "ISKP", "Sindh", "attacks", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "ISKP", "Sindh", "deaths", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "ISPP", "", "attacks", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "ISPP", "", "deaths", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "BLA", "", "attacks", 0, 0, 0, 0, CTREND_OK},  /* 9th series: array and table grow */
    {OP_ADD, "BLA", "", "deaths", 0, 0, 0, 0, CTREND_OK},
    {OP_ADD, "BLF", "", "attacks", 0, 0, 0, 0, CTREND_OK},
    {OP_FILL, 0, 0, 0, 8, 0, 11, 0.0, CTREND_OK},
    {OP_SET, 0, 0, 0, 8, 12, 0, 3.0, CTREND_OK},
    {OP_SET, 0, 0, 0, 8, 5, 0, 3.0, CTREND_EDUPLICATE},   /* filled cells count as set */
    {OP_SET, 0, 0, 0, 99, 5, 0, 3.0, CTREND_ERANGE},      /* bad index */
    {OP_ACC, 0, 0, 0, 2, -JAN2022, 0, 3.0, CTREND_ERANGE}, /* year 0 */
};

/* One run of the scenario with the n-th allocation failing; returns the failures injected. */
static size_t run_frame_scenario(size_t n, int persistent)
{
    const long live0 = af_live();
    ctrend_frame *const sentinel = (ctrend_frame *)&snap_before;
    ctrend_frame *f = sentinel;
    af_arm(n, persistent);
    int rc = ctrend_frame_new(&f);
    if (rc == CTREND_ENOMEM) {
        assert_ptr_equal(f, sentinel);
    } else {
        assert_int_equal(rc, CTREND_OK);
        int retried = 0;
        for (size_t i = 0; i < sizeof frame_ops / sizeof frame_ops[0]; ++i) {
            const op *o = &frame_ops[i];
            take(f, &snap_before);
            size_t index = 777;
            switch (o->kind) {
            case OP_ADD: rc = ctrend_frame_add_series(f, o->g, o->r, o->m, &index); break;
            case OP_SET: rc = ctrend_frame_set(f, o->series, JAN2022 + o->month, o->value); break;
            case OP_ACC: rc = ctrend_frame_accumulate(f, o->series, JAN2022 + o->month, o->value); break;
            case OP_FILL:
                rc = ctrend_frame_fill_unset(f, o->series, JAN2022 + o->month, JAN2022 + o->to, o->value);
                break;
            }
            take(f, &snap_after);
            if (rc == CTREND_ENOMEM) {
                assert_true(af_failures() > 0);
                assert_int_equal(index, 777);
                assert_same_snapshot(&snap_before, &snap_after);
                if (persistent) break; /* nothing can succeed any more */
                /* one-shot: the frame must still be usable, and the same call now succeeds */
                assert_false(retried);
                retried = 1;
                --i;
                continue;
            }
            retried = 0;
            if (rc != o->expect) print_error("op %zu: %s, want %s\n", i, ctrend_status_name(rc),
                                             ctrend_status_name(o->expect));
            assert_int_equal(rc, o->expect);
            if (rc != CTREND_OK) assert_same_snapshot(&snap_before, &snap_after);
        }
        ctrend_frame_free(f);
    }
    const size_t injected = af_failures();
    af_arm(0, 0);
    assert_int_equal(af_live(), live0);
    return injected;
}

static void sweep(size_t (*scenario)(size_t, int), const char *name)
{
    for (int persistent = 0; persistent <= 1; ++persistent) {
        size_t n = 1;
        while (scenario(n, persistent) > 0) {
            ++n;
            assert_true(n < 100000); /* the scenario must terminate */
        }
        print_message("%s (%s): %zu allocation points\n", name, persistent ? "persistent" : "one-shot", n - 1);
        assert_true(n > 1); /* the path allocates at all, so the sweep tested something */
    }
}

static void test_frame_building(void **state)
{
    (void)state;
    sweep(run_frame_scenario, "frame");
}

/* The wrapper itself: a clean run of the scenario reaches the end with every block freed. */
static void test_wrapper_counts(void **state)
{
    (void)state;
    af_arm(0, 0);
    const long live0 = af_live();
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    assert_int_equal(af_live(), live0 + 1);
    assert_true(af_calls() >= 1);
    ctrend_frame_free(f);
    assert_int_equal(af_live(), live0);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wrapper_counts),
        cmocka_unit_test(test_frame_building),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
