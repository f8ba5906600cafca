/* The MSVC low-level I/O names, mapped onto their POSIX originals. */
#ifndef W3COMPAT_IO_H
#define W3COMPAT_IO_H

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crtpath.h"

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
#define _S_IREAD S_IRUSR
#define _S_IWRITE S_IWUSR

#endif
