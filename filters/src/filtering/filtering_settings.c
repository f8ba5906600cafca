/* <requestFiltering> compiled for a configuration path (filtering.h), and IIS's defaults
 * for a server without a configuration system. */
#define COBJMACROS
#include "filtering/filtering.h"

#include <string.h>

#include "core/config_cache.h"
#include "core/config_read.h"
#include "core/iis_defaults.h"
#include "memory/engine_alloc.h"

static const w3f_rules iis_defaults = {
    .allow_double_escaping = 0,
    .allow_high_bit = 1,
    .unescape_query = 1,
    .extensions_allow_unlisted = 1,
    .verbs_allow_unlisted = 1,
    .hidden = {w3e_default_hidden_segments, NULL, NULL, W3E_DEFAULT_HIDDEN_SEGMENT_COUNT},
    .max_content_length = 30000000,
    .max_url = 4096,
    .max_query = 2048,
};

static void list_free(w3f_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        w3e_free((char *)list->items[i]);
    w3e_free((void *)list->items);
    w3e_free((void *)list->allowed);
    w3e_free((void *)list->limits);
}

static void rules_free(void *p)
{
    w3f_rules *rules = p;
    if (rules == NULL)
        return;
    w3f_list *lists[] = {&rules->extensions,   &rules->verbs,        &rules->hidden,
                         &rules->deny_urls,    &rules->deny_queries, &rules->always_urls,
                         &rules->header_limits};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        list_free(lists[i]);
    w3e_free(rules);
}

/* The collection of child element `name` (the section's own when name is NULL): `key`
 * of each entry, with `allowed` (bool) or `sizeLimit` (uint) when asked. */
static int read_list(IAppHostElement *section, const WCHAR *name, const WCHAR *key,
                     const WCHAR *flag, const WCHAR *limit, w3f_list *out)
{
    memset(out, 0, sizeof *out);
    IAppHostElement *element = name != NULL ? w3e_cfg_child(section, name) : section;
    if (element == NULL)
        return 1;
    DWORD count = 0;
    IAppHostElementCollection *entries = w3e_cfg_collection(element, &count);
    const char **items = count > 0 ? w3e_alloc(count * sizeof *items) : NULL;
    unsigned char *allowed = count > 0 && flag != NULL ? w3e_alloc(count) : NULL;
    unsigned long *limits = count > 0 && limit != NULL ? w3e_alloc(count * sizeof *limits) : NULL;
    int ok = count == 0 || (items != NULL && (flag == NULL || allowed != NULL) &&
                            (limit == NULL || limits != NULL));
    out->items = items;
    out->allowed = allowed;
    out->limits = limits;
    for (DWORD i = 0; ok && entries != NULL && i < count; i++) {
        IAppHostElement *entry = w3e_cfg_item(entries, i);
        char *text = entry != NULL ? w3e_cfg_text(entry, key) : NULL;
        if (text != NULL) {
            long long number = 1;
            size_t at = out->count++;
            items[at] = text;
            if (flag != NULL)
                allowed[at] = !w3e_cfg_number(entry, flag, &number) || number != 0;
            if (limit != NULL)
                limits[at] = w3e_cfg_number(entry, limit, &number) && number >= 0
                                 ? (unsigned long)number
                                 : 0;
        }
        if (entry != NULL)
            IAppHostElement_Release(entry);
    }
    if (entries != NULL)
        IAppHostElementCollection_Release(entries);
    if (element != section)
        IAppHostElement_Release(element);
    return ok;
}

static int flag_of(IAppHostElement *element, const WCHAR *name, int fallback)
{
    long long number;
    return element != NULL && w3e_cfg_number(element, name, &number) ? number != 0 : fallback;
}

static void read_limits(IAppHostElement *section, w3f_rules *rules)
{
    IAppHostElement *limits = w3e_cfg_child(section, L"requestLimits");
    long long number;
    if (limits == NULL)
        return;
    if (w3e_cfg_number(limits, L"maxAllowedContentLength", &number) && number >= 0)
        rules->max_content_length = (unsigned long long)number;
    if (w3e_cfg_number(limits, L"maxUrl", &number) && number >= 0)
        rules->max_url = (unsigned long)number;
    if (w3e_cfg_number(limits, L"maxQueryString", &number) && number >= 0)
        rules->max_query = (unsigned long)number;
    read_list(limits, L"headerLimits", L"header", NULL, L"sizeLimit", &rules->header_limits);
    IAppHostElement_Release(limits);
}

static int rules_read(void *compiled, IAppHostElement *section)
{
    w3f_rules *rules = compiled;
    *rules = iis_defaults;
    memset(&rules->hidden, 0, sizeof rules->hidden); /* the section has its own */
    rules->allow_double_escaping = flag_of(section, L"allowDoubleEscaping", 0);
    rules->allow_high_bit = flag_of(section, L"allowHighBitCharacters", 1);
    rules->unescape_query = flag_of(section, L"unescapeQueryString", 1);
    IAppHostElement *extensions = w3e_cfg_child(section, L"fileExtensions");
    IAppHostElement *verbs = w3e_cfg_child(section, L"verbs");
    rules->extensions_allow_unlisted = flag_of(extensions, L"allowUnlisted", 1);
    rules->verbs_allow_unlisted = flag_of(verbs, L"allowUnlisted", 1);
    if (extensions != NULL)
        IAppHostElement_Release(extensions);
    if (verbs != NULL)
        IAppHostElement_Release(verbs);
    read_limits(section, rules);
    return read_list(section, L"fileExtensions", L"fileExtension", L"allowed", NULL,
                     &rules->extensions) &&
           read_list(section, L"verbs", L"verb", L"allowed", NULL, &rules->verbs) &&
           read_list(section, L"hiddenSegments", L"segment", NULL, NULL, &rules->hidden) &&
           read_list(section, L"denyUrlSequences", L"sequence", NULL, NULL, &rules->deny_urls) &&
           read_list(section, L"denyQueryStringSequences", L"sequence", NULL, NULL,
                     &rules->deny_queries) &&
           read_list(section, L"alwaysAllowedUrls", L"url", NULL, NULL, &rules->always_urls);
}

static void *rules_make(void *admin_manager, const char *config_path)
{
    return w3e_cfg_compile(admin_manager, "system.webServer/security/requestFiltering", config_path,
                           sizeof(w3f_rules), rules_read, rules_free);
}

static const w3e_section_kind rules_kind = {rules_make, rules_free};

const w3f_rules *w3f_rules_for(w3_request *req)
{
    const w3f_rules *rules = w3e_section_for(req, &rules_kind);
    return rules != NULL ? rules : &iis_defaults;
}
