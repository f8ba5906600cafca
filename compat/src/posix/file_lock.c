/* Byte-range locks (LockFile(Ex), UnlockFile(Ex)) on open-file-description locks, which
 * belong to one CreateFile handle as Windows' locks do: another handle to the same file
 * conflicts. The ranges each handle holds are kept here so that overlapping locks
 * through one handle conflict and unlocking a range that is not locked exactly fails. Locks are
 * advisory: ReadFile and WriteFile do not check them. */
#include <windows.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>

#include "file_handle.h"

struct held {
    struct held *next;
    struct w3_object *file;
    ULONGLONG offset, length;
    BOOL exclusive;
};

static pthread_mutex_t held_lock = PTHREAD_MUTEX_INITIALIZER;
static struct held *held;

static ULONGLONG join(DWORD high, DWORD low)
{
    return ((ULONGLONG)high << 32) | low;
}

static BOOL overlaps(const struct held *h, ULONGLONG offset, ULONGLONG length)
{
    return length && h->length && offset < h->offset + h->length && h->offset < offset + length;
}

/* Places or removes (type F_UNLCK) the lock; returns errno's value or 0. */
static int ofd_lock(int fd, short type, ULONGLONG offset, ULONGLONG length, BOOL wait)
{
    struct flock fl = {0};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = (off_t)offset;
    fl.l_len = (off_t)length;
    while (fcntl(fd, wait ? F_OFD_SETLKW : F_OFD_SETLK, &fl) != 0) {
        if (errno != EINTR)
            return errno;
    }
    return 0;
}

static BOOL lock_range(HANDLE file, ULONGLONG offset, ULONGLONG length, BOOL exclusive, BOOL wait)
{
    struct w3_object *ref;
    struct held *h, *mine;
    int fd = w3_file_descriptor(file, &ref), err;
    BOOL ok = FALSE;

    if (fd < 0)
        return FALSE;
    if ((LONGLONG)offset < 0 || (LONGLONG)(offset + length) < 0) {
        SetLastError(ERROR_INVALID_PARAMETER); /* beyond what a POSIX offset can name */
        goto out;
    }
    mine = malloc(sizeof *mine);
    if (!mine) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        goto out;
    }
    pthread_mutex_lock(&held_lock);
    for (h = held; h; h = h->next) {
        if (h->file == ref && overlaps(h, offset, length) && (exclusive || h->exclusive))
            break;
    }
    pthread_mutex_unlock(&held_lock);
    if (h) {
        free(mine);
        SetLastError(ERROR_LOCK_VIOLATION);
        goto out;
    }
    /* A zero-length lock is allowed and conflicts with nothing (l_len 0 would mean "to
     * the end of the file" to POSIX). */
    err = length ? ofd_lock(fd, exclusive ? F_WRLCK : F_RDLCK, offset, length, wait) : 0;
    if (err) {
        free(mine);
        SetLastError(err == EAGAIN || err == EACCES ? ERROR_LOCK_VIOLATION : ERROR_INVALID_HANDLE);
        goto out;
    }
    mine->file = ref;
    mine->offset = offset;
    mine->length = length;
    mine->exclusive = exclusive;
    pthread_mutex_lock(&held_lock);
    mine->next = held;
    held = mine;
    pthread_mutex_unlock(&held_lock);
    ok = TRUE;
out:
    w3_object_release(ref);
    return ok;
}

static BOOL unlock_range(HANDLE file, ULONGLONG offset, ULONGLONG length)
{
    struct w3_object *ref;
    struct held **link, *found = NULL;
    int fd = w3_file_descriptor(file, &ref);

    if (fd < 0)
        return FALSE;
    pthread_mutex_lock(&held_lock);
    for (link = &held; *link; link = &(*link)->next) {
        if ((*link)->file == ref && (*link)->offset == offset && (*link)->length == length) {
            found = *link;
            *link = found->next;
            break;
        }
    }
    pthread_mutex_unlock(&held_lock);
    if (!found) {
        w3_object_release(ref);
        SetLastError(ERROR_LOCK_VIOLATION); /* what the Wine lane reports */
        return FALSE;
    }
    /* A shared lock of this handle may still cover part of the range: unlock, then put
     * back the others this handle holds there. */
    if (length)
        ofd_lock(fd, F_UNLCK, offset, length, FALSE);
    pthread_mutex_lock(&held_lock);
    for (struct held *h = held; h; h = h->next)
        if (h->file == ref && overlaps(h, offset, length))
            ofd_lock(fd, h->exclusive ? F_WRLCK : F_RDLCK, h->offset, h->length, FALSE);
    pthread_mutex_unlock(&held_lock);
    free(found);
    w3_object_release(ref);
    return TRUE;
}

BOOL WINAPI LockFile(HANDLE hFile, DWORD dwFileOffsetLow, DWORD dwFileOffsetHigh,
                     DWORD nNumberOfBytesToLockLow, DWORD nNumberOfBytesToLockHigh)
{
    return lock_range(hFile, join(dwFileOffsetHigh, dwFileOffsetLow),
                      join(nNumberOfBytesToLockHigh, nNumberOfBytesToLockLow), TRUE, FALSE);
}

BOOL WINAPI UnlockFile(HANDLE hFile, DWORD dwFileOffsetLow, DWORD dwFileOffsetHigh,
                       DWORD nNumberOfBytesToUnlockLow, DWORD nNumberOfBytesToUnlockHigh)
{
    return unlock_range(hFile, join(dwFileOffsetHigh, dwFileOffsetLow),
                        join(nNumberOfBytesToUnlockHigh, nNumberOfBytesToUnlockLow));
}

BOOL WINAPI LockFileEx(HANDLE hFile, DWORD dwFlags, DWORD dwReserved, DWORD nNumberOfBytesToLockLow,
                       DWORD nNumberOfBytesToLockHigh, LPOVERLAPPED lpOverlapped)
{
    if (dwReserved || !lpOverlapped) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return lock_range(hFile, join(lpOverlapped->OffsetHigh, lpOverlapped->Offset),
                      join(nNumberOfBytesToLockHigh, nNumberOfBytesToLockLow),
                      (dwFlags & LOCKFILE_EXCLUSIVE_LOCK) != 0,
                      !(dwFlags & LOCKFILE_FAIL_IMMEDIATELY));
}

BOOL WINAPI UnlockFileEx(HANDLE hFile, DWORD dwReserved, DWORD nNumberOfBytesToUnlockLow,
                         DWORD nNumberOfBytesToUnlockHigh, LPOVERLAPPED lpOverlapped)
{
    if (dwReserved || !lpOverlapped) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return unlock_range(hFile, join(lpOverlapped->OffsetHigh, lpOverlapped->Offset),
                        join(nNumberOfBytesToUnlockHigh, nNumberOfBytesToUnlockLow));
}
