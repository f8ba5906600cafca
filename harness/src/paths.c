/* Where a test finds the extensions built beside it. */
#include <stdio.h>
#include <string.h>

#include "harness.h"

const char *w3h_extension_path(const char *name)
{
    static _Thread_local char path[1024];
    if (name == NULL) {
        w3h_fail(W3H_E_INVALID_ARG, "w3h_extension_path: name is NULL");
        return NULL;
    }
    char exe[1024];
    DWORD n = GetModuleFileNameA(NULL, exe, sizeof exe);
    if (n == 0 || n >= sizeof exe) {
        w3h_fail(W3H_E_INVALID_ARG,
                 "w3h_extension_path: the program's path is unknown "
                 "(error %lu)",
                 (unsigned long)GetLastError());
        return NULL;
    }
    size_t dir = 0;
    for (size_t i = 0; i < n; i++)
        if (exe[i] == '/' || exe[i] == '\\')
            dir = i + 1;
#ifdef _WIN32
    const char *suffix = ".dll";
#else
    const char *suffix = ".so";
#endif
    int len = snprintf(path, sizeof path, "%.*s%s%s", (int)dir, exe, name, suffix);
    if (len < 0 || (size_t)len >= sizeof path) {
        w3h_fail(W3H_E_INVALID_ARG, "w3h_extension_path: the path of %s is too long", name);
        return NULL;
    }
    return path;
}
