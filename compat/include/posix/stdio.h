/* The C library's <stdio.h>, then what the Microsoft CRT's adds (bounded and Microsoft-format
 * printf family, fopen_s), so that code including only <stdio.h> finds them, as with MSVC. */
#ifndef W3COMPAT_CRT_STDIO_H
#define W3COMPAT_CRT_STDIO_H

#include_next <stdio.h>

#include "w3crt_stdio.h"

#endif
