/* Physical paths in IIS's form: what URL_MAP, RQ_MAP_PATH, PATH_TRANSLATED, MapPath and
 * GetPhysicalPath give. IIS separates them with '\' only; so does the engine on every
 * platform (compat's file functions accept '\' on POSIX, docs/porting.md). */
#ifndef W3E_PHYSICAL_PATH_H
#define W3E_PHYSICAL_PATH_H

#include <windows.h>

#include "memory/engine_alloc.h"
#include "w3engine.h"

/* The physical path of url_path (a URL path, "/a/b%20c") below root: %xx decoded,
 * every '/' made '\', in a buffer of at least MAX_PATH bytes (its size in *size) that
 * a filter may edit in place. NULL if out of memory. */
char *w3e_physical_path(w3e_arena *arena, const char *root, const char *url_path, DWORD *size);

struct w3_server;

/* The virtual directory of the server that covers url_path (the longest path that is
 * url_path or a folder above it, compared without regard to case as IIS does), with
 * the length of that path in *matched; NULL when only the root covers it. */
const w3_virtual_dir *w3e_virtual_dir_find(const struct w3_server *server, const char *url_path,
                                           size_t *matched);

/* w3e_physical_path below the folder of the virtual directory that maps url_path. */
char *w3e_map_url(w3e_arena *arena, const struct w3_server *server, const char *url_path,
                  DWORD *size);

/* The root as APPL_PHYSICAL_PATH gives it: '\' separators and a final '\'. */
const char *w3e_physical_root(w3e_arena *arena, const char *root);

#endif
