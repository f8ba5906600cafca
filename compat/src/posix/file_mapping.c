/* File mappings over file descriptors: a mapping is a waitable-namespace object (never
 * signalled) holding a descriptor; views are MAP_SHARED mmaps of it (MAP_PRIVATE for
 * FILE_MAP_COPY), remembered with their lengths for UnmapViewOfFile. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file_handle.h"
#include "system_info.h"
#include "waitable.h"
#include "win_path.h"

struct mapping {
    struct w3_waitable base;
    int fd;
    ULONGLONG size;
    BOOL writable;
};

static int never_signaled(struct w3_waitable *w, DWORD tid)
{
    (void)w;
    (void)tid;
    return 0;
}

static void no_acquire(struct w3_waitable *w, DWORD tid)
{
    (void)w;
    (void)tid;
}

static void destroy_mapping(struct w3_object *obj)
{
    struct mapping *m = (struct mapping *)obj;
    close(m->fd);
    w3_waitable_destroy(obj);
}

static const struct w3_object_ops mapping_ops = {destroy_mapping, w3_waitable_wait};
static const struct w3_waitable_ops mapping_wait_ops = {never_signaled, no_acquire};

/* The mapping object for CreateFileMapping's arguments, or NULL with the error set. */
static struct mapping *new_mapping(HANDLE file, DWORD protect, ULONGLONG size)
{
    DWORD page = protect & 0xFF;
    BOOL writable = page == PAGE_READWRITE || page == PAGE_EXECUTE_READWRITE;
    struct w3_object *ref = NULL;
    struct mapping *m;
    struct stat st;
    int fd;

    if (page != PAGE_READONLY && page != PAGE_READWRITE && page != PAGE_WRITECOPY &&
        page != PAGE_EXECUTE_READ && page != PAGE_EXECUTE_READWRITE &&
        page != PAGE_EXECUTE_WRITECOPY) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (file == INVALID_HANDLE_VALUE) {
        if (size == 0) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return NULL;
        }
        fd = memfd_create("w3compat-mapping", MFD_CLOEXEC);
        if (fd >= 0 && ftruncate(fd, (off_t)size) != 0) {
            close(fd);
            fd = -1;
        }
    } else {
        int file_fd = w3_file_descriptor(file, &ref);
        if (file_fd < 0)
            return NULL;
        fd = fcntl(file_fd, F_DUPFD_CLOEXEC, 0);
        w3_object_release(ref);
        if (fd >= 0 && fstat(fd, &st) == 0) {
            if (size == 0 && st.st_size == 0) {
                close(fd);
                SetLastError(ERROR_FILE_INVALID);
                return NULL;
            }
            if (size == 0)
                size = (ULONGLONG)st.st_size;
            else if (size > (ULONGLONG)st.st_size &&
                     (!writable || ftruncate(fd, (off_t)size) != 0)) {
                close(fd);
                SetLastError(writable ? ERROR_DISK_FULL : ERROR_NOT_ENOUGH_MEMORY);
                return NULL;
            }
        }
    }
    if (fd < 0) {
        SetLastError(w3_error_from_errno(errno, NULL));
        return NULL;
    }
    m = calloc(1, sizeof *m);
    if (!m) {
        close(fd);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    w3_waitable_init(&m->base, &mapping_ops, &mapping_wait_ops);
    m->fd = fd;
    m->size = size;
    m->writable = writable;
    return m;
}

static ULONGLONG size_of(DWORD high, DWORD low)
{
    return ((ULONGLONG)high << 32) | low;
}

HANDLE WINAPI CreateFileMappingW(HANDLE hFile, LPSECURITY_ATTRIBUTES lpFileMappingAttributes,
                                 DWORD flProtect, DWORD dwMaximumSizeHigh, DWORD dwMaximumSizeLow,
                                 LPCWSTR lpName)
{
    struct mapping *m;
    (void)lpFileMappingAttributes;
    m = new_mapping(hFile, flProtect, size_of(dwMaximumSizeHigh, dwMaximumSizeLow));
    return m ? w3_waitable_open(&m->base, lpName) : NULL;
}

HANDLE WINAPI CreateFileMappingA(HANDLE hFile, LPSECURITY_ATTRIBUTES lpFileMappingAttributes,
                                 DWORD flProtect, DWORD dwMaximumSizeHigh, DWORD dwMaximumSizeLow,
                                 LPCSTR lpName)
{
    struct mapping *m;
    (void)lpFileMappingAttributes;
    m = new_mapping(hFile, flProtect, size_of(dwMaximumSizeHigh, dwMaximumSizeLow));
    return m ? w3_waitable_open_a(&m->base, lpName) : NULL;
}

HANDLE WINAPI OpenFileMappingW(DWORD dwDesiredAccess, BOOL bInheritHandle, LPCWSTR lpName)
{
    struct w3_waitable *found;
    (void)dwDesiredAccess;
    (void)bInheritHandle;
    if (!lpName) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    found = w3_waitable_find(lpName, &mapping_ops);
    return found ? w3_handle_open(&found->obj) : NULL;
}

HANDLE WINAPI OpenFileMappingA(DWORD dwDesiredAccess, BOOL bInheritHandle, LPCSTR lpName)
{
    WCHAR *wide;
    HANDLE h;
    if (!lpName) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    wide = malloc((strlen(lpName) + 1) * sizeof(WCHAR));
    if (!wide) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    /* Widened byte by byte, as the namespace stores A names. */
    for (size_t i = 0; i <= strlen(lpName); i++)
        wide[i] = (WCHAR)(unsigned char)lpName[i];
    h = OpenFileMappingW(dwDesiredAccess, bInheritHandle, wide);
    free(wide);
    return h;
}

/* The views, for UnmapViewOfFile and FlushViewOfFile. */
struct view {
    struct view *next;
    void *base;
    size_t length;
};

static pthread_mutex_t views_lock = PTHREAD_MUTEX_INITIALIZER;
static struct view *views;

LPVOID WINAPI MapViewOfFileEx(HANDLE hFileMappingObject, DWORD dwDesiredAccess,
                              DWORD dwFileOffsetHigh, DWORD dwFileOffsetLow,
                              SIZE_T dwNumberOfBytesToMap, LPVOID lpBaseAddress)
{
    struct mapping *m = (struct mapping *)w3_waitable_lookup(hFileMappingObject, &mapping_ops);
    ULONGLONG offset = size_of(dwFileOffsetHigh, dwFileOffsetLow);
    BOOL copy = (dwDesiredAccess & FILE_MAP_COPY) && !(dwDesiredAccess & FILE_MAP_WRITE);
    BOOL write = (dwDesiredAccess & FILE_MAP_WRITE) != 0;
    struct view *v = NULL;
    void *p = MAP_FAILED;
    size_t length;

    if (!m)
        return NULL;
    if (offset % W3_ALLOCATION_GRANULARITY) {
        SetLastError(ERROR_MAPPED_ALIGNMENT);
        goto out;
    }
    if ((write && !m->writable) || offset > m->size ||
        (dwNumberOfBytesToMap && dwNumberOfBytesToMap > m->size - offset)) {
        SetLastError(ERROR_ACCESS_DENIED);
        goto out;
    }
    length = dwNumberOfBytesToMap ? dwNumberOfBytesToMap : (size_t)(m->size - offset);
    v = malloc(sizeof *v);
    if (v)
        p = mmap(lpBaseAddress, length, PROT_READ | (write || copy ? PROT_WRITE : 0),
                 (copy ? MAP_PRIVATE : MAP_SHARED) | (lpBaseAddress ? MAP_FIXED_NOREPLACE : 0),
                 m->fd, (off_t)offset);
    if (p == MAP_FAILED) {
        SetLastError(v ? (lpBaseAddress ? ERROR_INVALID_ADDRESS : ERROR_NOT_ENOUGH_MEMORY)
                       : ERROR_NOT_ENOUGH_MEMORY);
        free(v);
        p = NULL;
        goto out;
    }
    v->base = p;
    v->length = length;
    pthread_mutex_lock(&views_lock);
    v->next = views;
    views = v;
    pthread_mutex_unlock(&views_lock);
out:
    w3_waitable_release(&m->base);
    return p == MAP_FAILED ? NULL : p;
}

LPVOID WINAPI MapViewOfFile(HANDLE hFileMappingObject, DWORD dwDesiredAccess,
                            DWORD dwFileOffsetHigh, DWORD dwFileOffsetLow,
                            SIZE_T dwNumberOfBytesToMap)
{
    return MapViewOfFileEx(hFileMappingObject, dwDesiredAccess, dwFileOffsetHigh, dwFileOffsetLow,
                           dwNumberOfBytesToMap, NULL);
}

/* The view that starts at base (take = unlist it), or NULL. */
static struct view *find_view(LPCVOID base, int take)
{
    struct view **link, *found = NULL;
    pthread_mutex_lock(&views_lock);
    for (link = &views; *link; link = &(*link)->next) {
        if ((*link)->base == base) {
            found = *link;
            if (take)
                *link = found->next;
            break;
        }
    }
    pthread_mutex_unlock(&views_lock);
    return found;
}

BOOL WINAPI UnmapViewOfFile(LPCVOID lpBaseAddress)
{
    struct view *v = find_view(lpBaseAddress, 1);
    if (!v) {
        SetLastError(ERROR_INVALID_ADDRESS);
        return FALSE;
    }
    munmap(v->base, v->length);
    free(v);
    return TRUE;
}

BOOL WINAPI FlushViewOfFile(LPCVOID lpBaseAddress, SIZE_T dwNumberOfBytesToFlush)
{
    uintptr_t page = w3_page_size(), start = (uintptr_t)lpBaseAddress & ~(page - 1);
    size_t length = dwNumberOfBytesToFlush + ((uintptr_t)lpBaseAddress - start);
    BOOL whole = dwNumberOfBytesToFlush == 0;
    struct view *v = whole ? find_view(lpBaseAddress, 0) : NULL;

    if (whole && !v) {
        SetLastError(ERROR_INVALID_ADDRESS);
        return FALSE;
    }
    if (msync((void *)start, whole ? v->length : length, MS_SYNC) != 0) {
        SetLastError(ERROR_INVALID_ADDRESS);
        return FALSE;
    }
    return TRUE;
}
