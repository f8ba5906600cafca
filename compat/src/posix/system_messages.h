/* English texts of the system error messages, as FormatMessage's system table. */
#ifndef W3COMPAT_POSIX_SYSTEM_MESSAGES_H
#define W3COMPAT_POSIX_SYSTEM_MESSAGES_H

#include <windows.h>

/* The message for a Win32 error code (an HRESULT of FACILITY_WIN32 counts as its code),
 * ending in "\r\n" as Windows' do; NULL when the code has none. */
const char *w3_system_message(DWORD code);

#endif
