/* Counting the CRT's invalid-parameter handler calls, for the crt_* suites.
 *
 * The contract shared by our CRT and MinGW's msvcrt under Wine: a bad parameter makes
 * the function return its error (EINVAL, ERANGE, -1, NULL) and empty the destination.
 * Where they differ: MinGW's _set_invalid_parameter_handler is an emulation in its
 * static runtime that msvcrt.dll's functions never call, and msvcrt.dll does not end
 * the process when no handler is installed. So handler calls are counted on POSIX only
 * (our contract is the Visual C++ CRTs', msvcr80 onwards). */
#ifndef W3TEST_CRT_HANDLER_H
#define W3TEST_CRT_HANDLER_H

#include <stdint.h>
#include <stdlib.h>
#include <wchar.h>

static int crt_handler_calls;

static void __cdecl crt_count_invalid_parameter(const wchar_t *expression, const wchar_t *function,
                                                const wchar_t *file, unsigned int line,
                                                uintptr_t reserved)
{
    (void)expression, (void)function, (void)file, (void)line, (void)reserved;
    crt_handler_calls++;
}

static inline void crt_install_handler(void)
{
    crt_handler_calls = 0;
    _set_invalid_parameter_handler(crt_count_invalid_parameter);
}

#ifdef _WIN32
#define CRT_CHECK_HANDLER_CALLS(n) ((void)0)
#else
#define CRT_CHECK_HANDLER_CALLS(n) W3_CHECK_EQ_I(crt_handler_calls, (n))
#endif

#endif
