/* W3H_CHECK and friends: checks for tests that use no test framework. */
#include <stdio.h>
#include <string.h>

#include "harness.h"

static int failures;

int w3h_check(int ok, const char *file, int line, const char *expr)
{
    if (!ok) {
        failures++;
        fprintf(stderr, "%s:%d: check failed: %s\n", file, line, expr);
    }
    return ok;
}

int w3h_check_ok(int status, const char *file, int line, const char *expr)
{
    if (status != W3H_OK) {
        failures++;
        fprintf(stderr, "%s:%d: %s returned %s: %s\n", file, line, expr, w3h_status_name(status),
                w3h_last_error());
    }
    return status == W3H_OK;
}

int w3h_check_str(const char *actual, const char *expected, const char *file, int line,
                  const char *expr)
{
    if (actual == NULL || expected == NULL || strcmp(actual, expected) != 0) {
        failures++;
        fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", file, line, expr,
                actual ? actual : "(null)", expected ? expected : "(null)");
        return 0;
    }
    return 1;
}

int w3h_check_result(void)
{
    if (failures > 0)
        fprintf(stderr, "%d check(s) failed\n", failures);
    return failures > 0;
}
