/* SPDX-License-Identifier: GPL-3.0-or-later */
// cxx_header.cpp — <ctrend.h> compiles as C++11 with -Wall -Wextra -Wpedantic -Werror and its
// functions link with C names (extern "C"). Also checks that every version macro equals its getter
// and that the status codes are the pinned values bindings hard-code.
#include <ctrend.h>
#include <ctrend.h> // include guards: a second inclusion is harmless

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

static int failures = 0;
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            ++failures;                                                              \
        }                                                                            \
    } while (0)

int main()
{
    ctrend_init();
    ctrend_init(); // idempotent
    CHECK(ctrend_version_number() == CTREND_VERSION_NUMBER);
    CHECK(std::strcmp(ctrend_version_string(), CTREND_VERSION_STRING) == 0);
    CHECK(CTREND_OK == 0 && CTREND_EINVAL == 1 && CTREND_ENOMEM == 2 && CTREND_EIO == 3 &&
          CTREND_EPARSE == 4 && CTREND_EDOMAIN == 5 && CTREND_ESHORT == 6 && CTREND_ENOCONV == 7 &&
          CTREND_ESINGULAR == 8 && CTREND_ENUMERIC == 9 && CTREND_EDUPLICATE == 10 &&
          CTREND_ERAGGED == 11 && CTREND_EEMPTY == 12 && CTREND_ENOTFOUND == 13 &&
          CTREND_ERANGE == 14 && CTREND_EALLZERO == 15 && CTREND_ESEPARATION == 16 &&
          CTREND_EUNSUPPORTED == 17);
    CHECK(ctrend_status_count() >= 18);
    CHECK(std::strcmp(ctrend_status_name(CTREND_EPARSE), "CTREND_EPARSE") == 0);

    int32_t m = 0;
    const char text[] = "Feb 2022";
    CHECK(ctrend_month_parse(text, sizeof text - 1, &m) == CTREND_OK);
    CHECK(m == 2022 * 12 + 1);
    char buf[CTREND_MONTH_STRLEN];
    CHECK(ctrend_month_format(m, buf, sizeof buf) == CTREND_OK && std::strcmp(buf, "2022-02") == 0);

    ctrend_frame *f = nullptr;
    CHECK(ctrend_frame_new(&f) == CTREND_OK);
    size_t idx = 99;
    CHECK(ctrend_frame_add_series(f, "TTP", nullptr, "attacks", &idx) == CTREND_OK && idx == 0);
    CHECK(ctrend_frame_set(f, idx, m, 42.0) == CTREND_OK);
    CHECK(ctrend_frame_set(f, idx, m + 2, 17.0) == CTREND_OK);
    double v[3];
    CHECK(ctrend_frame_values(f, idx, v, 3, NULL) == CTREND_OK);
    CHECK(v[0] == 42.0 && std::isnan(v[1]) && v[2] == 17.0);
    ctrend_frame_free(f);
    ctrend_frame_free(nullptr);

    if (failures == 0) std::printf("C++ header test: OK (ctrend %s)\n", ctrend_version_string());
    return failures == 0 ? 0 : 1;
}
