/* Operations on files and directories by name: attributes, delete, create and remove
 * directories, and the temporary directory. */
#include <windows.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file_info.h"
#include "text_conv.h"
#include "win_path.h"

static DWORD attributes_of(char *path)
{
    struct stat st;
    DWORD result = INVALID_FILE_ATTRIBUTES;
    if (path) {
        if (stat(path, &st) == 0)
            result = w3_attributes_of_stat(&st);
        else
            SetLastError(w3_error_from_errno(errno, path));
        free(path);
    }
    return result;
}

DWORD WINAPI GetFileAttributesA(LPCSTR lpFileName)
{
    return attributes_of(w3_posix_path_a(lpFileName));
}

DWORD WINAPI GetFileAttributesW(LPCWSTR lpFileName)
{
    return attributes_of(w3_posix_path_w(lpFileName));
}

static BOOL attribute_data_of(char *path, GET_FILEEX_INFO_LEVELS level, LPVOID info)
{
    struct stat st;
    BOOL ok = FALSE;
    if (!path)
        return FALSE;
    if (level != GetFileExInfoStandard || info == NULL)
        SetLastError(ERROR_INVALID_PARAMETER);
    else if (stat(path, &st) != 0)
        SetLastError(w3_error_from_errno(errno, path));
    else {
        w3_attribute_data_of_stat(&st, info);
        ok = TRUE;
    }
    free(path);
    return ok;
}

BOOL WINAPI GetFileAttributesExA(LPCSTR lpFileName, GET_FILEEX_INFO_LEVELS fInfoLevelId,
                                 LPVOID lpFileInformation)
{
    return attribute_data_of(w3_posix_path_a(lpFileName), fInfoLevelId, lpFileInformation);
}

BOOL WINAPI GetFileAttributesExW(LPCWSTR lpFileName, GET_FILEEX_INFO_LEVELS fInfoLevelId,
                                 LPVOID lpFileInformation)
{
    return attribute_data_of(w3_posix_path_w(lpFileName), fInfoLevelId, lpFileInformation);
}

/* Only FILE_ATTRIBUTE_READONLY has a POSIX meaning: the write permission bits. */
static BOOL set_attributes(char *path, DWORD attributes)
{
    struct stat st;
    BOOL ok = FALSE;
    if (!path)
        return FALSE;
    if (stat(path, &st) == 0) {
        mode_t mode = st.st_mode & 07777;
        if (attributes & FILE_ATTRIBUTE_READONLY)
            mode &= (mode_t) ~(S_IWUSR | S_IWGRP | S_IWOTH);
        else
            mode |= S_IWUSR;
        ok = chmod(path, mode) == 0;
    }
    if (!ok)
        SetLastError(w3_error_from_errno(errno, path));
    free(path);
    return ok;
}

BOOL WINAPI SetFileAttributesA(LPCSTR lpFileName, DWORD dwFileAttributes)
{
    return set_attributes(w3_posix_path_a(lpFileName), dwFileAttributes);
}

BOOL WINAPI SetFileAttributesW(LPCWSTR lpFileName, DWORD dwFileAttributes)
{
    return set_attributes(w3_posix_path_w(lpFileName), dwFileAttributes);
}

/* Windows refuses to delete a read-only file or a directory: ERROR_ACCESS_DENIED. */
static BOOL delete_file(char *path)
{
    struct stat st;
    BOOL ok = FALSE;
    if (!path)
        return FALSE;
    if (lstat(path, &st) != 0)
        SetLastError(w3_error_from_errno(errno, path));
    else if (S_ISDIR(st.st_mode) || (S_ISREG(st.st_mode) && !(st.st_mode & S_IWUSR)))
        SetLastError(ERROR_ACCESS_DENIED);
    else if (unlink(path) != 0)
        SetLastError(w3_error_from_errno(errno, path));
    else
        ok = TRUE;
    free(path);
    return ok;
}

BOOL WINAPI DeleteFileA(LPCSTR lpFileName)
{
    return delete_file(w3_posix_path_a(lpFileName));
}

BOOL WINAPI DeleteFileW(LPCWSTR lpFileName)
{
    return delete_file(w3_posix_path_w(lpFileName));
}

static BOOL create_directory(char *path)
{
    if (!path)
        return FALSE;
    BOOL ok = mkdir(path, 0777) == 0;
    if (!ok)
        SetLastError(errno == EEXIST ? ERROR_ALREADY_EXISTS : w3_error_from_errno(errno, path));
    free(path);
    return ok;
}

BOOL WINAPI CreateDirectoryA(LPCSTR lpPathName, LPSECURITY_ATTRIBUTES lpSecurityAttributes)
{
    (void)lpSecurityAttributes;
    return create_directory(w3_posix_path_a(lpPathName));
}

BOOL WINAPI CreateDirectoryW(LPCWSTR lpPathName, LPSECURITY_ATTRIBUTES lpSecurityAttributes)
{
    (void)lpSecurityAttributes;
    return create_directory(w3_posix_path_w(lpPathName));
}

static BOOL remove_directory(char *path)
{
    struct stat st;
    if (!path)
        return FALSE;
    BOOL ok = rmdir(path) == 0;
    if (!ok) {
        int err = errno;
        /* A file where a directory was named: "The directory name is invalid." */
        if (err == ENOTDIR && stat(path, &st) == 0 && !S_ISDIR(st.st_mode))
            SetLastError(ERROR_DIRECTORY);
        else
            SetLastError(err == EEXIST ? ERROR_DIR_NOT_EMPTY : w3_error_from_errno(err, path));
    }
    free(path);
    return ok;
}

BOOL WINAPI RemoveDirectoryA(LPCSTR lpPathName)
{
    return remove_directory(w3_posix_path_a(lpPathName));
}

BOOL WINAPI RemoveDirectoryW(LPCWSTR lpPathName)
{
    return remove_directory(w3_posix_path_w(lpPathName));
}

/* $TMPDIR when it names a directory, else /tmp; always with a trailing '/'. */
static char *temp_dir(void)
{
    const char *dir = getenv("TMPDIR");
    struct stat st;
    if (!dir || dir[0] != '/' || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        dir = "/tmp";
    size_t len = strlen(dir);
    char *out = malloc(len + 2);
    if (!out) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    memcpy(out, dir, len + 1);
    if (len == 0 || out[len - 1] != '/')
        strcpy(out + len, "/");
    return out;
}

/* Windows' contract: the length without the terminator when it fits, otherwise the size
 * needed including it, with the buffer untouched. */
DWORD WINAPI GetTempPathA(DWORD nBufferLength, LPSTR lpBuffer)
{
    char *dir = temp_dir();
    if (!dir)
        return 0;
    DWORD len = (DWORD)strlen(dir);
    DWORD result = len + 1;
    if (len < nBufferLength && lpBuffer) {
        memcpy(lpBuffer, dir, len + 1);
        result = len;
    }
    free(dir);
    return result;
}

DWORD WINAPI GetTempPathW(DWORD nBufferLength, LPWSTR lpBuffer)
{
    char *dir = temp_dir();
    if (!dir)
        return 0;
    WCHAR *wide = w3_utf8_to_wide(dir);
    free(dir);
    if (!wide)
        return 0;
    DWORD len = (DWORD)wcslen(wide);
    DWORD result = len + 1;
    if (len < nBufferLength && lpBuffer) {
        memcpy(lpBuffer, wide, (len + 1) * sizeof(WCHAR));
        result = len;
    }
    free(wide);
    return result;
}
