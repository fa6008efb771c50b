/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * numfmt.h — private to the ctrend command line (bin/): the shortest decimal text that reads
 * back (strtod) as the same double, by Ryu (Adams, PLDI 2018). No strtod round-trip check and
 * no snprintf: a proven algorithm, tested against Python's repr on 10^6 random doubles
 * (tests/test_numfmt.c).
 */
#ifndef CTREND_NUMFMT_H
#define CTREND_NUMFMT_H

#include <stddef.h>
#include <stdint.h>

/* Longest text cli_num_format writes, with its terminating NUL:
 * "-d.dddddddddddddddde-308" is 24 characters; 17 digits in fixed notation with the point and
 * "-0.0000" before them at most 25. */
#define CLI_NUM_MAX 32

/* The shortest decimal of a finite, nonzero x: |x| reads back from digits * 10^exp10, and no
 * decimal with fewer digits does; among the shortest, the one nearest to x (ties: even).
 * digits has no trailing zero (1 <= digits < 10^17). Returns 0, or -1 for 0, NaN and inf. */
int cli_num_decimal(double x, uint64_t *digits, int32_t *exp10);

/* x as the CLI prints full-precision numbers into buf (CLI_NUM_MAX bytes), returning the length:
 * the shortest round-trip digits laid out as printf's %.{P}g with P = max(15, digits), which
 * is what 0.1's "first of %.15g, %.16g, %.17g that round-trips" printed whenever that was
 * shortest. Integers print plainly (-0 as "-0"); inf as "inf"/"-inf", NaN as "nan". */
size_t cli_num_format(double x, char *buf);

#endif
