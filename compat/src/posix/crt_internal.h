/* Shared by the CRT string sources. */
#ifndef W3COMPAT_CRT_INTERNAL_H
#define W3COMPAT_CRT_INTERNAL_H

#include <windows.h>
/* Every CRT header, so that each definition is checked against its declaration. */
#include <crtdbg.h>
#include <direct.h>
#include <io.h>
#include <malloc.h>
#include <process.h>
#include <sys/stat.h>
#include <sys/timeb.h>

/* Reports an invalid parameter as the CRT does: sets errno to err, then calls the
 * installed handler (or, with none, prints a message and aborts). Returns err. */
errno_t w3_crt_invalid_parameter(errno_t err, const char *function);

/* Formats with Microsoft CRT format rules into a new heap string (free it); returns
 * the length in units, or -1. */
int w3_ms_vasprintf(char **out, const char *format, va_list args);
int w3_ms_vaswprintf(wchar_t **out, const wchar_t *format, va_list args);

#endif
