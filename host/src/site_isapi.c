/* The ISAPI extension mappings of applicationHost.config, handed to the engine. */
#include "site_isapi.h"

#include <stdio.h>

#include <windows.h>

/* IIS expands %windir% and the like in scriptProcessor and restriction paths. */
static const char *expanded(const char *path, char *buf, DWORD size)
{
    DWORD n = ExpandEnvironmentStringsA(path, buf, size);
    return n > 0 && n <= size ? buf : path;
}

int site_isapi_setup(w3_server *server, const w3_config *cfg)
{
    char buf[2 * MAX_PATH];
    if (cfg->isapi_handler_count == 0)
        return 1;
    if (!w3_server_allow_unlisted_isapi(server, cfg->not_listed_isapis_allowed)) {
        fprintf(stderr, "w3host: <isapiCgiRestriction> could not be applied (error %lu)\n",
                (unsigned long)GetLastError());
        return 0;
    }
    for (size_t i = 0; i < cfg->isapi_restriction_count; i++) {
        const w3_config_isapi_restriction *r = &cfg->isapi_restrictions[i];
        if (!w3_server_restrict_isapi(server, expanded(r->path, buf, sizeof buf), r->allowed)) {
            fprintf(stderr, "w3host: <isapiCgiRestriction><add path=\"%s\">: error %lu\n", r->path,
                    (unsigned long)GetLastError());
            return 0;
        }
    }
    for (size_t i = 0; i < cfg->isapi_handler_count; i++) {
        const w3_config_handler *h = &cfg->isapi_handlers[i];
        const char *processor =
            h->script_processor != NULL ? expanded(h->script_processor, buf, sizeof buf) : NULL;
        if (!w3_server_add_isapi_handler(server, h->path, h->verb, processor, h->require_file)) {
            fprintf(stderr, "w3host: <handlers><add name=\"%s\">: error %lu\n", h->name,
                    (unsigned long)GetLastError());
            return 0;
        }
    }
    return 1;
}
