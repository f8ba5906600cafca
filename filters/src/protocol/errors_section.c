/* <httpErrors> compiled for a configuration path (protocol.h): the section's modes,
 * its defaultPath and its <error> entries, kept by the configuration cache. */
#define COBJMACROS
#include "protocol/protocol.h"

#include <string.h>

#include "core/config_cache.h"
#include "core/config_read.h"
#include "memory/engine_alloc.h"

static void errors_free(void *p)
{
    w3e_errors_section *s = p;
    if (s == NULL)
        return;
    for (size_t i = 0; i < s->entry_count; i++) {
        w3e_free(s->entries[i].path);
        w3e_free(s->entries[i].language_prefix);
    }
    w3e_free(s->entries);
    w3e_free(s->default_path);
    w3e_free(s);
}

/* A number property, or `fallback` if it cannot be read. */
static long number_or(IAppHostElement *element, const WCHAR *name, long fallback)
{
    long long n = fallback;
    w3e_cfg_number(element, name, &n);
    return (long)n;
}

/* One <error>; 0 if out of memory. */
static int take_entry(void *context, IAppHostElement *item)
{
    w3e_errors_section *s = context;
    w3e_error_entry *more = w3e_grow_by_one(s->entries, s->entry_count, sizeof *more);
    if (more == NULL)
        return 0;
    s->entries = more;
    w3e_error_entry *entry = &more[s->entry_count++];
    entry->status = number_or(item, L"statusCode", 0);
    entry->substatus = number_or(item, L"subStatusCode", -1);
    entry->response_mode = number_or(item, L"responseMode", s->default_response_mode);
    entry->path = w3e_cfg_text(item, L"path");
    entry->language_prefix = w3e_cfg_text(item, L"prefixLanguageFilePath");
    return 1;
}

static int errors_read(void *compiled, IAppHostElement *section)
{
    w3e_errors_section *s = compiled;
    s->error_mode = number_or(section, L"errorMode", W3E_ERRORS_DETAILED_LOCAL_ONLY);
    s->existing_response = number_or(section, L"existingResponse", W3E_EXISTING_AUTO);
    s->default_response_mode = number_or(section, L"defaultResponseMode", W3E_RESPONSE_FILE);
    s->default_path = w3e_cfg_text(section, L"defaultPath");
    return w3e_cfg_each(section, take_entry, s);
}

static void *errors_make(void *admin_manager, const char *config_path)
{
    return w3e_cfg_compile(admin_manager, "system.webServer/httpErrors", config_path,
                           sizeof(w3e_errors_section), errors_read, errors_free);
}

static const w3e_section_kind errors_kind = {errors_make, errors_free};

const w3e_errors_section *w3e_errors_section_for(w3_request *req)
{
    return w3e_section_for(req, &errors_kind);
}
