/* SPDX-License-Identifier: GPL-3.0-or-later */
/* r_init.c — a stand-alone R shared object of the generated wrappers alone
 * (bindings/R/ctrend/src/api_generated.c), for tests/api/test_r_generated.R. */
#include <R.h>
#include <Rinternals.h>
#include <R_ext/Rdynload.h>
#include <ctrend.h>

void ctr_api_register(DllInfo *dll, const R_CallMethodDef *own);
void R_init_ctrend_api_test(DllInfo *dll);
void R_init_ctrend_api_test(DllInfo *dll)
{
    ctrend_init();
    ctr_api_register(dll, NULL);
}
