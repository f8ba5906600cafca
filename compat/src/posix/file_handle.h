/* File handles seen from the rest of libw3compat (file_io.c owns them). Internal. */
#ifndef W3COMPAT_POSIX_FILE_HANDLE_H
#define W3COMPAT_POSIX_FILE_HANDLE_H

#include "handle.h"

/* NTSTATUS values that file I/O leaves in OVERLAPPED.Internal. */
#ifndef STATUS_SUCCESS
#define STATUS_SUCCESS ((DWORD)0x00000000)
#endif
#ifndef STATUS_END_OF_FILE
#define STATUS_END_OF_FILE ((DWORD)0xC0000011)
#endif

/* A file handle owning descriptor fd, or NULL with the last error set (fd is closed). */
HANDLE w3_file_handle_from_fd(int fd, BOOL can_read, BOOL can_write);

/* The descriptor behind file handle h, with a reference to the file in *ref (release it
 * with w3_object_release once done with the descriptor); -1 with ERROR_INVALID_HANDLE
 * when h is not a file handle. */
int w3_file_descriptor(HANDLE h, struct w3_object **ref);

#endif
