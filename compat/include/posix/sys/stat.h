/* The C library's <sys/stat.h>, then the Microsoft CRT's names for it: struct _stat
 * and _stat() (and their 64-bit spellings) are struct stat and stat(), whose fields
 * (st_size, st_mode, st_mtime, ...) carry the same names; the _S_* mode bits; and
 * _wstat, which takes a wide path (UTF-8 on disk). */
#ifndef W3COMPAT_CRT_SYS_STAT_H
#define W3COMPAT_CRT_SYS_STAT_H

#include_next <sys/stat.h>

#include "../w3crt.h"

#define _stat stat
#define _stat32 stat
#define _stat64 stat
#define _stati64 stat
#define _stat32i64 stat
#define _stat64i32 stat
#define _fstat fstat
#define _fstat32 fstat
#define _fstat64 fstat
#define _fstati64 fstat
#define _fstat32i64 fstat
#define _fstat64i32 fstat
#define _wstat32 _wstat
#define _wstat64 _wstat
#define _wstati64 _wstat

/* The mode bits: Windows' values, which are also Linux's. */
#define _S_IFMT 0xF000
#define _S_IFDIR 0x4000
#define _S_IFCHR 0x2000
#define _S_IFIFO 0x1000
#define _S_IFREG 0x8000
#define _S_IREAD 0x0100
#define _S_IWRITE 0x0080
#define _S_IEXEC 0x0040

W3CRT_BEGIN_C

W3COMPAT_EXPORT int __cdecl _wstat(const wchar_t *path, struct stat *buffer);

W3CRT_END_C

#endif
