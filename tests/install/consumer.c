/* SPDX-License-Identifier: GPL-3.0-or-later */
/* consumer.c — built against an *installed* ctrend (pkg-config and CMake package tests). */
#include <ctrend.h>
#include <math.h>
#include <stdio.h>

int main(void)
{
    ctrend_init();
    const double x[4] = {42, 22, 39, 54}; /* TTP attacks, Jan-Apr 2022 */
    double pct[4];
    if (ctrend_change_pct(x, 4, 1, pct, NULL) != CTREND_OK) return 1;
    /* (22 - 42) / 42 = -47.619...% */
    if (fabs(pct[1] + 47.61904761904762) > 1e-9) return 1;
    if (ctrend_version_number() != CTREND_VERSION_NUMBER) return 1;
    printf("consumer ok %s\n", ctrend_version_string());
    return 0;
}
