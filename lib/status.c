/* SPDX-License-Identifier: GPL-3.0-or-later */
/* status.c — messages and names for the pinned status codes (one X-macro list). */
#include "ctrend/common.h"

const char *ctrend_strerror(int status)
{
    switch (status) {
#define CTREND__STATUS_MSG(name, value, msg) case value: return msg;
        CTREND_STATUS_LIST(CTREND__STATUS_MSG)
#undef CTREND__STATUS_MSG
    default: return "unknown status";
    }
}

const char *ctrend_status_name(int status)
{
    switch (status) {
#define CTREND__STATUS_NAME(name, value, msg) case value: return "CTREND_" #name;
        CTREND_STATUS_LIST(CTREND__STATUS_NAME)
#undef CTREND__STATUS_NAME
    default: return "CTREND_UNKNOWN";
    }
}

int ctrend_status_count(void) { return (int)CTREND_STATUS_COUNT_; }
