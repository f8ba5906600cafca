/* The Microsoft CRT's direct.h: directories. _mkdir takes no mode (0777 less the
 * umask here); _getcwd(NULL, n) allocates. */
#ifndef W3COMPAT_DIRECT_H
#define W3COMPAT_DIRECT_H

#include "w3crt.h"

W3CRT_BEGIN_C

W3COMPAT_EXPORT int __cdecl _mkdir(const char *path);
W3COMPAT_EXPORT int __cdecl _rmdir(const char *path);
W3COMPAT_EXPORT int __cdecl _chdir(const char *path);
W3COMPAT_EXPORT char *__cdecl _getcwd(char *buffer, int size);

W3CRT_END_C

#endif
