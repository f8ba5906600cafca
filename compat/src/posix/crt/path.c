/* _splitpath and _makepath: a path as drive ("C:"), directory (up to the last '/' or
 * '\'), file name and extension (from the last '.'). _makepath adds the separator a
 * directory lacks: '/' here, the POSIX one, where Windows adds '\'. */
#include <stdlib.h>

#include "../crt_internal.h"

struct part {
    char *buffer;
    size_t size;
    const char *text;
    size_t len;
};

static int is_separator(char c)
{
    return c == '/' || c == '\\';
}

errno_t __cdecl _splitpath_s(const char *path, char *drive, size_t driveSize, char *dir,
                             size_t dirSize, char *fname, size_t fnameSize, char *ext,
                             size_t extSize)
{
    struct part parts[4] = {{drive, driveSize, NULL, 0},
                            {dir, dirSize, NULL, 0},
                            {fname, fnameSize, NULL, 0},
                            {ext, extSize, NULL, 0}};
    if (!path)
        return w3_crt_invalid_parameter(EINVAL, "_splitpath_s");
    for (int i = 0; i < 4; i++)
        if (!parts[i].buffer != !parts[i].size)
            return w3_crt_invalid_parameter(EINVAL, "_splitpath_s");

    const char *p = path;
    if (p[0] && p[1] == ':') {
        parts[0].text = p;
        parts[0].len = 2;
        p += 2;
    }
    const char *last_separator = NULL, *last_dot = NULL;
    for (const char *q = p; *q; q++) {
        if (is_separator(*q))
            last_separator = q;
        else if (*q == '.')
            last_dot = q;
    }
    const char *name = last_separator ? last_separator + 1 : p;
    parts[1].text = p;
    parts[1].len = (size_t)(name - p);
    const char *end = name + strlen(name);
    const char *dot = last_dot && last_dot >= name ? last_dot : end;
    parts[2].text = name;
    parts[2].len = (size_t)(dot - name);
    parts[3].text = dot;
    parts[3].len = (size_t)(end - dot);

    for (int i = 0; i < 4; i++) {
        if (parts[i].buffer && parts[i].len >= parts[i].size) {
            for (int j = 0; j < 4; j++)
                if (parts[j].buffer)
                    parts[j].buffer[0] = '\0';
            return w3_crt_invalid_parameter(ERANGE, "_splitpath_s");
        }
    }
    for (int i = 0; i < 4; i++) {
        if (parts[i].buffer) {
            if (parts[i].len)
                memcpy(parts[i].buffer, parts[i].text, parts[i].len);
            parts[i].buffer[parts[i].len] = '\0';
        }
    }
    return 0;
}

void __cdecl _splitpath(const char *path, char *drive, char *dir, char *fname, char *ext)
{
    _splitpath_s(path, drive, drive ? _MAX_DRIVE : 0, dir, dir ? _MAX_DIR : 0, fname,
                 fname ? _MAX_FNAME : 0, ext, ext ? _MAX_EXT : 0);
}

/* Appends n bytes of text at *used; 0 when the result (with a terminator) would not fit. */
static int append(char *path, size_t size, size_t *used, const char *text, size_t n)
{
    if (n >= size - *used)
        return 0;
    memcpy(path + *used, text, n);
    *used += n;
    return 1;
}

errno_t __cdecl _makepath_s(char *path, size_t size, const char *drive, const char *dir,
                            const char *fname, const char *ext)
{
    if (!path || size == 0)
        return w3_crt_invalid_parameter(EINVAL, "_makepath_s");
    size_t used = 0;
    int ok = 1;
    if (drive && *drive)
        ok = append(path, size, &used, drive, 1) && append(path, size, &used, ":", 1);
    if (ok && dir && *dir) {
        size_t n = strlen(dir);
        ok = append(path, size, &used, dir, n) &&
             (is_separator(dir[n - 1]) || append(path, size, &used, "/", 1));
    }
    if (ok && fname)
        ok = append(path, size, &used, fname, strlen(fname));
    if (ok && ext && *ext)
        ok = (*ext == '.' || append(path, size, &used, ".", 1)) &&
             append(path, size, &used, ext, strlen(ext));
    if (!ok) {
        path[0] = '\0';
        return w3_crt_invalid_parameter(ERANGE, "_makepath_s");
    }
    path[used] = '\0';
    return 0;
}

void __cdecl _makepath(char *path, const char *drive, const char *dir, const char *fname,
                       const char *ext)
{
    _makepath_s(path, _MAX_PATH, drive, dir, fname, ext);
}
