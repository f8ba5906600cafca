/* Version resources: see winver.h (ELF files carry none). */
#include <windows.h>
#include <winver.h>

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "win_path.h"

/* The error for a file that has no version resource, or for one that is not there. */
static DWORD no_version(char *path)
{
    struct stat st;
    DWORD error;
    if (!path)
        return GetLastError();
    error = stat(path, &st) == 0 ? ERROR_RESOURCE_TYPE_NOT_FOUND : w3_error_from_errno(errno, path);
    free(path);
    return error;
}

DWORD WINAPI GetFileVersionInfoSizeA(LPCSTR lptstrFilename, LPDWORD lpdwHandle)
{
    if (lpdwHandle)
        *lpdwHandle = 0;
    SetLastError(no_version(w3_posix_path_a(lptstrFilename)));
    return 0;
}

DWORD WINAPI GetFileVersionInfoSizeW(LPCWSTR lptstrFilename, LPDWORD lpdwHandle)
{
    if (lpdwHandle)
        *lpdwHandle = 0;
    SetLastError(no_version(w3_posix_path_w(lptstrFilename)));
    return 0;
}

BOOL WINAPI GetFileVersionInfoA(LPCSTR lptstrFilename, DWORD dwHandle, DWORD dwLen, LPVOID lpData)
{
    (void)dwHandle;
    (void)dwLen;
    (void)lpData;
    SetLastError(no_version(w3_posix_path_a(lptstrFilename)));
    return FALSE;
}

BOOL WINAPI GetFileVersionInfoW(LPCWSTR lptstrFilename, DWORD dwHandle, DWORD dwLen, LPVOID lpData)
{
    (void)dwHandle;
    (void)dwLen;
    (void)lpData;
    SetLastError(no_version(w3_posix_path_w(lptstrFilename)));
    return FALSE;
}

BOOL WINAPI VerQueryValueA(LPCVOID pBlock, LPCSTR lpSubBlock, LPVOID *lplpBuffer, PUINT puLen)
{
    (void)pBlock;
    (void)lpSubBlock;
    if (lplpBuffer)
        *lplpBuffer = NULL;
    if (puLen)
        *puLen = 0;
    return FALSE;
}

BOOL WINAPI VerQueryValueW(LPCVOID pBlock, LPCWSTR lpSubBlock, LPVOID *lplpBuffer, PUINT puLen)
{
    (void)lpSubBlock;
    return VerQueryValueA(pBlock, NULL, lplpBuffer, puLen);
}
