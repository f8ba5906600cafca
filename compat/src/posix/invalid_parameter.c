/* The CRT's invalid-parameter handler: one per process, as in msvcrt. */
#include <stdatomic.h>
#include <stdlib.h>

#include "crt_internal.h"

static _Atomic(_invalid_parameter_handler) current_handler;

_invalid_parameter_handler __cdecl _set_invalid_parameter_handler(_invalid_parameter_handler pNew)
{
    return atomic_exchange(&current_handler, pNew);
}

_invalid_parameter_handler __cdecl _get_invalid_parameter_handler(void)
{
    return atomic_load(&current_handler);
}

errno_t w3_crt_invalid_parameter(errno_t err, const char *function)
{
    errno = err;
    _invalid_parameter_handler handler = atomic_load(&current_handler);
    if (handler) {
        /* Like the release CRT, pass no expression, function or file. */
        handler(NULL, NULL, NULL, 0, 0);
        errno = err;
        return err;
    }
    fprintf(stderr, "w3compat: invalid parameter passed to %s; no handler installed, aborting\n",
            function);
    abort();
}
