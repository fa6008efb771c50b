/* SPDX-License-Identifier: GPL-3.0-or-later */
/* version.c — runtime version and process set-up (GSL's error handler). */
#include <pthread.h>
#include <gsl/gsl_errno.h>
#include "ctrend/common.h"

int ctrend_version_number(void) { return CTREND_VERSION_NUMBER; }
const char *ctrend_version_string(void) { return CTREND_VERSION_STRING; }

static pthread_once_t ctrend__init_once = PTHREAD_ONCE_INIT;

static void init_once(void)
{
    /* GSL's default handler calls abort(); a library must never abort its host. */
    gsl_set_error_handler_off();
}

void ctrend_init(void) { (void)pthread_once(&ctrend__init_once, init_once); }
