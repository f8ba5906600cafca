/* <httpProtocol> compiled for a configuration path (protocol.h): allowKeepAlive and
 * the usable <add name value> entries of customHeaders and redirectHeaders, kept by the
 * configuration cache. */
#define COBJMACROS
#include "protocol/protocol.h"

#include <string.h>

#include "core/config_cache.h"
#include "core/config_read.h"
#include "memory/engine_alloc.h"

static void free_list(w3e_header_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        w3e_free(list->items[i].name);
        w3e_free(list->items[i].value);
    }
    w3e_free(list->items);
}

static void protocol_free(void *p)
{
    w3e_protocol_section *s = p;
    if (s == NULL)
        return;
    free_list(&s->custom);
    free_list(&s->redirect);
    w3e_free(s);
}

/* An <add> joins the list if its name is not empty and neither text holds CR or LF (a
 * header line must stay one line); 0 if out of memory. */
static int take_header(void *context, IAppHostElement *item)
{
    w3e_header_list *list = context;
    char *name = w3e_cfg_text(item, L"name");
    char *value = w3e_cfg_text(item, L"value"); /* NULL: an empty value */
    if (name == NULL || name[0] == '\0' || w3e_has_crlf(name) ||
        (value != NULL && w3e_has_crlf(value))) {
        w3e_free(name);
        w3e_free(value);
        return 1;
    }
    w3e_header_entry *more = w3e_grow_by_one(list->items, list->count, sizeof *more);
    if (more == NULL) {
        w3e_free(name);
        w3e_free(value);
        return 0;
    }
    list->items = more;
    more[list->count].name = name;
    more[list->count++].value = value;
    return 1;
}

/* The entries of the collection element `name` of the section. */
static int read_list(w3e_header_list *list, IAppHostElement *section, const WCHAR *name)
{
    IAppHostElement *element = w3e_cfg_child(section, name);
    if (element == NULL)
        return 1;
    int ok = w3e_cfg_each(element, take_header, list);
    IAppHostElement_Release(element);
    return ok;
}

static int protocol_read(void *compiled, IAppHostElement *section)
{
    w3e_protocol_section *s = compiled;
    long long keep_alive = 1;
    w3e_cfg_number(section, L"allowKeepAlive", &keep_alive);
    s->allow_keep_alive = keep_alive != 0;
    return read_list(&s->custom, section, L"customHeaders") &&
           read_list(&s->redirect, section, L"redirectHeaders");
}

static void *protocol_make(void *admin_manager, const char *config_path)
{
    return w3e_cfg_compile(admin_manager, "system.webServer/httpProtocol", config_path,
                           sizeof(w3e_protocol_section), protocol_read, protocol_free);
}

static const w3e_section_kind protocol_kind = {protocol_make, protocol_free};

const w3e_protocol_section *w3e_protocol_section_for(w3_request *req)
{
    return w3e_section_for(req, &protocol_kind);
}
