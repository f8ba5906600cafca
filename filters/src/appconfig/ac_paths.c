/* Configuration paths and the site's folders (see ac_paths.h). */
#include "ac_paths.h"

#include <stdio.h>
#include <string.h>

/* ".." drops the segment before it, but none of the first `floor` (a site's name). */
static void split_above(ac_path *path, const char *text, size_t floor)
{
    path->count = 0;
    snprintf(path->text, sizeof path->text, "%s", text != NULL ? text : "");
    for (char *p = path->text; *p != '\0';) {
        char *end = p + strcspn(p, "/\\");
        int last = *end == '\0';
        *end = '\0';
        if (strcmp(p, "..") == 0) { /* never above the start: no file outside the site */
            if (path->count > floor)
                path->count--;
        } else if (*p != '\0' && strcmp(p, ".") != 0 && path->count < AC_PATH_MAX_SEGMENTS)
            path->segment[path->count++] = p;
        p = last ? end : end + 1;
    }
}

void ac_path_split(ac_path *path, const char *text)
{
    split_above(path, text, 0);
}

int ac_config_path_split(ac_path *path, const char *config_path)
{
    static const char root[] = "MACHINE/WEBROOT/APPHOST";
    size_t n = sizeof root - 1;
    if (config_path == NULL || _strnicmp(config_path, root, n) != 0 ||
        (config_path[n] != '\0' && config_path[n] != '/'))
        return 0;
    split_above(path, config_path + n, 1);
    return 1;
}

int ac_path_is_prefix(const ac_path *prefix, const ac_path *target, size_t base)
{
    if (base + prefix->count > target->count)
        return 0;
    for (size_t i = 0; i < prefix->count; i++)
        if (_stricmp(prefix->segment[i], target->segment[base + i]) != 0)
            return 0;
    return 1;
}

/* The number of leading segments of url (of `count`) that `vpath` covers, or -1. */
static int covers(const ac_path *vpath, const ac_path *target, size_t count)
{
    if (vpath->count > count)
        return -1;
    return ac_path_is_prefix(vpath, target, 1) ? (int)vpath->count : -1;
}

int ac_web_config_path(const ac_node *app_host, const char *app_host_path, const ac_path *target,
                       size_t level, char *out, size_t out_size)
{
    const ac_node *sites =
        ac_kid(ac_kid(app_host, "system.applicationHost", NULL, NULL), "sites", NULL, NULL);
    const ac_node *site = ac_kid(sites, "site", "name", target->segment[0]);
    size_t url_count = level - 1; /* URL segments target[1..level-1] */
    const char *physical = NULL;
    int best = -1;
    for (size_t a = 0; site != NULL && a < site->kid_count; a++) {
        const ac_node *app = site->kids[a];
        if (_stricmp(app->name, "application") != 0)
            continue;
        for (size_t v = 0; v < app->kid_count; v++) {
            const ac_node *vdir = app->kids[v];
            const char *where = ac_attr(vdir, "physicalPath");
            if (_stricmp(vdir->name, "virtualDirectory") != 0 || where == NULL)
                continue;
            char joined[1024];
            snprintf(joined, sizeof joined, "%s/%s",
                     ac_attr(app, "path") ? ac_attr(app, "path") : "",
                     ac_attr(vdir, "path") ? ac_attr(vdir, "path") : "");
            ac_path vpath;
            ac_path_split(&vpath, joined);
            int n = covers(&vpath, target, url_count);
            if (n > best) {
                best = n;
                physical = where;
            }
        }
    }
    if (physical == NULL)
        return 0;
    size_t used = 0;
    int relative =
        physical[0] != '/' && physical[0] != '\\' && !(physical[0] && physical[1] == ':');
    if (relative) { /* beside applicationHost.config */
        const char *slash = strrchr(app_host_path, '/');
        const char *back = strrchr(app_host_path, '\\');
        if (back != NULL && (slash == NULL || back > slash))
            slash = back;
        if (slash != NULL)
            used = (size_t)snprintf(out, out_size, "%.*s/", (int)(slash - app_host_path),
                                    app_host_path);
    }
    used += (size_t)snprintf(out + used, used < out_size ? out_size - used : 0, "%s", physical);
    for (size_t i = 1 + (size_t)best; i < level && used < out_size; i++)
        used += (size_t)snprintf(out + used, out_size - used, "/%s", target->segment[i]);
    if (used < out_size)
        used += (size_t)snprintf(out + used, out_size - used, "/web.config");
    return used < out_size;
}
