/* What a file handle tells about its file: GetFileTime, SetFileTime,
 * GetFileInformationByHandle; and CompareFileTime. */
#include <windows.h>

#include <errno.h>
#include <sys/stat.h>

#include "file_handle.h"
#include "file_info.h"
#include "time_units.h"
#include "win_path.h"

/* fstat of the file behind h; FALSE with the last error set. */
static BOOL stat_handle(HANDLE h, struct stat *st)
{
    struct w3_object *ref;
    int fd = w3_file_descriptor(h, &ref);
    BOOL ok;

    if (fd < 0)
        return FALSE;
    ok = fstat(fd, st) == 0;
    if (!ok)
        SetLastError(w3_error_from_errno(errno, NULL));
    w3_object_release(ref);
    return ok;
}

BOOL WINAPI GetFileTime(HANDLE hFile, LPFILETIME lpCreationTime, LPFILETIME lpLastAccessTime,
                        LPFILETIME lpLastWriteTime)
{
    struct stat st;
    WIN32_FILE_ATTRIBUTE_DATA data;

    if (!stat_handle(hFile, &st))
        return FALSE;
    w3_attribute_data_of_stat(&st, &data);
    if (lpCreationTime)
        *lpCreationTime = data.ftCreationTime;
    if (lpLastAccessTime)
        *lpLastAccessTime = data.ftLastAccessTime;
    if (lpLastWriteTime)
        *lpLastWriteTime = data.ftLastWriteTime;
    return TRUE;
}

/* A FILETIME as a POSIX time for futimens; NULL (and the two values Windows uses for
 * "leave as it is") leave the time unchanged. */
static struct timespec timespec_of(const FILETIME *ft)
{
    struct timespec ts = {0, UTIME_OMIT};
    ULONGLONG ticks;
    LONGLONG rel, rem;

    if (!ft)
        return ts;
    ticks = w3_ticks_of(ft);
    if (ticks == 0 || ticks == ~0ull)
        return ts;
    rel = (LONGLONG)(ticks - W3_UNIX_EPOCH_AS_FILETIME); /* negative before 1970 */
    rem = rel % W3_TICKS_PER_SECOND;
    ts.tv_sec = (time_t)(rel / W3_TICKS_PER_SECOND);
    if (rem < 0) {
        rem += W3_TICKS_PER_SECOND;
        ts.tv_sec--;
    }
    ts.tv_nsec = (long)(rem * 100);
    return ts;
}

BOOL WINAPI SetFileTime(HANDLE hFile, const FILETIME *lpCreationTime,
                        const FILETIME *lpLastAccessTime, const FILETIME *lpLastWriteTime)
{
    struct w3_object *ref;
    struct timespec times[2];
    int fd = w3_file_descriptor(hFile, &ref);
    BOOL ok;

    (void)lpCreationTime; /* POSIX files keep no creation time */
    if (fd < 0)
        return FALSE;
    times[0] = timespec_of(lpLastAccessTime);
    times[1] = timespec_of(lpLastWriteTime);
    ok = futimens(fd, times) == 0;
    if (!ok)
        SetLastError(w3_error_from_errno(errno, NULL));
    w3_object_release(ref);
    return ok;
}

BOOL WINAPI GetFileInformationByHandle(HANDLE hFile, LPBY_HANDLE_FILE_INFORMATION lpFileInformation)
{
    struct stat st;
    WIN32_FILE_ATTRIBUTE_DATA data;
    ULONGLONG index;

    if (!stat_handle(hFile, &st))
        return FALSE;
    w3_attribute_data_of_stat(&st, &data);
    index = (ULONGLONG)st.st_ino;
    lpFileInformation->dwFileAttributes = data.dwFileAttributes;
    lpFileInformation->ftCreationTime = data.ftCreationTime;
    lpFileInformation->ftLastAccessTime = data.ftLastAccessTime;
    lpFileInformation->ftLastWriteTime = data.ftLastWriteTime;
    lpFileInformation->dwVolumeSerialNumber = (DWORD)st.st_dev;
    lpFileInformation->nFileSizeHigh = data.nFileSizeHigh;
    lpFileInformation->nFileSizeLow = data.nFileSizeLow;
    lpFileInformation->nNumberOfLinks = (DWORD)st.st_nlink;
    lpFileInformation->nFileIndexHigh = (DWORD)(index >> 32);
    lpFileInformation->nFileIndexLow = (DWORD)index;
    return TRUE;
}

LONG WINAPI CompareFileTime(const FILETIME *lpFileTime1, const FILETIME *lpFileTime2)
{
    ULONGLONG a = w3_ticks_of(lpFileTime1), b = w3_ticks_of(lpFileTime2);
    return a < b ? -1 : a > b ? 1 : 0;
}
