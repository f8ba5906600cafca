/* The C runtime's file-opening calls with Windows paths: fopen and _open take '\' as
 * a separator, as they do on Windows, so a path IIS gave (PATH_TRANSLATED,
 * pszPhysicalPath, "site\sales\uc\x.htm") opens unchanged. windows.h and io.h put the
 * wrappers under the CRT names; define W3COMPAT_NO_CRT_PATHS before including them to
 * keep the C library's own (a POSIX file name holding '\' is then reachable). */
#ifndef W3COMPAT_CRTPATH_H
#define W3COMPAT_CRTPATH_H

#include <stdio.h>

#include "windef.h"

W3COMPAT_BEGIN_C

/* fopen and open after turning every '\' of path into '/'. */
W3COMPAT_EXPORT FILE *w3_crt_fopen(const char *path, const char *mode);
W3COMPAT_EXPORT int w3_crt_open(const char *path, int flags, ...);

W3COMPAT_END_C

#if !defined(W3COMPAT_NO_CRT_PATHS)
#ifdef __cplusplus
namespace std
{
using ::w3_crt_fopen; /* std::fopen, whether <cstdio> came before or after */
}
#endif
#define fopen w3_crt_fopen
#endif

#endif
