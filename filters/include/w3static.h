/* w3static: the static file handler (IIS's StaticFileModule with DefaultDocumentModule
 * and DirectoryListingModule), over the Win32 file API.
 *
 * The handler looks a file up (GetFileAttributesEx: type, size, time) and answers with its
 * headers and the file as a body range (w3_response_send_file): the bytes are read when
 * the response goes out, by the engine, or by an embedder that set a file output on the
 * connection (w3host sends them from libuv's thread pool, with sendfile on Linux).
 *
 * GET and HEAD of files below a root: Content-Type from IIS's MIME map as <staticContent>
 * sets it at the request's path when the server has a configuration file (IIS's default
 * map otherwise; an extension it does not map gets 404 with substatus 3, as in IIS), the
 * <clientCache> headers, ETag and Last-Modified, If-None-Match /
 * If-Modified-Since -> 304, one Range -> 206 (416 when unsatisfiable; several ranges
 * are answered with the whole file), default documents, a directory listing when
 * enabled (403.14 otherwise), 301 to add the slash of a directory URL. With a configuration
 * file, <defaultDocument> and <directoryBrowse> at the request's path replace the
 * w3_static_config's (whose list stays when <files> names none). URL paths are
 * decoded and normalised so that no request names a file outside the root: invalid
 * percent-escapes, NUL and control characters, backslashes, invalid or overlong UTF-8,
 * and ".." above the root get 400. When a URL_MAP filter or an RQ_MAP_PATH module changed
 * the physical path (w3_request_physical_path), that file is served, as given. */
#ifndef W3STATIC_H
#define W3STATIC_H

#include <stddef.h>

#include "w3engine.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct w3_static w3_static;

typedef struct w3_static_config {
    const char *root;                     /* the directory "/" maps to */
    const char *const *default_documents; /* tried in order for a directory URL */
    size_t default_document_count;        /* 0: no default documents */
    int directory_browse;                 /* nonzero: list directories */
} w3_static_config;

/* The configuration is copied. NULL if out of memory. */
W3ENGINE_EXPORT w3_static *w3_static_create(const w3_static_config *cfg);
W3ENGINE_EXPORT void w3_static_destroy(w3_static *files);

/* A w3_handler_fn: pass the w3_static as the handler's context. */
W3ENGINE_EXPORT void w3_static_handler(void *files, w3_request *req, w3_response *resp);

#ifdef __cplusplus
}
#endif

#endif
