/* Headers that bring the whole of windows.h on Windows do so here too: code that
 * includes only HEADER (wtypes.h, objbase.h, shlwapi.h or rpc.h; CMake names it) with
 * <httpfilt.h>, which includes nothing on Windows, uses the rest of windows.h. Compiled
 * only. */
#include HEADER
#include <httpfilt.h>

static CRITICAL_SECTION lock;

int windows_through_other_headers(void)
{
    InitializeCriticalSection(&lock);
    HANDLE h = CreateFileA("x", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, NULL,
                           OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    WIN32_FILE_ATTRIBUTE_DATA data;
    GetFileAttributesExA("x", GetFileExInfoStandard, &data);
    return h == INVALID_HANDLE_VALUE && SF_NOTIFY_URL_MAP != 0;
}
