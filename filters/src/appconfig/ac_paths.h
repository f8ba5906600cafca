/* Configuration paths ("MACHINE/WEBROOT/APPHOST/Site/dir"), <location path> values and
 * the web.config file of each level of a site's URL space. */
#ifndef W3E_AC_PATHS_H
#define W3E_AC_PATHS_H

#include "appconfig.h"

#define AC_PATH_MAX_SEGMENTS 32

/* A path split at '/', without empty segments. */
typedef struct ac_path {
    char text[1024];
    const char *segment[AC_PATH_MAX_SEGMENTS];
    size_t count;
} ac_path;

/* Splits a <location path> ("", "." and "/" have no segments; ".." drops the segment
 * before it). */
void ac_path_split(ac_path *path, const char *text);
/* Splits a configuration path below MACHINE/WEBROOT/APPHOST: [site, dir, ...] (".." in
 * the URL part never drops the site). 0 if the path does not start so. */
int ac_config_path_split(ac_path *path, const char *config_path);
/* Whether prefix's segments equal target's from `base` on (case-insensitive). */
int ac_path_is_prefix(const ac_path *prefix, const ac_path *target, size_t base);
/* The web.config of level `level` of target (1: the site's root folder, 2: its first
 * folder, ...), mapped through the site's applications and virtual directories in
 * applicationHost.config; 0 if the site or a mapping is missing. */
int ac_web_config_path(const ac_node *app_host, const char *app_host_path, const ac_path *target,
                       size_t level, char *out, size_t out_size);

#endif
