/* windows.h for POSIX: the Win32 subset that ISAPI filters and IIS modules use,
 * implemented by libw3compat. On Windows (MinGW) the system's windows.h is used. */
#ifndef W3COMPAT_WINDOWS_H
#define W3COMPAT_WINDOWS_H

/* What MSVC's windows.h makes visible in passing, and legacy code relies on. */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "windef.h"
#include "winerror.h"
#include "guiddef.h"
#include "rpc.h"
#include "minwinbase.h"
#include "errhandlingapi.h"
#include "handleapi.h"
#include "memoryapi.h"
#include "heapapi.h"
#include "libloaderapi.h"
#include "winbase.h"
#include "debugapi.h"
#include "fileapi.h"
#include "ioapiset.h"
#include "namedpipeapi.h"
#include "synchapi.h"
#include "processthreadsapi.h"
#include "securitybaseapi.h"
#include "processenv.h"
#include "interlockedapi.h"
#include "threadpoolapiset.h"
#include "threadpoollegacyapiset.h"
#include "sysinfoapi.h"
#include "profileapi.h"
#include "timezoneapi.h"
#include "stringapiset.h"
#include "lstr.h"
#include "winuser.h"
#include "winver.h"
#include "crtsecure.h"
#include "crtpath.h"
#include "winreg.h"
#ifndef WIN32_LEAN_AND_MEAN
#include "ole2.h" /* as on Windows: COM and OLE Automation */
#endif
/* As on Windows: Winsock unless the program asks for a lean windows.h or keeps
 * winsock.h out itself by defining _WINSOCKAPI_. */
#if !defined(WIN32_LEAN_AND_MEAN) && !defined(_WINSOCKAPI_)
#include "winsock.h"
#endif

#endif
