/* Sections of the IIS configuration compiled into what a built-in module uses (a MIME
 * map, request filtering rules), kept per configuration path while the files that path
 * reads are unchanged, so that a request does not merge and read a section again. */
#ifndef W3E_CONFIG_CACHE_H
#define W3E_CONFIG_CACHE_H

#include "w3engine.h"

/* A kind of compiled section: how to make it for a configuration path through the
 * server's IAppHostAdminManager, and how to free it. */
typedef struct w3e_section_kind {
    void *(*make)(void *admin_manager, const char *config_path); /* NULL on failure */
    void (*free)(void *compiled);
} w3e_section_kind;

/* The request's configuration path, "MACHINE/WEBROOT/APPHOST/<site><URL path>", in the
 * request's arena (NULL if out of memory). */
const char *w3e_config_path(w3_request *req);

/* `kind` compiled for the request's configuration path: the cached one while the files
 * are unchanged, else a new one. NULL without a configuration system (the module uses
 * IIS's defaults) or when it cannot be made. Valid until the server's next call. */
void *w3e_section_for(w3_request *req, const w3e_section_kind *kind);

/* Frees the cache (w3_server_destroy). */
void w3e_config_cache_free(w3_server *server);

#endif
