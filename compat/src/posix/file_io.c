/* File handles: CreateFile, ReadFile, WriteFile, file pointer and size, over a file
 * descriptor held by a kernel object in the handle table. */
#include <windows.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file_handle.h"
#include "handle.h"
#include "win_path.h"

struct file {
    struct w3_object obj;
    int fd;
    BOOL can_read, can_write;
    BOOL pipe;             /* a pipe or socket: reads return what has arrived */
    char *delete_on_close; /* path to remove when the handle closes, or NULL */
    /* Serialises seek+transfer for OVERLAPPED offsets, so both move one file pointer. */
    pthread_mutex_t lock;
};

static void destroy_file(struct w3_object *obj)
{
    struct file *f = (struct file *)obj;
    close(f->fd);
    if (f->delete_on_close) {
        unlink(f->delete_on_close);
        free(f->delete_on_close);
    }
    pthread_mutex_destroy(&f->lock);
    free(f);
}

static const struct w3_object_ops file_ops = {destroy_file, NULL};

static struct file *lookup_file(HANDLE h)
{
    return (struct file *)w3_handle_lookup(h, &file_ops);
}

HANDLE w3_file_handle_from_fd(int fd, BOOL can_read, BOOL can_write)
{
    struct file *f = calloc(1, sizeof *f);
    if (!f) {
        close(fd);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_object_init(&f->obj, &file_ops);
    f->fd = fd;
    f->can_read = can_read;
    f->can_write = can_write;
    struct stat st;
    f->pipe = fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
    pthread_mutex_init(&f->lock, NULL);
    return w3_handle_open(&f->obj);
}

int w3_file_descriptor(HANDLE h, struct w3_object **ref)
{
    struct file *f = lookup_file(h);
    if (!f)
        return -1;
    *ref = &f->obj;
    return f->fd;
}

/* Opens path with the open(2) flags for a disposition. *existed reports whether the file
 * was there before (CREATE_ALWAYS and OPEN_ALWAYS tell the caller). */
static int open_for_disposition(const char *path, int access, DWORD disposition, mode_t mode,
                                BOOL *existed)
{
    *existed = FALSE;
    switch (disposition) {
    case CREATE_NEW:
        return open(path, access | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    case OPEN_EXISTING:
        return open(path, access | O_CLOEXEC);
    case TRUNCATE_EXISTING:
        return open(path, access | O_TRUNC | O_CLOEXEC);
    case CREATE_ALWAYS:
    case OPEN_ALWAYS:
        for (;;) {
            int fd = open(path, access | O_CREAT | O_EXCL | O_CLOEXEC, mode);
            if (fd >= 0 || errno != EEXIST)
                return fd;
            fd = open(path, access | O_CLOEXEC | (disposition == CREATE_ALWAYS ? O_TRUNC : 0));
            if (fd >= 0 || errno != ENOENT) {
                *existed = fd >= 0;
                return fd;
            }
            /* Removed between the two opens: try creating it again. */
        }
    default:
        errno = EINVAL;
        return -1;
    }
}

static HANDLE create_file(char *path, DWORD access, DWORD disposition, DWORD flags)
{
    BOOL read = (access & (GENERIC_READ | GENERIC_ALL | FILE_READ_DATA)) != 0;
    BOOL write = (access & (GENERIC_WRITE | GENERIC_ALL | FILE_WRITE_DATA | FILE_APPEND_DATA)) != 0;
    BOOL append_only =
        (access & FILE_APPEND_DATA) && !(access & (GENERIC_WRITE | GENERIC_ALL | FILE_WRITE_DATA));
    int oflags = write ? (read ? O_RDWR : O_WRONLY) : O_RDONLY;
    if (append_only)
        oflags |= O_APPEND;
    mode_t mode = (flags & FILE_ATTRIBUTE_READONLY) ? 0444 : 0666;

    if (disposition < CREATE_NEW || disposition > TRUNCATE_EXISTING ||
        (disposition == TRUNCATE_EXISTING && !write)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return INVALID_HANDLE_VALUE;
    }
    BOOL existed;
    int fd = open_for_disposition(path, oflags, disposition, mode, &existed);
    if (fd < 0 && errno == EISDIR && (flags & FILE_FLAG_BACKUP_SEMANTICS))
        fd = open_for_disposition(path, O_RDONLY, disposition, mode, &existed);
    if (fd < 0) {
        SetLastError(w3_error_from_errno(errno, path)); /* EEXIST: ERROR_FILE_EXISTS */
        return INVALID_HANDLE_VALUE;
    }
    struct stat st = {0};
    /* A directory opens only with backup semantics, as on Windows. */
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) && !(flags & FILE_FLAG_BACKUP_SEMANTICS)) {
        close(fd);
        SetLastError(ERROR_ACCESS_DENIED);
        return INVALID_HANDLE_VALUE;
    }

    struct file *f = calloc(1, sizeof *f);
    if (!f) {
        close(fd);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return INVALID_HANDLE_VALUE;
    }
    w3_object_init(&f->obj, &file_ops);
    f->fd = fd;
    f->can_read = read;
    f->can_write = write;
    f->pipe = S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode);
    pthread_mutex_init(&f->lock, NULL);
    if (flags & FILE_FLAG_DELETE_ON_CLOSE)
        f->delete_on_close = strdup(path);
    HANDLE h = w3_handle_open(&f->obj);
    if (!h)
        return INVALID_HANDLE_VALUE;
    if (disposition == CREATE_ALWAYS || disposition == OPEN_ALWAYS)
        SetLastError(existed ? ERROR_ALREADY_EXISTS : ERROR_SUCCESS);
    else
        SetLastError(ERROR_SUCCESS);
    return h;
}

HANDLE WINAPI CreateFileA(LPCSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode,
                          LPSECURITY_ATTRIBUTES lpSecurityAttributes, DWORD dwCreationDisposition,
                          DWORD dwFlagsAndAttributes, HANDLE hTemplateFile)
{
    (void)dwShareMode;
    (void)lpSecurityAttributes;
    (void)hTemplateFile;
    char *path = w3_posix_path_a(lpFileName);
    if (!path)
        return INVALID_HANDLE_VALUE;
    HANDLE h = create_file(path, dwDesiredAccess, dwCreationDisposition, dwFlagsAndAttributes);
    free(path);
    return h;
}

HANDLE WINAPI CreateFileW(LPCWSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode,
                          LPSECURITY_ATTRIBUTES lpSecurityAttributes, DWORD dwCreationDisposition,
                          DWORD dwFlagsAndAttributes, HANDLE hTemplateFile)
{
    (void)dwShareMode;
    (void)lpSecurityAttributes;
    (void)hTemplateFile;
    char *path = w3_posix_path_w(lpFileName);
    if (!path)
        return INVALID_HANDLE_VALUE;
    HANDLE h = create_file(path, dwDesiredAccess, dwCreationDisposition, dwFlagsAndAttributes);
    free(path);
    return h;
}

static off_t overlapped_offset(const OVERLAPPED *ov)
{
    return (off_t)(((ULONGLONG)ov->OffsetHigh << 32) | ov->Offset);
}

/* write(2) to a pipe without the SIGPIPE that a closed reading end raises: EPIPE is
 * reported instead, as Windows reports an error. */
static ssize_t write_without_sigpipe(int fd, const void *buf, size_t n)
{
    sigset_t pipe_only, old;
    ssize_t r;
    int err;

    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_only, &old);
    r = write(fd, buf, n);
    err = errno;
    if (r < 0 && err == EPIPE && !sigismember(&old, SIGPIPE)) {
        struct timespec now = {0, 0};
        sigtimedwait(&pipe_only, NULL, &now); /* take the signal the write raised */
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    errno = err;
    return r;
}

/* Reads or writes all n bytes (short only at end of file or on error); a read from a
 * pipe returns what has arrived, as on Windows. */
static ssize_t transfer(struct file *f, void *buf, size_t n, BOOL writing)
{
    size_t done = 0;
    if (f->pipe && !writing) {
        ssize_t r;
        do
            r = read(f->fd, buf, n);
        while (r < 0 && errno == EINTR);
        return r;
    }
    while (done < n) {
        ssize_t r = writing ? (f->pipe ? write_without_sigpipe(f->fd, (char *)buf + done, n - done)
                                       : write(f->fd, (char *)buf + done, n - done))
                            : read(f->fd, (char *)buf + done, n - done);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return done ? (ssize_t)done : -1;
        if (r == 0)
            break;
        done += (size_t)r;
    }
    return (ssize_t)done;
}

static BOOL read_or_write(HANDLE h, void *buf, DWORD n, LPDWORD done, LPOVERLAPPED ov, BOOL writing)
{
    if (done)
        *done = 0;
    struct file *f = lookup_file(h);
    if (!f)
        return FALSE;
    BOOL ok = FALSE;
    if (writing ? !f->can_write : !f->can_read) {
        SetLastError(ERROR_ACCESS_DENIED);
        goto out;
    }
    pthread_mutex_lock(&f->lock);
    ssize_t r = 0;
    if (ov) {
        BOOL append = writing && ov->Offset == 0xFFFFFFFFu && ov->OffsetHigh == 0xFFFFFFFFu;
        if (lseek(f->fd, append ? 0 : overlapped_offset(ov), append ? SEEK_END : SEEK_SET) < 0)
            r = -1;
    }
    if (r == 0)
        r = transfer(f, buf, n, writing);
    int err = errno;
    pthread_mutex_unlock(&f->lock);
    if (r < 0) {
        /* Writing to a pipe nobody reads any more: ERROR_NO_DATA, as on Windows. */
        SetLastError(err == EPIPE ? ERROR_NO_DATA : w3_error_from_errno(err, NULL));
        goto out;
    }
    /* A pipe whose writing ends are all closed reads as broken, not as end of file. */
    if (f->pipe && !writing && r == 0 && n > 0) {
        SetLastError(ERROR_BROKEN_PIPE);
        goto out;
    }
    if (done)
        *done = (DWORD)r;
    if (ov) {
        ov->Internal = STATUS_SUCCESS;
        ov->InternalHigh = (ULONG_PTR)r;
        /* A read at or past the end through an OVERLAPPED offset is an error on Windows;
         * a plain read there just returns 0 bytes. */
        if (!writing && r == 0 && n > 0) {
            ov->Internal = STATUS_END_OF_FILE;
            SetLastError(ERROR_HANDLE_EOF);
            goto out;
        }
    }
    ok = TRUE;
out:
    w3_object_release(&f->obj);
    return ok;
}

BOOL WINAPI ReadFile(HANDLE hFile, LPVOID lpBuffer, DWORD nNumberOfBytesToRead,
                     LPDWORD lpNumberOfBytesRead, LPOVERLAPPED lpOverlapped)
{
    return read_or_write(hFile, lpBuffer, nNumberOfBytesToRead, lpNumberOfBytesRead, lpOverlapped,
                         FALSE);
}

BOOL WINAPI WriteFile(HANDLE hFile, LPCVOID lpBuffer, DWORD nNumberOfBytesToWrite,
                      LPDWORD lpNumberOfBytesWritten, LPOVERLAPPED lpOverlapped)
{
    return read_or_write(hFile, (void *)lpBuffer, nNumberOfBytesToWrite, lpNumberOfBytesWritten,
                         lpOverlapped, TRUE);
}

/* Moves the file pointer; FALSE with the last error set on failure. */
static BOOL seek_file(HANDLE h, LONGLONG distance, DWORD method, LONGLONG *new_position)
{
    if (method > FILE_END) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    struct file *f = lookup_file(h);
    if (!f)
        return FALSE;
    BOOL ok = FALSE;
    pthread_mutex_lock(&f->lock);
    struct stat st;
    off_t base = method == FILE_BEGIN     ? 0
                 : method == FILE_CURRENT ? lseek(f->fd, 0, SEEK_CUR)
                 : fstat(f->fd, &st) == 0 ? st.st_size
                                          : -1;
    if (base < 0) {
        SetLastError(w3_error_from_errno(errno, NULL));
    } else if ((LONGLONG)base + distance < 0) {
        SetLastError(ERROR_NEGATIVE_SEEK);
    } else {
        off_t pos = lseek(f->fd, (off_t)(base + distance), SEEK_SET);
        if (pos >= 0) {
            *new_position = pos;
            ok = TRUE;
        } else {
            SetLastError(w3_error_from_errno(errno, NULL));
        }
    }
    pthread_mutex_unlock(&f->lock);
    w3_object_release(&f->obj);
    return ok;
}

DWORD WINAPI SetFilePointer(HANDLE hFile, LONG lDistanceToMove, PLONG lpDistanceToMoveHigh,
                            DWORD dwMoveMethod)
{
    LONGLONG distance =
        lpDistanceToMoveHigh
            ? (LONGLONG)(((ULONGLONG)(DWORD)*lpDistanceToMoveHigh << 32) | (DWORD)lDistanceToMove)
            : (LONGLONG)lDistanceToMove;
    LONGLONG pos;
    if (!seek_file(hFile, distance, dwMoveMethod, &pos))
        return INVALID_SET_FILE_POINTER;
    if (lpDistanceToMoveHigh)
        *lpDistanceToMoveHigh = (LONG)(pos >> 32);
    SetLastError(ERROR_SUCCESS);
    return (DWORD)pos;
}

BOOL WINAPI SetFilePointerEx(HANDLE hFile, LARGE_INTEGER liDistanceToMove,
                             PLARGE_INTEGER lpNewFilePointer, DWORD dwMoveMethod)
{
    LONGLONG pos;
    if (!seek_file(hFile, liDistanceToMove.QuadPart, dwMoveMethod, &pos))
        return FALSE;
    if (lpNewFilePointer)
        lpNewFilePointer->QuadPart = pos;
    return TRUE;
}

static BOOL file_size(HANDLE h, LONGLONG *size)
{
    struct file *f = lookup_file(h);
    if (!f)
        return FALSE;
    struct stat st;
    BOOL ok = fstat(f->fd, &st) == 0;
    if (ok)
        *size = st.st_size;
    else
        SetLastError(w3_error_from_errno(errno, NULL));
    w3_object_release(&f->obj);
    return ok;
}

DWORD WINAPI GetFileSize(HANDLE hFile, LPDWORD lpFileSizeHigh)
{
    LONGLONG size;
    if (!file_size(hFile, &size))
        return INVALID_FILE_SIZE;
    if (lpFileSizeHigh)
        *lpFileSizeHigh = (DWORD)((ULONGLONG)size >> 32);
    /* A low part of 0xFFFFFFFF is told apart from failure by the last error. */
    SetLastError(ERROR_SUCCESS);
    return (DWORD)size;
}

BOOL WINAPI GetFileSizeEx(HANDLE hFile, PLARGE_INTEGER lpFileSize)
{
    LONGLONG size;
    if (!file_size(hFile, &size))
        return FALSE;
    lpFileSize->QuadPart = size;
    return TRUE;
}

BOOL WINAPI SetEndOfFile(HANDLE hFile)
{
    struct file *f = lookup_file(hFile);
    if (!f)
        return FALSE;
    BOOL ok = FALSE;
    if (!f->can_write) {
        SetLastError(ERROR_ACCESS_DENIED);
    } else {
        pthread_mutex_lock(&f->lock);
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        ok = pos >= 0 && ftruncate(f->fd, pos) == 0;
        if (!ok)
            SetLastError(w3_error_from_errno(errno, NULL));
        pthread_mutex_unlock(&f->lock);
    }
    w3_object_release(&f->obj);
    return ok;
}

BOOL WINAPI FlushFileBuffers(HANDLE hFile)
{
    struct file *f = lookup_file(hFile);
    if (!f)
        return FALSE;
    BOOL ok = fsync(f->fd) == 0 || errno == EINVAL; /* EINVAL: not syncable, nothing to do */
    if (!ok)
        SetLastError(w3_error_from_errno(errno, NULL));
    w3_object_release(&f->obj);
    return ok;
}
