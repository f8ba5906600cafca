/* Native modules enabled per configuration path (module_path.h): the names of the
 * merged <modules> at a path and of <globalModules>, compiled once per path and kept by
 * the configuration cache; a request turns the difference into its modules' disabled
 * notification masks. */
#define COBJMACROS
#include "core/module_path.h"

#include <string.h>

#include "core/config_cache.h"
#include "core/config_read.h"
#include "base/text.h"
#include "core/core.h"
#include "memory/engine_alloc.h"

typedef struct name_list {
    char **names;
    size_t count;
} name_list;

typedef struct modules_section {
    name_list enabled; /* <modules> at the path */
    name_list known;   /* <globalModules>: the modules the configuration installs */
} modules_section;

static void free_list(name_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        w3e_free(list->names[i]);
    w3e_free(list->names);
}

static void modules_free(void *p)
{
    modules_section *s = p;
    if (s == NULL)
        return;
    free_list(&s->enabled);
    free_list(&s->known);
    w3e_free(s);
}

static int read_names(void *admin_manager, const char *section, const char *path, name_list *list)
{
    IAppHostElement *element = w3e_cfg_section(admin_manager, section, path);
    if (element == NULL)
        return 0;
    int ok = w3e_cfg_texts(element, L"name", &list->names, &list->count);
    IAppHostElement_Release(element);
    return ok;
}

static void *modules_make(void *admin_manager, const char *config_path)
{
    modules_section *s = w3e_alloc(sizeof *s);
    if (s == NULL)
        return NULL;
    memset(s, 0, sizeof *s);
    /* <globalModules> is defined in applicationHost.config only: read at its level. */
    if (!read_names(admin_manager, "system.webServer/modules", config_path, &s->enabled) ||
        !read_names(admin_manager, "system.webServer/globalModules", "MACHINE/WEBROOT/APPHOST",
                    &s->known)) {
        modules_free(s);
        return NULL;
    }
    return s;
}

static const w3e_section_kind modules_kind = {modules_make, modules_free};

/* Module names are compared without regard to case, as IIS compares them. */
static int listed(const name_list *list, const char *name)
{
    for (size_t i = 0; i < list->count; i++)
        if (w3e_ieq(list->names[i], name))
            return 1;
    return 0;
}

/* A native module with request notifications, which the section may turn off. */
static int switchable(const w3e_module *m)
{
    return m->path[0] != '\0' && (m->request_mask | m->post_mask) != 0;
}

void w3e_modules_apply_path(w3_request *req)
{
    w3_server *server = req->conn->server;
    if (server->admin_manager == NULL || req->mods == NULL)
        return;
    unsigned first = 0;
    while (first < server->module_count && !switchable(server->modules[first]))
        first++;
    if (first == server->module_count)
        return; /* the section would change nothing */
    const modules_section *s = w3e_section_for(req, &modules_kind);
    for (unsigned i = first; i < server->module_count; i++) {
        const w3e_module *m = server->modules[i];
        if (!switchable(m))
            continue;
        /* A module loaded for global notifications runs for requests only where the
         * configuration enables it, so not when the configuration cannot be read. */
        int enabled = s != NULL && listed(&s->enabled, m->name);
        int off = m->global_only ? !enabled : s != NULL && !enabled && listed(&s->known, m->name);
        if (off)
            req->mods[i].disabled = req->mods[i].disabled_post = 0xFFFFFFFFu;
    }
}
