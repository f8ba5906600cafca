/* MoveFile(Ex) and CopyFile. */
#include <windows.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "win_path.h"

/* Copies from to to (mode included); with fail_if_exists, an existing `to` fails with
 * ERROR_FILE_EXISTS. FALSE with the last error set. */
static BOOL copy_file(const char *from, const char *to, BOOL fail_if_exists)
{
    struct stat st;
    char buf[65536];
    int in = -1, out = -1;
    BOOL ok = FALSE;

    in = open(from, O_RDONLY | O_CLOEXEC);
    if (in < 0 || fstat(in, &st) != 0) {
        SetLastError(w3_error_from_errno(errno, from));
        goto done;
    }
    if (S_ISDIR(st.st_mode)) {
        SetLastError(ERROR_ACCESS_DENIED);
        goto done;
    }
    out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | (fail_if_exists ? O_EXCL : 0),
               st.st_mode & 07777);
    if (out < 0) {
        SetLastError(w3_error_from_errno(errno, to));
        goto done;
    }
    for (;;) {
        ssize_t n = read(in, buf, sizeof buf), written = 0;
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        while (written < n) {
            ssize_t w = write(out, buf + written, (size_t)(n - written));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0)
                break;
            written += w;
        }
        if (written < n)
            break;
    }
    if (!ok)
        SetLastError(w3_error_from_errno(errno, to));
done:
    if (in >= 0)
        close(in);
    if (out >= 0 && close(out) != 0 && ok) {
        SetLastError(w3_error_from_errno(errno, to));
        ok = FALSE;
    }
    return ok;
}

static BOOL move_file(char *from, char *to, DWORD flags)
{
    BOOL ok = FALSE;
    int rc;

    if (!from || !to)
        goto done;
    if (flags & MOVEFILE_REPLACE_EXISTING) {
        struct stat st;
        if (stat(to, &st) == 0 && S_ISDIR(st.st_mode)) {
            SetLastError(ERROR_ACCESS_DENIED);
            goto done;
        }
        rc = rename(from, to);
    } else {
        rc = renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
    }
    if (rc == 0) {
        ok = TRUE;
    } else if (errno == EEXIST) {
        SetLastError(ERROR_ALREADY_EXISTS);
    } else if (errno == EXDEV && (flags & MOVEFILE_COPY_ALLOWED)) {
        ok = copy_file(from, to, !(flags & MOVEFILE_REPLACE_EXISTING)) && unlink(from) == 0;
        if (!ok && GetLastError() == ERROR_FILE_EXISTS)
            SetLastError(ERROR_ALREADY_EXISTS);
    } else if (errno == EXDEV) {
        SetLastError(ERROR_NOT_SAME_DEVICE);
    } else {
        /* Which name was missing: the source's, or the target's directory. */
        struct stat st;
        SetLastError(errno == ENOENT && lstat(from, &st) == 0 ? ERROR_PATH_NOT_FOUND
                                                              : w3_error_from_errno(errno, from));
    }
done:
    free(from);
    free(to);
    return ok;
}

BOOL WINAPI MoveFileExA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName, DWORD dwFlags)
{
    return move_file(w3_posix_path_a(lpExistingFileName), w3_posix_path_a(lpNewFileName), dwFlags);
}

BOOL WINAPI MoveFileExW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName, DWORD dwFlags)
{
    return move_file(w3_posix_path_w(lpExistingFileName), w3_posix_path_w(lpNewFileName), dwFlags);
}

BOOL WINAPI MoveFileA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName)
{
    return MoveFileExA(lpExistingFileName, lpNewFileName, MOVEFILE_COPY_ALLOWED);
}

BOOL WINAPI MoveFileW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName)
{
    return MoveFileExW(lpExistingFileName, lpNewFileName, MOVEFILE_COPY_ALLOWED);
}

static BOOL copy_named(char *from, char *to, BOOL fail_if_exists)
{
    BOOL ok = from && to && copy_file(from, to, fail_if_exists);
    free(from);
    free(to);
    return ok;
}

BOOL WINAPI CopyFileA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName, BOOL bFailIfExists)
{
    return copy_named(w3_posix_path_a(lpExistingFileName), w3_posix_path_a(lpNewFileName),
                      bFailIfExists);
}

BOOL WINAPI CopyFileW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName, BOOL bFailIfExists)
{
    return copy_named(w3_posix_path_w(lpExistingFileName), w3_posix_path_w(lpNewFileName),
                      bFailIfExists);
}
