/* MinGW-w64's <stdlib.h>, then the secure template overload MSVC has and MinGW lacks
 * (_makepath_s taking an array). */
#ifndef W3COMPAT_WINDOWS_STDLIB_H
#define W3COMPAT_WINDOWS_STDLIB_H

#include_next <stdlib.h>

#if defined(__cplusplus) && defined(MINGW_HAS_SECURE_API)
extern "C++" {
template <size_t N>
inline errno_t _makepath_s(char (&path)[N], const char *drive, const char *dir, const char *fname,
                           const char *ext)
{
    return _makepath_s(path, N, drive, dir, fname, ext);
}
}
#endif

#endif
