/* Error codes and the calling thread's last error message. */
#include <stdarg.h>
#include <stdio.h>

#include "harness.h"

static _Thread_local char last_error[1024];

const char *w3h_last_error(void)
{
    return last_error;
}

const char *w3h_status_name(int status)
{
    static const char *const names[] = {
        "W3H_OK",           "W3H_E_INVALID_ARG", "W3H_E_CLOSED", "W3H_E_WRONG_THREAD",
        "W3H_E_STATE",      "W3H_E_LOAD",        "W3H_E_CONFIG", "W3H_E_NO_MEMORY",
        "W3H_E_INCOMPLETE", "W3H_E_TIMEOUT",     "W3H_E_LEAK",   "W3H_E_BAD_RESPONSE"};
    if (status < 0 || (size_t)status >= sizeof names / sizeof names[0])
        return "W3H_E_UNKNOWN";
    return names[status];
}

w3h_status w3h_fail(w3h_status status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    fprintf(stderr, "w3harness: %s: %s\n", w3h_status_name(status), last_error);
    fflush(stderr);
    return status;
}
