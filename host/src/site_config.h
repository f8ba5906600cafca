/* The sections w3host implements, as they apply to a request's folder: read through the
 * engine's configuration system (applicationHost.config, its <location>s and the
 * web.config files down the URL), so that a folder's web.config changes them. */
#ifndef HOST_SITE_CONFIG_H
#define HOST_SITE_CONFIG_H

#include <stddef.h>

#include "w3static.h"

#define SITE_CONFIG_MAX_DOCUMENTS 64

typedef struct site_folder {
    char *documents[SITE_CONFIG_MAX_DOCUMENTS]; /* defaultDocument/files, if enabled */
    size_t document_count;
    int documents_enabled; /* defaultDocument enabled */
    int directory_browse;  /* directoryBrowse enabled */
} site_folder;

/* The settings of the folder of `url` (path and query) in `site`: 1, or 0 if the
 * configuration system is not there (no --config; the caller keeps its settings). */
int site_folder_read(const char *site, const char *url, site_folder *out);
void site_folder_free(site_folder *folder);

/* What site_static_handler needs to make a handler for a folder of a site: its root,
 * its name, the default documents of applicationHost.config (IIS's list when it names
 * none), used where the configuration files name no files of their own, and the
 * handler made from the command line and applicationHost.config, used when the
 * configuration system is not there. */
typedef struct site_static {
    const char *root;
    const char *site_name;
    const char *const *documents;
    size_t document_count;
    w3_static *fallback;
} site_static;

/* A w3_handler_fn (ctx: a site_static): the static file handler with the request
 * folder's settings. */
void site_static_handler(void *ctx, w3_request *req, w3_response *resp);

#endif
