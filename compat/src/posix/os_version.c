/* GetVersion(Ex): the version Windows reports to a program without a manifest. */
#include <windows.h>

#include <string.h>

#define MAJOR 6
#define MINOR 2
#define BUILD 9200

/* FALSE with ERROR_INSUFFICIENT_BUFFER for a size that is neither form's. */
static BOOL size_ok(DWORD size, DWORD plain, DWORD extended)
{
    if (size == plain || size == extended)
        return TRUE;
    SetLastError(ERROR_INSUFFICIENT_BUFFER);
    return FALSE;
}

/* The fields that OSVERSIONINFOA and OSVERSIONINFOW share. */
#define FILL_VERSION(info)                                                                         \
    do {                                                                                           \
        (info)->dwMajorVersion = MAJOR;                                                            \
        (info)->dwMinorVersion = MINOR;                                                            \
        (info)->dwBuildNumber = BUILD;                                                             \
        (info)->dwPlatformId = VER_PLATFORM_WIN32_NT;                                              \
        memset((info)->szCSDVersion, 0, sizeof(info)->szCSDVersion);                               \
    } while (0)

BOOL WINAPI GetVersionExA(LPOSVERSIONINFOA info)
{
    DWORD size = info->dwOSVersionInfoSize;
    if (!size_ok(size, sizeof(OSVERSIONINFOA), sizeof(OSVERSIONINFOEXA)))
        return FALSE;
    FILL_VERSION(info);
    if (size == sizeof(OSVERSIONINFOEXA)) {
        LPOSVERSIONINFOEXA ex = (LPOSVERSIONINFOEXA)info;
        ex->wServicePackMajor = ex->wServicePackMinor = 0;
        ex->wSuiteMask = 0;
        ex->wProductType = VER_NT_SERVER;
        ex->wReserved = 0;
    }
    return TRUE;
}

BOOL WINAPI GetVersionExW(LPOSVERSIONINFOW info)
{
    DWORD size = info->dwOSVersionInfoSize;
    if (!size_ok(size, sizeof(OSVERSIONINFOW), sizeof(OSVERSIONINFOEXW)))
        return FALSE;
    FILL_VERSION(info);
    if (size == sizeof(OSVERSIONINFOEXW)) {
        LPOSVERSIONINFOEXW ex = (LPOSVERSIONINFOEXW)info;
        ex->wServicePackMajor = ex->wServicePackMinor = 0;
        ex->wSuiteMask = 0;
        ex->wProductType = VER_NT_SERVER;
        ex->wReserved = 0;
    }
    return TRUE;
}

DWORD WINAPI GetVersion(void)
{
    return (DWORD)MAJOR | ((DWORD)MINOR << 8) | ((DWORD)BUILD << 16);
}
