/* GetStdHandle/SetStdHandle and GetFileType. The standard handles are file handles over
 * duplicates of descriptors 0..2, so closing one leaves the C library's stdio working. */
#include <windows.h>

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file_handle.h"

static pthread_mutex_t std_lock = PTHREAD_MUTEX_INITIALIZER;
static HANDLE std_handles[3];
static int std_made[3];

/* The slot of STD_INPUT_HANDLE, STD_OUTPUT_HANDLE or STD_ERROR_HANDLE, or -1. */
static int slot_of(DWORD which)
{
    switch (which) {
    case STD_INPUT_HANDLE:
        return 0;
    case STD_OUTPUT_HANDLE:
        return 1;
    case STD_ERROR_HANDLE:
        return 2;
    default:
        return -1;
    }
}

HANDLE WINAPI GetStdHandle(DWORD nStdHandle)
{
    int slot = slot_of(nStdHandle);
    HANDLE h;

    if (slot < 0) {
        SetLastError(ERROR_INVALID_HANDLE);
        return INVALID_HANDLE_VALUE;
    }
    pthread_mutex_lock(&std_lock);
    if (!std_made[slot]) {
        int fd = fcntl(slot, F_DUPFD_CLOEXEC, 3);
        std_made[slot] = 1;
        if (fd >= 0) {
            int mode = fcntl(fd, F_GETFL) & O_ACCMODE;
            std_handles[slot] = w3_file_handle_from_fd(fd, mode != O_WRONLY, mode != O_RDONLY);
        }
    }
    h = std_handles[slot];
    pthread_mutex_unlock(&std_lock);
    return h;
}

BOOL WINAPI SetStdHandle(DWORD nStdHandle, HANDLE hHandle)
{
    int slot = slot_of(nStdHandle);

    if (slot < 0) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    pthread_mutex_lock(&std_lock);
    std_handles[slot] = hHandle;
    std_made[slot] = 1;
    pthread_mutex_unlock(&std_lock);
    return TRUE;
}

DWORD WINAPI GetFileType(HANDLE hFile)
{
    struct w3_object *ref;
    struct stat st;
    DWORD type = FILE_TYPE_UNKNOWN;
    int fd = w3_file_descriptor(hFile, &ref);

    if (fd < 0)
        return FILE_TYPE_UNKNOWN; /* ERROR_INVALID_HANDLE is set */
    if (fstat(fd, &st) == 0) {
        if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode) || S_ISBLK(st.st_mode))
            type = FILE_TYPE_DISK;
        else if (S_ISCHR(st.st_mode))
            type = FILE_TYPE_CHAR;
        else if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))
            type = FILE_TYPE_PIPE;
    }
    w3_object_release(ref);
    return type;
}
