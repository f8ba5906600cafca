/* The CRT's file names for stdio and descriptors: fopen_s and the wide and share-mode
 * opens, _fileno/_fdopen, and direct.h's directory functions. Microsoft's mode letters
 * that POSIX lacks ('t', 'c', 'n', 'S', 'R', 'T', 'D', ",ccs=") are dropped: text and
 * binary modes are the same here. Wide names are UTF-8 on disk. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../crt_internal.h"
#include "../text_conv.h"

/* The POSIX part of a Microsoft mode string ("r+t, ccs=UTF-8" -> "r+"). */
static void posix_mode(const char *mode, char out[8])
{
    size_t n = 0;
    for (const char *p = mode; *p && *p != ',' && n < 7; p++)
        if (*p == 'r' || *p == 'w' || *p == 'a' || *p == '+' || *p == 'b' || *p == 'x')
            out[n++] = *p;
    out[n] = '\0';
}

static FILE *open_stream(const char *name, const char *mode)
{
    char m[8];
    posix_mode(mode, m);
    return fopen(name, m);
}

errno_t __cdecl fopen_s(FILE **file, const char *name, const char *mode)
{
    if (!file)
        return w3_crt_invalid_parameter(EINVAL, "fopen_s");
    *file = NULL;
    if (!name || !mode || !*mode)
        return w3_crt_invalid_parameter(EINVAL, "fopen_s");
    *file = open_stream(name, mode);
    return *file ? 0 : errno;
}

FILE *__cdecl _fsopen(const char *name, const char *mode, int shflag)
{
    (void)shflag; /* POSIX has no share modes: every open shares everything */
    if (!name || !mode || !*mode) {
        w3_crt_invalid_parameter(EINVAL, "_fsopen");
        return NULL;
    }
    return open_stream(name, mode);
}

FILE *__cdecl _wfopen(const wchar_t *name, const wchar_t *mode)
{
    if (!name || !mode || !*mode) {
        w3_crt_invalid_parameter(EINVAL, "_wfopen");
        return NULL;
    }
    char *n = w3_wide_to_utf8(name), *m = w3_wide_to_utf8(mode);
    FILE *f = n && m ? open_stream(n, m) : NULL;
    if (!n || !m)
        errno = ENOMEM;
    free(n);
    free(m);
    return f;
}

errno_t __cdecl _wfopen_s(FILE **file, const wchar_t *name, const wchar_t *mode)
{
    if (!file)
        return w3_crt_invalid_parameter(EINVAL, "_wfopen_s");
    *file = NULL;
    if (!name || !mode || !*mode)
        return w3_crt_invalid_parameter(EINVAL, "_wfopen_s");
    *file = _wfopen(name, mode);
    return *file ? 0 : errno;
}

int __cdecl _fileno(FILE *stream)
{
    if (!stream) {
        w3_crt_invalid_parameter(EINVAL, "_fileno");
        return -1;
    }
    return fileno(stream);
}

FILE *__cdecl _fdopen(int fd, const char *mode)
{
    if (!mode || !*mode) {
        w3_crt_invalid_parameter(EINVAL, "_fdopen");
        return NULL;
    }
    char m[8];
    posix_mode(mode, m);
    return fdopen(fd, m);
}

int __cdecl _mkdir(const char *path)
{
    return mkdir(path, 0777);
}

int __cdecl _rmdir(const char *path)
{
    return rmdir(path);
}

int __cdecl _chdir(const char *path)
{
    return chdir(path);
}

/* With no buffer, a malloc'd one of at least `size` bytes, as the CRT documents. */
char *__cdecl _getcwd(char *buffer, int size)
{
    if (buffer && size <= 0) {
        w3_crt_invalid_parameter(EINVAL, "_getcwd");
        return NULL;
    }
    if (!buffer) {
        char *cwd = getcwd(NULL, 0);
        if (cwd && size > 0 && strlen(cwd) < (size_t)size) {
            char *bigger = realloc(cwd, (size_t)size);
            if (bigger)
                cwd = bigger;
        }
        return cwd;
    }
    return getcwd(buffer, (size_t)size);
}

int __cdecl _waccess(const wchar_t *path, int mode)
{
    char *p = w3_wide_to_utf8(path);
    if (!p) {
        errno = path ? ENOMEM : EINVAL;
        return -1;
    }
    int r = access(p, mode);
    free(p);
    return r;
}

long __cdecl _filelength(int fd)
{
    struct stat st;
    if (fstat(fd, &st) != 0) {
        errno = EBADF;
        return -1;
    }
    return (long)st.st_size;
}

int __cdecl _getpid(void)
{
    return (int)getpid();
}
