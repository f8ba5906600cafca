/* LoadLibrary and friends over dlopen, with a process-wide table of the modules loaded
 * through it (reference counts, DllMain). The naming and search rules are described in
 * libloaderapi.h. */
#include <windows.h>

#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "loader_message.h"
#include "text_conv.h"
#include "win_path.h"

typedef BOOL(WINAPI *dll_main_fn)(HINSTANCE, DWORD, LPVOID);

struct module {
    struct module *next;
    void *dl;
    HMODULE base;
    LONG refs;
    BOOL attached; /* DllMain has been told DLL_PROCESS_ATTACH */
};

/* Recursive: DllMain runs under this lock, as under Windows' loader lock, and may load
 * other modules. */
static pthread_mutex_t loader_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static struct module *modules;

#define MAX_CANDIDATES 2

/* The file names tried for a module name (see libloaderapi.h). */
static int module_candidates(const char *name, char *out[MAX_CANDIDATES])
{
    const char *base = name;
    for (const char *p = name; *p; p++)
        if (*p == '/')
            base = p + 1;
    const char *dot = strrchr(base, '.');
    size_t len = strlen(name);
    int n = 0;

    if (!dot) {
        if ((out[n] = malloc(len + 4)))
            sprintf(out[n++], "%s.so", name);
    } else if (dot[1] == '\0') {
        if ((out[n] = strndup(name, len - 1)))
            n++;
    } else {
        if ((out[n] = strdup(name)))
            n++;
        if (strcasecmp(dot, ".dll") == 0 && (out[n] = malloc(len))) {
            size_t stem = (size_t)(dot - name);
            memcpy(out[n], name, stem);
            strcpy(out[n] + stem, ".so");
            n++;
        }
    }
    return n;
}

static void free_candidates(char *c[], int n)
{
    for (int i = 0; i < n; i++)
        free(c[i]);
}

static int is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISDIR(st.st_mode);
}

static char exe_dir_path[4096];

static void find_exe_dir(void)
{
    ssize_t len = readlink("/proc/self/exe", exe_dir_path, sizeof exe_dir_path - 1);
    if (len <= 0) {
        exe_dir_path[0] = '\0';
        return;
    }
    exe_dir_path[len] = '\0';
    char *slash = strrchr(exe_dir_path, '/');
    if (slash)
        slash[1] = '\0';
    else
        exe_dir_path[0] = '\0';
}

/* The executable's directory with a trailing '/', or "" if unknown. */
static const char *exe_dir(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, find_exe_dir);
    return exe_dir_path;
}

/* Load address of the object behind a dlopen handle. */
static HMODULE base_of_handle(void *dl)
{
    struct link_map *lm = NULL;
    Dl_info info;
    if (dlinfo(dl, RTLD_DI_LINKMAP, &lm) != 0 || !lm || !dladdr(lm->l_ld, &info))
        return NULL;
    return (HMODULE)info.dli_fbase;
}

static HMODULE main_program(void)
{
    static HMODULE base;
    if (!base) {
        void *dl = dlopen(NULL, RTLD_LAZY);
        base = base_of_handle(dl);
        dlclose(dl);
    }
    return base;
}

static struct module *find_module(HMODULE base)
{
    for (struct module *m = modules; m; m = m->next)
        if (m->base == base)
            return m;
    return NULL;
}

/* The Win32 code for a dlopen failure of a file that exists. */
static DWORD error_from_dlerror(const char *message)
{
    if (strstr(message, "invalid ELF header") || strstr(message, "file too short") ||
        strstr(message, "wrong ELF class") || strstr(message, "ELF load command"))
        return ERROR_BAD_EXE_FORMAT;
    if (strstr(message, "undefined symbol"))
        return ERROR_PROC_NOT_FOUND;
    return ERROR_MOD_NOT_FOUND;
}

/* dlopens the first existing candidate in the search order. On failure sets the last
 * error and the loader message. */
static void *open_module(const char *name, int mode)
{
    char *cand[MAX_CANDIDATES];
    int n = module_candidates(name, cand);
    int has_dir = strchr(name, '/') != NULL;
    const char *dir = exe_dir();
    char *last_message = NULL;
    DWORD error = ERROR_MOD_NOT_FOUND;
    void *dl = NULL;

    for (int pass = 0; pass < 2 && !dl && error == ERROR_MOD_NOT_FOUND; pass++) {
        for (int i = 0; i < n && !dl; i++) {
            char *path = NULL;
            int exists;
            if (has_dir || pass == 1) {
                if (pass == 1 && has_dir)
                    break;
                path = strdup(cand[i]);
                exists = has_dir ? is_file(path) : -1;
            } else {
                if (!*dir || !(path = malloc(strlen(dir) + strlen(cand[i]) + 1)))
                    continue;
                sprintf(path, "%s%s", dir, cand[i]);
                exists = is_file(path);
            }
            if (!path || exists == 0) {
                free(path);
                continue;
            }
            dl = dlopen(path, mode);
            if (!dl) {
                const char *msg = dlerror();
                free(last_message);
                last_message = strdup(msg ? msg : "dlopen failed");
                /* The system search reports a missing file as ENOENT's text. */
                if (exists == 1 ||
                    !strstr(last_message ? last_message : "", "No such file or directory"))
                    error = error_from_dlerror(last_message ? last_message : "");
                if (error != ERROR_MOD_NOT_FOUND || exists == 1) {
                    free(path);
                    break;
                }
            }
            free(path);
        }
    }
    if (!dl) {
        if (!last_message) {
#define NOT_FOUND_TEXT ": cannot open shared object file: No such file or directory"
            if ((last_message = malloc(strlen(name) + sizeof NOT_FOUND_TEXT)))
                sprintf(last_message, "%s" NOT_FOUND_TEXT, name);
        }
        w3_set_loader_message(last_message);
        SetLastError(error);
    }
    free(last_message);
    free_candidates(cand, n);
    return dl;
}

/* A symbol defined by the object at base itself, not by one of its dependencies. */
static void *own_symbol(void *dl, HMODULE base, const char *name)
{
    void *sym = dlsym(dl, name);
    Dl_info info;
    if (!sym || !dladdr(sym, &info) || (HMODULE)info.dli_fbase != base)
        return NULL;
    return sym;
}

static BOOL call_dll_main(struct module *m, DWORD reason)
{
    dll_main_fn dll_main = (dll_main_fn)own_symbol(m->dl, m->base, "DllMain");
    return dll_main ? dll_main((HINSTANCE)m->base, reason, NULL) : TRUE;
}

static HMODULE load_module(const char *name, DWORD flags)
{
    BOOL run_dll_main =
        !(flags & (DONT_RESOLVE_DLL_REFERENCES | LOAD_LIBRARY_AS_DATAFILE |
                   LOAD_LIBRARY_AS_DATAFILE_EXCLUSIVE | LOAD_LIBRARY_AS_IMAGE_RESOURCE));
    HMODULE result = NULL;

    pthread_mutex_lock(&loader_lock);
    void *dl = open_module(name, RTLD_NOW | RTLD_LOCAL);
    if (!dl)
        goto out;
    HMODULE base = base_of_handle(dl);
    struct module *m = find_module(base);
    if (m) {
        dlclose(dl); /* the table's entry keeps its own dlopen reference */
        m->refs++;
    } else if ((m = calloc(1, sizeof *m))) {
        m->dl = dl;
        m->base = base;
        m->refs = 1;
        m->next = modules;
        modules = m;
    } else {
        dlclose(dl);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        goto out;
    }
    if (run_dll_main && !m->attached) {
        if (!call_dll_main(m, DLL_PROCESS_ATTACH)) {
            /* As documented for LoadLibrary: the entry point is told to detach, and
             * the module is unloaded. */
            call_dll_main(m, DLL_PROCESS_DETACH);
            if (--m->refs == 0) {
                struct module **link = &modules;
                while (*link != m)
                    link = &(*link)->next;
                *link = m->next;
                dlclose(m->dl);
                free(m);
            }
            w3_set_loader_message("DllMain returned FALSE for DLL_PROCESS_ATTACH");
            SetLastError(ERROR_DLL_INIT_FAILED);
            goto out;
        }
        m->attached = TRUE;
    }
    result = base;
out:
    pthread_mutex_unlock(&loader_lock);
    return result;
}

HMODULE WINAPI LoadLibraryExA(LPCSTR lpLibFileName, HANDLE hFile, DWORD dwFlags)
{
    if (!lpLibFileName || hFile) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    char *name = w3_forward_slashes(lpLibFileName);
    if (!name)
        return NULL;
    HMODULE h = load_module(name, dwFlags);
    free(name);
    return h;
}

HMODULE WINAPI LoadLibraryExW(LPCWSTR lpLibFileName, HANDLE hFile, DWORD dwFlags)
{
    if (!lpLibFileName) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    char *name = w3_wide_to_utf8(lpLibFileName);
    if (!name)
        return NULL;
    HMODULE h = LoadLibraryExA(name, hFile, dwFlags);
    free(name);
    return h;
}

HMODULE WINAPI LoadLibraryA(LPCSTR lpLibFileName)
{
    return LoadLibraryExA(lpLibFileName, NULL, 0);
}

HMODULE WINAPI LoadLibraryW(LPCWSTR lpLibFileName)
{
    return LoadLibraryExW(lpLibFileName, NULL, 0);
}

BOOL WINAPI FreeLibrary(HMODULE hLibModule)
{
    Dl_info info;
    BOOL ok = TRUE;

    pthread_mutex_lock(&loader_lock);
    struct module **link = &modules;
    while (*link && (*link)->base != hLibModule)
        link = &(*link)->next;
    struct module *m = *link;
    if (!m) {
        /* Modules the loader did not load (the program, its dependencies) stay. */
        if (!hLibModule || !dladdr(hLibModule, &info) || (HMODULE)info.dli_fbase != hLibModule) {
            SetLastError(ERROR_MOD_NOT_FOUND);
            ok = FALSE;
        }
    } else if (--m->refs == 0) {
        if (m->attached)
            call_dll_main(m, DLL_PROCESS_DETACH);
        *link = m->next;
        dlclose(m->dl);
        free(m);
    }
    pthread_mutex_unlock(&loader_lock);
    return ok;
}

/* A dlopen handle for the object at base (a new reference), or NULL. */
static void *handle_of_base(HMODULE base)
{
    Dl_info info;
    if (base == main_program())
        return dlopen(NULL, RTLD_LAZY);
    if (!base || !dladdr(base, &info) || (HMODULE)info.dli_fbase != base || !info.dli_fname)
        return NULL;
    return dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
}

FARPROC WINAPI GetProcAddress(HMODULE hModule, LPCSTR lpProcName)
{
    if (!hModule)
        hModule = main_program();
    void *dl = handle_of_base(hModule);
    if (!dl) {
        w3_set_loader_message("not the handle of a loaded module");
        SetLastError(ERROR_MOD_NOT_FOUND);
        return NULL;
    }
    void *sym = NULL;
    /* Export ordinals (names below 0x10000) have no ELF counterpart. */
    if ((uintptr_t)lpProcName >= 0x10000) {
        dlerror();
        sym = own_symbol(dl, hModule, lpProcName);
    }
    if (!sym) {
        char message[300];
        if ((uintptr_t)lpProcName < 0x10000)
            snprintf(message, sizeof message, "export ordinal %u: not supported",
                     (unsigned)(uintptr_t)lpProcName);
        else
            snprintf(message, sizeof message, "%s: symbol not defined by this module", lpProcName);
        w3_set_loader_message(message);
        SetLastError(ERROR_PROC_NOT_FOUND);
    }
    dlclose(dl);
    return (FARPROC)sym;
}

/* A module already in the process under one of name's candidate file names. */
static HMODULE find_loaded(const char *name)
{
    char *cand[MAX_CANDIDATES];
    int n = module_candidates(name, cand);
    const char *dir = exe_dir();
    HMODULE base = NULL;

    for (int i = 0; i < n && !base; i++) {
        void *dl = NULL;
        if (!strchr(name, '/') && *dir) {
            char *path = malloc(strlen(dir) + strlen(cand[i]) + 1);
            if (path) {
                sprintf(path, "%s%s", dir, cand[i]);
                dl = dlopen(path, RTLD_LAZY | RTLD_NOLOAD);
                free(path);
            }
        }
        if (!dl)
            dl = dlopen(cand[i], RTLD_LAZY | RTLD_NOLOAD);
        if (dl) {
            base = base_of_handle(dl);
            dlclose(dl);
        }
    }
    free_candidates(cand, n);
    return base;
}

HMODULE WINAPI GetModuleHandleA(LPCSTR lpModuleName)
{
    if (!lpModuleName)
        return main_program();
    char *name = w3_forward_slashes(lpModuleName);
    if (!name)
        return NULL;
    HMODULE h = find_loaded(name);
    free(name);
    if (!h)
        SetLastError(ERROR_MOD_NOT_FOUND);
    return h;
}

HMODULE WINAPI GetModuleHandleW(LPCWSTR lpModuleName)
{
    if (!lpModuleName)
        return main_program();
    char *name = w3_wide_to_utf8(lpModuleName);
    if (!name)
        return NULL;
    HMODULE h = GetModuleHandleA(name);
    free(name);
    return h;
}

/* The module containing address, or NULL. */
static HMODULE module_at(const void *address)
{
    Dl_info info;
    if (!address || !dladdr(address, &info) || !info.dli_fbase)
        return NULL;
    return (HMODULE)info.dli_fbase;
}

static BOOL module_handle_ex(DWORD flags, HMODULE found, HMODULE *phModule)
{
    *phModule = found;
    if (!found) {
        SetLastError(ERROR_MOD_NOT_FOUND);
        return FALSE;
    }
    /* Without UNCHANGED_REFCOUNT a module this loader loaded gains a reference, as
     * LoadLibrary would give; PIN keeps it loaded for good. */
    if (!(flags & GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT)) {
        pthread_mutex_lock(&loader_lock);
        struct module *m = find_module(found);
        if (m)
            m->refs += (flags & GET_MODULE_HANDLE_EX_FLAG_PIN) ? 0x10000000 : 1;
        pthread_mutex_unlock(&loader_lock);
    }
    return TRUE;
}

static BOOL valid_ex_flags(DWORD flags, HMODULE *phModule)
{
    const DWORD known = GET_MODULE_HANDLE_EX_FLAG_PIN |
                        GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT |
                        GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS;
    if (phModule)
        *phModule = NULL;
    if (!phModule || (flags & ~known) ||
        ((flags & GET_MODULE_HANDLE_EX_FLAG_PIN) &&
         (flags & GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT))) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return TRUE;
}

BOOL WINAPI GetModuleHandleExA(DWORD dwFlags, LPCSTR lpModuleName, HMODULE *phModule)
{
    if (!valid_ex_flags(dwFlags, phModule))
        return FALSE;
    if (dwFlags & GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS)
        return module_handle_ex(dwFlags, module_at(lpModuleName), phModule);
    return module_handle_ex(dwFlags, GetModuleHandleA(lpModuleName), phModule);
}

BOOL WINAPI GetModuleHandleExW(DWORD dwFlags, LPCWSTR lpModuleName, HMODULE *phModule)
{
    if (!valid_ex_flags(dwFlags, phModule))
        return FALSE;
    if (dwFlags & GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS)
        return module_handle_ex(dwFlags, module_at(lpModuleName), phModule);
    return module_handle_ex(dwFlags, GetModuleHandleW(lpModuleName), phModule);
}

/* A malloc'd absolute path of the module at base, or NULL with the last error set. */
static char *module_path(HMODULE base)
{
    Dl_info info;
    char *path = NULL;
    if (!base || base == main_program()) {
        char buf[4096];
        ssize_t len = readlink("/proc/self/exe", buf, sizeof buf - 1);
        if (len > 0) {
            buf[len] = '\0';
            path = strdup(buf);
        }
    } else if (dladdr(base, &info) && (HMODULE)info.dli_fbase == base && info.dli_fname) {
        path = realpath(info.dli_fname, NULL);
        if (!path)
            path = strdup(info.dli_fname);
    } else {
        SetLastError(ERROR_MOD_NOT_FOUND);
        return NULL;
    }
    if (!path)
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return path;
}

/* Windows' contract: the length when path fits with its terminator, otherwise truncate,
 * terminate, return size and report ERROR_INSUFFICIENT_BUFFER. */
static DWORD copy_module_path(void *out, size_t unit, const void *path, size_t len, DWORD size)
{
    if (len < size) {
        memcpy(out, path, (len + 1) * unit);
        return (DWORD)len;
    }
    if (size > 0) {
        memcpy(out, path, (size - 1) * unit);
        memset((char *)out + (size - 1) * unit, 0, unit);
    }
    SetLastError(ERROR_INSUFFICIENT_BUFFER);
    return size;
}

DWORD WINAPI GetModuleFileNameA(HMODULE hModule, LPSTR lpFilename, DWORD nSize)
{
    char *path = module_path(hModule);
    if (!path)
        return 0;
    DWORD result = copy_module_path(lpFilename, 1, path, strlen(path), nSize);
    free(path);
    return result;
}

DWORD WINAPI GetModuleFileNameW(HMODULE hModule, LPWSTR lpFilename, DWORD nSize)
{
    char *path = module_path(hModule);
    if (!path)
        return 0;
    WCHAR *wide = w3_utf8_to_wide(path);
    free(path);
    if (!wide)
        return 0;
    DWORD result = copy_module_path(lpFilename, sizeof(WCHAR), wide, wcslen(wide), nSize);
    free(wide);
    return result;
}

BOOL WINAPI DisableThreadLibraryCalls(HMODULE hLibModule)
{
    /* Thread notifications are never delivered; only the handle is checked. */
    Dl_info info;
    if (!hLibModule || !dladdr(hLibModule, &info) || (HMODULE)info.dli_fbase != hLibModule) {
        SetLastError(ERROR_MOD_NOT_FOUND);
        return FALSE;
    }
    return TRUE;
}
