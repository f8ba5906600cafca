/* The C library's <stdlib.h>, then what the Microsoft CRT's adds (integer conversions, path limits,
 * environment and rand_s), so that code including only <stdlib.h> finds them, as with MSVC. */
#ifndef W3COMPAT_CRT_STDLIB_H
#define W3COMPAT_CRT_STDLIB_H

#include_next <stdlib.h>

#include "w3crt_stdlib.h"

#endif
