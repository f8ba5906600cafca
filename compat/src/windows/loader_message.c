/* W3GetLastLoaderMessage on Windows: the system's text for the calling thread's last
 * error, which after a failed LoadLibrary or GetProcAddress describes that failure. */
#include <windows.h>

#include <stdio.h>

#include <w3compat.h>

static _Thread_local char last_message[512];

const char *W3GetLastLoaderMessage(void)
{
    DWORD error = GetLastError();
    DWORD len = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL,
                               error, 0, last_message, sizeof last_message, NULL);
    if (len == 0)
        len = (DWORD)snprintf(last_message, sizeof last_message, "error %lu", (unsigned long)error);
    while (len > 0 && (last_message[len - 1] == '\n' || last_message[len - 1] == '\r'))
        last_message[--len] = '\0';
    SetLastError(error);
    return last_message;
}
