/* The MSVC low-level I/O names, mapped onto their POSIX originals, and the
 * _findfirst family with its file attributes. */
#ifndef W3COMPAT_IO_H
#define W3COMPAT_IO_H

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "crtpath.h"
#include "w3crt.h"

#ifdef W3COMPAT_NO_CRT_PATHS
#define _open open
#else
#define _open w3_crt_open /* backslash separators accepted (crtpath.h) */
#endif
#define _close close
#define _read read
#define _write write
#define _lseek lseek
#define _access access
#define _unlink unlink
#define _dup dup
#define _dup2 dup2
#define _isatty isatty
#define _O_RDONLY O_RDONLY
#define _O_WRONLY O_WRONLY
#define _O_RDWR O_RDWR
#define _O_APPEND O_APPEND
#define _O_CREAT O_CREAT
#define _O_TRUNC O_TRUNC
#define _O_EXCL O_EXCL
#define _O_BINARY 0
#define _O_TEXT 0
#define O_BINARY 0
#define O_TEXT 0

/* File attributes, as FILE_ATTRIBUTE_* has them. */
#define _A_NORMAL 0x00
#define _A_RDONLY 0x01
#define _A_HIDDEN 0x02
#define _A_SYSTEM 0x04
#define _A_SUBDIR 0x10
#define _A_ARCH 0x20

/* A file size as _finddata_t has it: 32 bits, as on Windows. */
typedef uint32_t _fsize_t;

struct _finddata_t {
    unsigned attrib;
    time_t time_create; /* 0 where the file system does not record it */
    time_t time_access;
    time_t time_write;
    _fsize_t size;
    char name[260];
};

W3CRT_BEGIN_C

/* A search handle, or -1 with errno ENOENT when nothing matches. */
W3COMPAT_EXPORT intptr_t __cdecl _findfirst(const char *pattern, struct _finddata_t *data);
/* 0, or -1 with errno ENOENT when there is no further match. */
W3COMPAT_EXPORT int __cdecl _findnext(intptr_t handle, struct _finddata_t *data);
W3COMPAT_EXPORT int __cdecl _findclose(intptr_t handle);
W3COMPAT_EXPORT long __cdecl _filelength(int fd);
W3COMPAT_EXPORT int __cdecl _waccess(const wchar_t *path, int mode);
W3COMPAT_EXPORT int __cdecl _getpid(void);

W3CRT_END_C

#endif
