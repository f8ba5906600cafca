/* Loading native modules: LoadLibrary, RegisterModule, the module's entry in the table. */
#include "native.h"

#include "base/error_text.h"

/* Logs why the module was not loaded, unloads its DLL (if loaded) and sets `error`. */
static int refuse(w3_server *server, const char *name, const char *path, HMODULE dll, DWORD error,
                  const char *reason)
{
    char text[600];
    w3e_log(server, W3_LOG_ERROR, "module '%s' (%s) not loaded: %s (%s)", name, path, reason,
            w3e_error_text(error, text, sizeof text));
    if (dll != NULL)
        FreeLibrary(dll);
    SetLastError(error);
    return 0;
}

/* Loads the module and calls RegisterModule; with !for_requests its request
 * notifications are dropped after registration (kept for the paths the configuration
 * enables them at), so no other request creates an instance of it (the factory is
 * still terminated at shutdown, as registered). */
static int load_module(w3_server *server, const char *name, const char *path, int for_requests)
{
    if (server == NULL || name == NULL || path == NULL || name[0] == '\0' || path[0] == '\0') {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (server->order != NULL || !server->configuring)
        return refuse(server, name, path, NULL, ERROR_INVALID_STATE,
                      "modules load before the first connection");
    HMODULE dll = LoadLibraryA(path);
    if (dll == NULL)
        return refuse(server, name, path, NULL, GetLastError(), "the file could not be loaded");
    FARPROC entry = GetProcAddress(dll, "RegisterModule");
    if (entry == NULL)
        return refuse(server, name, path, dll, ERROR_PROC_NOT_FOUND,
                      "it does not export RegisterModule");
    w3e_module *m = w3e_module_new(server, name, path, &w3e_native_module_class);
    if (m == NULL) {
        FreeLibrary(dll);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    m->dll = dll;
    if (!w3e_native_register(server, m, entry)) {
        DWORD error = GetLastError();
        server->module_count--; /* the table entry goes; its arena memory stays */
        FreeLibrary(dll);
        SetLastError(error);
        return 0;
    }
    /* With a configuration system, a <modules> entry at a path can enable its request
     * notifications there (module_path.c); without one, they never run. */
    if (!for_requests && server->admin_manager != NULL)
        m->global_only = 1;
    else if (!for_requests)
        m->request_mask = m->post_mask = 0;
    return 1;
}

int w3_server_add_module(w3_server *server, const char *name, const char *path)
{
    return load_module(server, name, path, 1);
}

int w3_server_add_global_module(w3_server *server, const char *name, const char *path)
{
    return load_module(server, name, path, 0);
}
