/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_def.c — the C compiler compares api/ctrend_api.h with the public headers.
 *
 * At compile time: every function of CTREND_DEF_FUNCTIONS has exactly the declared type
 * (return and parameter types, via __builtin_types_compatible_p on a pointer to it), and
 * every enum value of CTREND_DEF_ENUM_* equals the header's, and every record of
 * CTREND_DEF_RECORDS has the header's layout. A mismatch does not compile. (A record added to
 * the definition needs its two CHECK lines below; check_api.py fails until it is a header
 * struct.)
 * At run time: every constant of CTREND_DEF_CONSTANTS equals the header's macro, the count
 * getters agree with the definition, and the name getters return the definition's names.
 * (Names present in a header but missing here are found by bindings/gen/check_api.py.)
 */
#include <stdio.h>
#include <string.h>
#include <ctrend.h>
#include "ctrend_api.h"

#if !defined(__GNUC__) && !defined(__clang__)
#error "check_def.c needs __builtin_types_compatible_p (GCC or Clang)"
#endif

#define CTREND_P(type, name, role) type
#define CHECK_FUNCTION(ret, ret_role, name, header, params)                                  \
    _Static_assert(__builtin_types_compatible_p(__typeof__(&name), ret(*) params),          \
                   #name ": api/ctrend_api.h and include/ctrend/" #header ".h disagree");
CTREND_DEF_FUNCTIONS(CHECK_FUNCTION)

#define CHECK_VALUE(name, value) _Static_assert((name) == (value), #name " is renumbered");
#define CHECK_ENUM(tag, header)                                                              \
    _Static_assert(sizeof(enum tag) > 0, #tag);                                              \
    CTREND_DEF_ENUM_##tag(CHECK_VALUE)
CTREND_DEF_ENUMS(CHECK_ENUM)

/* Records: a struct declared from the definition's field list has the header's layout
 * exactly (same size, same offset and type for each field, so also the same order). */
#include <stddef.h>
#define DECL_FIELD(type, field, role) type field;
#define DECL_RECORD(tag, header) struct def_##tag { CTREND_DEF_RECORD_##tag(DECL_FIELD) };
CTREND_DEF_RECORDS(DECL_RECORD)
#define CHECK_FIELD(type, field, role)                                                       \
    _Static_assert(__builtin_types_compatible_p(__typeof__(((REC *)0)->field), type) &&     \
                       offsetof(REC, field) == offsetof(struct DEF, field),                  \
                   "field " #field ": api/ctrend_api.h and the header disagree");
#define REC ctrend_exact_result
#define DEF def_ctrend_exact_result
_Static_assert(sizeof(REC) == sizeof(struct DEF), "ctrend_exact_result: size");
CTREND_DEF_RECORD_ctrend_exact_result(CHECK_FIELD)
#undef REC
#undef DEF
#define REC ctrend_exact_test
#define DEF def_ctrend_exact_test
_Static_assert(sizeof(REC) == sizeof(struct DEF), "ctrend_exact_test: size");
CTREND_DEF_RECORD_ctrend_exact_test(CHECK_FIELD)
#undef REC
#undef DEF

static int failures;

static void expect(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "check_def: %s\n", what);
        ++failures;
    }
}

#define COUNT_ONE(name, value) +1
#define CHECK_STATUS_NAME(name, value) expect(strcmp(ctrend_status_name(name), #name) == 0, #name);
#define CHECK_REASON_NAME(name, value)                                                       \
    expect(strcmp(ctrend_change_reason_name(name), #name) == 0, #name);
#define CHECK_CONSTANT_INT(name, value) expect((long long)(name) == (long long)(value), #name);
#define CHECK_CONSTANT_DOUBLE(name, value) expect((double)(name) == (double)(value), #name);
#define CHECK_CONSTANT(name, kind, value) CHECK_CONSTANT_##kind(name, value)

int main(void)
{
    CTREND_DEF_CONSTANTS(CHECK_CONSTANT)
    CTREND_DEF_ENUM_ctrend_status(CHECK_STATUS_NAME)
    CTREND_DEF_ENUM_ctrend_undef_reason(CHECK_REASON_NAME)
    expect(ctrend_status_count() == 0 CTREND_DEF_ENUM_ctrend_status(COUNT_ONE),
           "ctrend_status_count() != the definition's number of status codes");
    expect(ctrend_change_reason_count() == 0 CTREND_DEF_ENUM_ctrend_undef_reason(COUNT_ONE),
           "ctrend_change_reason_count() != the definition's number of reasons");
    expect(ctrend_baseline_count() == 0 CTREND_DEF_ENUM_ctrend_baseline(COUNT_ONE),
           "ctrend_baseline_count() != the definition's number of baselines");
    expect(ctrend_backtest_metric_count() == 0 CTREND_DEF_ENUM_ctrend_backtest_metric(COUNT_ONE),
           "ctrend_backtest_metric_count() != the definition's number of metrics");
#define COUNT_FUNCTION(ret, ret_role, name, header, params) +1
#define COUNT_ENUM(tag, header) +1
#define COUNT_CONSTANT(name, kind, value) +1
    printf("check_def: %d functions, %d enums and %d constants match the headers; %d failures\n",
           0 CTREND_DEF_FUNCTIONS(COUNT_FUNCTION), 0 CTREND_DEF_ENUMS(COUNT_ENUM),
           0 CTREND_DEF_CONSTANTS(COUNT_CONSTANT), failures);
    return failures ? 1 : 0;
}
