/* Windows path names on POSIX: '\' is accepted as a separator everywhere, and errno
 * values from path operations become the Win32 codes Windows reports. */
#ifndef W3COMPAT_POSIX_WIN_PATH_H
#define W3COMPAT_POSIX_WIN_PATH_H

#include <windows.h>

/* A malloc'd POSIX copy of a Windows path ('\' replaced by '/'), or NULL with the last
 * error set (ERROR_INVALID_PARAMETER for a NULL path, ERROR_PATH_NOT_FOUND for ""). */
char *w3_posix_path_a(LPCSTR path);
char *w3_posix_path_w(LPCWSTR path);

/* A malloc'd copy of path with '\' replaced by '/', or NULL with ERROR_NOT_ENOUGH_MEMORY;
 * for names that are not checked as paths (module names). */
char *w3_forward_slashes(const char *path);

/* The Win32 code for errno err after an operation on path: ENOENT becomes
 * ERROR_PATH_NOT_FOUND when the containing directory is missing, else
 * ERROR_FILE_NOT_FOUND. */
DWORD w3_error_from_errno(int err, const char *path);

#endif
