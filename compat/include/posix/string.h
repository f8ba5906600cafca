/* The C library's <string.h>, then what the Microsoft CRT's adds (bounds-checked copies, case-blind
 * compares, case changes), so that code including only <string.h> finds them, as with MSVC. */
#ifndef W3COMPAT_CRT_STRING_H
#define W3COMPAT_CRT_STRING_H

#include_next <string.h>

#include "w3crt_string.h"

#endif
