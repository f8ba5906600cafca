/* What libw3compat adds on every platform, Windows included: functions of its own that
 * have no Win32 counterpart. */
#ifndef W3COMPAT_H
#define W3COMPAT_H

#include "w3compat_export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version, "MAJOR.MINOR.PATCH". */
W3COMPAT_EXPORT const char *W3CompatVersion(void);

/* The loader's own words for the calling thread's last failed LoadLibrary or
 * GetProcAddress: dlerror's text on POSIX, the system message for GetLastError() on
 * Windows. Never NULL; valid until the thread's next call. */
W3COMPAT_EXPORT const char *W3GetLastLoaderMessage(void);

#ifdef __cplusplus
}
#endif

#endif
