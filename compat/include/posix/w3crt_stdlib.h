/* The Microsoft CRT's stdlib.h extras: path-size limits, integer-to-text conversions
 * and back, multi-byte conversions, path splitting, environment access, rand_s and
 * small intrinsics. "long" follows Windows: the _l* conversions treat their value as
 * 32 bits, as LONG is. Wide means wchar_t (WCHAR on POSIX). */
#ifndef W3COMPAT_W3CRT_STDLIB_H
#define W3COMPAT_W3CRT_STDLIB_H

#include "w3crt.h"

#define _MAX_PATH 260
#define _MAX_DRIVE 3
#define _MAX_DIR 256
#define _MAX_FNAME 256
#define _MAX_EXT 256
#define _MAX_ENV 32767

#ifndef _countof
#define _countof(a) (sizeof(a) / sizeof((a)[0]))
#endif
#ifndef __max
#define __max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#ifndef __min
#define __min(a, b) (((a) < (b)) ? (a) : (b))
#endif

W3CRT_BEGIN_C

static inline unsigned int _rotl(unsigned int value, int shift)
{
    shift &= 31;
    return shift ? (value << shift) | (value >> (32 - shift)) : value;
}
static inline unsigned int _rotr(unsigned int value, int shift)
{
    shift &= 31;
    return shift ? (value >> shift) | (value << (32 - shift)) : value;
}
static inline unsigned long long _rotl64(unsigned long long value, int shift)
{
    shift &= 63;
    return shift ? (value << shift) | (value >> (64 - shift)) : value;
}
static inline unsigned long long _rotr64(unsigned long long value, int shift)
{
    shift &= 63;
    return shift ? (value >> shift) | (value << (64 - shift)) : value;
}
static inline unsigned short _byteswap_ushort(unsigned short value)
{
    return __builtin_bswap16(value);
}
static inline uint32_t _byteswap_ulong(uint32_t value)
{
    return __builtin_bswap32(value);
}
static inline unsigned long long _byteswap_uint64(unsigned long long value)
{
    return __builtin_bswap64(value);
}
static inline long long _abs64(long long value)
{
    return value < 0 ? -value : value;
}

/* Integer to text: radix 2..36; negative values are signed only in base 10. */
W3COMPAT_EXPORT char *__cdecl _itoa(int value, char *buffer, int radix);
W3COMPAT_EXPORT char *__cdecl _ltoa(long value, char *buffer, int radix);
W3COMPAT_EXPORT char *__cdecl _ultoa(unsigned long value, char *buffer, int radix);
W3COMPAT_EXPORT char *__cdecl _i64toa(long long value, char *buffer, int radix);
W3COMPAT_EXPORT char *__cdecl _ui64toa(unsigned long long value, char *buffer, int radix);
W3COMPAT_EXPORT wchar_t *__cdecl _itow(int value, wchar_t *buffer, int radix);
W3COMPAT_EXPORT wchar_t *__cdecl _ltow(long value, wchar_t *buffer, int radix);
W3COMPAT_EXPORT wchar_t *__cdecl _ultow(unsigned long value, wchar_t *buffer, int radix);
W3COMPAT_EXPORT wchar_t *__cdecl _i64tow(long long value, wchar_t *buffer, int radix);
W3COMPAT_EXPORT wchar_t *__cdecl _ui64tow(unsigned long long value, wchar_t *buffer, int radix);
W3COMPAT_EXPORT errno_t __cdecl _itoa_s(int value, char *buffer, size_t size, int radix);
W3COMPAT_EXPORT errno_t __cdecl _ltoa_s(long value, char *buffer, size_t size, int radix);
W3COMPAT_EXPORT errno_t __cdecl _ultoa_s(unsigned long value, char *buffer, size_t size, int radix);
W3COMPAT_EXPORT errno_t __cdecl _i64toa_s(long long value, char *buffer, size_t size, int radix);
W3COMPAT_EXPORT errno_t __cdecl _ui64toa_s(unsigned long long value, char *buffer, size_t size,
                                           int radix);
W3COMPAT_EXPORT errno_t __cdecl _itow_s(int value, wchar_t *buffer, size_t size, int radix);
W3COMPAT_EXPORT errno_t __cdecl _ltow_s(long value, wchar_t *buffer, size_t size, int radix);
W3COMPAT_EXPORT errno_t __cdecl _ultow_s(unsigned long value, wchar_t *buffer, size_t size,
                                         int radix);
W3COMPAT_EXPORT errno_t __cdecl _i64tow_s(long long value, wchar_t *buffer, size_t size, int radix);
W3COMPAT_EXPORT errno_t __cdecl _ui64tow_s(unsigned long long value, wchar_t *buffer, size_t size,
                                           int radix);
#if _CRT_DECLARE_NONSTDC_NAMES
W3COMPAT_EXPORT char *__cdecl itoa(int value, char *buffer, int radix);
W3COMPAT_EXPORT char *__cdecl ltoa(long value, char *buffer, int radix);
W3COMPAT_EXPORT char *__cdecl ultoa(unsigned long value, char *buffer, int radix);
#endif

/* Text to integer. */
W3COMPAT_EXPORT long long __cdecl _atoi64(const char *s);
W3COMPAT_EXPORT long long __cdecl _strtoi64(const char *s, char **end, int radix);
W3COMPAT_EXPORT unsigned long long __cdecl _strtoui64(const char *s, char **end, int radix);
W3COMPAT_EXPORT int __cdecl _wtoi(const wchar_t *s);
W3COMPAT_EXPORT long __cdecl _wtol(const wchar_t *s);
W3COMPAT_EXPORT long long __cdecl _wtoi64(const wchar_t *s);
W3COMPAT_EXPORT double __cdecl _wtof(const wchar_t *s);
W3COMPAT_EXPORT long long __cdecl _wcstoi64(const wchar_t *s, wchar_t **end, int radix);
W3COMPAT_EXPORT unsigned long long __cdecl _wcstoui64(const wchar_t *s, wchar_t **end, int radix);

/* Multi-byte (UTF-8 on POSIX, the C library's locale) to wide and back. */
W3COMPAT_EXPORT errno_t __cdecl mbstowcs_s(size_t *converted, wchar_t *dest, size_t size,
                                           const char *src, size_t count);
W3COMPAT_EXPORT errno_t __cdecl wcstombs_s(size_t *converted, char *dest, size_t size,
                                           const wchar_t *src, size_t count);

/* Paths split into drive ("C:"), directory, file name and extension, and joined. */
W3COMPAT_EXPORT void __cdecl _splitpath(const char *path, char *drive, char *dir, char *fname,
                                        char *ext);
W3COMPAT_EXPORT errno_t __cdecl _splitpath_s(const char *path, char *drive, size_t driveSize,
                                             char *dir, size_t dirSize, char *fname,
                                             size_t fnameSize, char *ext, size_t extSize);
W3COMPAT_EXPORT void __cdecl _makepath(char *path, const char *drive, const char *dir,
                                       const char *fname, const char *ext);
W3COMPAT_EXPORT errno_t __cdecl _makepath_s(char *path, size_t size, const char *drive,
                                            const char *dir, const char *fname, const char *ext);

/* The environment. */
W3COMPAT_EXPORT errno_t __cdecl _dupenv_s(char **buffer, size_t *size, const char *name);
W3COMPAT_EXPORT errno_t __cdecl getenv_s(size_t *required, char *buffer, size_t size,
                                         const char *name);
/* A wide copy of the value, valid for the life of the process; NULL when unset. */
W3COMPAT_EXPORT wchar_t *__cdecl _wgetenv(const wchar_t *name);
W3COMPAT_EXPORT int __cdecl _putenv(const char *assignment);
W3COMPAT_EXPORT errno_t __cdecl _putenv_s(const char *name, const char *value);

/* errno as a function, as the CRT exposes it. */
W3COMPAT_EXPORT errno_t __cdecl _get_errno(int *value);
W3COMPAT_EXPORT errno_t __cdecl _set_errno(int value);
#define _errno() (&errno)

/* A cryptographically random value; declared only when _CRT_RAND_S is defined before
 * this header, as with MSVC. */
#ifdef _CRT_RAND_S
W3COMPAT_EXPORT errno_t __cdecl rand_s(unsigned int *value);
#endif

W3CRT_END_C

#ifdef __cplusplus
extern "C++" {
template <size_t N> inline errno_t _itoa_s(int value, char (&buffer)[N], int radix)
{
    return _itoa_s(value, buffer, N, radix);
}
template <size_t N> inline errno_t _ltoa_s(long value, char (&buffer)[N], int radix)
{
    return _ltoa_s(value, buffer, N, radix);
}
template <size_t N> inline errno_t _ultoa_s(unsigned long value, char (&buffer)[N], int radix)
{
    return _ultoa_s(value, buffer, N, radix);
}
template <size_t N> inline errno_t _itow_s(int value, wchar_t (&buffer)[N], int radix)
{
    return _itow_s(value, buffer, N, radix);
}
template <size_t N> inline errno_t _ltow_s(long value, wchar_t (&buffer)[N], int radix)
{
    return _ltow_s(value, buffer, N, radix);
}
template <size_t N> inline errno_t _ultow_s(unsigned long value, wchar_t (&buffer)[N], int radix)
{
    return _ultow_s(value, buffer, N, radix);
}
template <size_t N>
inline errno_t mbstowcs_s(size_t *converted, wchar_t (&dest)[N], const char *src, size_t count)
{
    return mbstowcs_s(converted, dest, N, src, count);
}
template <size_t N>
inline errno_t wcstombs_s(size_t *converted, char (&dest)[N], const wchar_t *src, size_t count)
{
    return wcstombs_s(converted, dest, N, src, count);
}
template <size_t N1, size_t N2, size_t N3, size_t N4>
inline errno_t _splitpath_s(const char *path, char (&drive)[N1], char (&dir)[N2], char (&fname)[N3],
                            char (&ext)[N4])
{
    return _splitpath_s(path, drive, N1, dir, N2, fname, N3, ext, N4);
}
template <size_t N>
inline errno_t _makepath_s(char (&path)[N], const char *drive, const char *dir, const char *fname,
                           const char *ext)
{
    return _makepath_s(path, N, drive, dir, fname, ext);
}
template <size_t N> inline errno_t getenv_s(size_t *required, char (&buffer)[N], const char *name)
{
    return getenv_s(required, buffer, N, name);
}
}
#endif

#endif
