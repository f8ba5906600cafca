/* MinGW-w64's sal.h, then the annotations it lacks (w3sal.h defines only names that
 * are still undefined). The system's rpcsal.h comes first so that its definitions, not
 * ours, are the ones MIDL-generated headers see. */
#ifndef W3COMPAT_WINDOWS_SAL_H
#define W3COMPAT_WINDOWS_SAL_H

#include_next <sal.h>
#include <rpcsal.h>

#include "w3sal.h"

#endif
