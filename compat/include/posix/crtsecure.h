/* The Microsoft C runtime's extras: the bounds-checked "_s" family with its
 * invalid-parameter handler, and the non-standard _stricmp/_itoa/_snprintf family.
 * Each lives with the C header MSVC declares it in (w3crt_string.h, w3crt_stdlib.h,
 * w3crt_stdio.h, w3crt_time.h, reached through compat's <string.h>, <stdlib.h>,
 * <stdio.h>, <time.h>); this header gathers them for windows.h and tchar.h. */
#ifndef W3COMPAT_CRTSECURE_H
#define W3COMPAT_CRTSECURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "windef.h"
#include "w3crt_stdio.h"
#include "w3crt_stdlib.h"
#include "w3crt_string.h"
#include "w3crt_time.h"

#endif
