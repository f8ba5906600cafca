/* The C library's <wchar.h>, then what the Microsoft CRT's adds (wide string and printf functions),
 * so that code including only <wchar.h> finds them, as with MSVC. */
#ifndef W3COMPAT_CRT_WCHAR_H
#define W3COMPAT_CRT_WCHAR_H

#include_next <wchar.h>

#include "w3crt_string.h"
#include "w3crt_stdio.h"

#endif
