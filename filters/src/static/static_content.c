/* <staticContent> compiled for a configuration path (static_content.h). The merged
 * <mimeMap> collection is kept as the entries of IIS's default map it still holds
 * unchanged (a bit each) and the entries it adds or changes, so that a folder costs a
 * few bytes beside the shared default table, and a lookup stays a binary search. */
#define COBJMACROS
#include "static/static_content.h"

#include <string.h>

#include "core/config_cache.h"
#include "core/config_read.h"
#include "core/iis_defaults.h"
#include "memory/engine_alloc.h"

struct w3s_content {
    unsigned char *kept; /* bit per w3e_default_mime_map entry */
    w3e_mime_entry *added;
    size_t added_count;
    enum w3s_cache_mode mode;
    unsigned long long max_age;
    char *expires, *custom;
    int set_etag;
};

static void content_free(void *p)
{
    w3s_content *c = p;
    if (c == NULL)
        return;
    for (size_t i = 0; i < c->added_count; i++) {
        w3e_free((char *)c->added[i].extension);
        w3e_free((char *)c->added[i].type);
    }
    w3e_free(c->added);
    w3e_free(c->kept);
    w3e_free(c->expires);
    w3e_free(c->custom);
    w3e_free(c);
}

/* One <mimeMap> of the merged collection: a default kept, or an entry added. */
static int take_entry(w3s_content *c, char *extension, char *type)
{
    long at = w3e_default_mime_index(extension, strlen(extension));
    if (at >= 0 && strcmp(w3e_default_mime_map[at].type, type) == 0) {
        c->kept[at / 8] |= (unsigned char)(1u << (at % 8));
        w3e_free(extension);
        w3e_free(type);
        return 1;
    }
    w3e_mime_entry *more = w3e_grow_by_one(c->added, c->added_count, sizeof *more);
    if (more == NULL) {
        w3e_free(extension);
        w3e_free(type);
        return 0;
    }
    c->added = more;
    more[c->added_count].extension = extension;
    more[c->added_count++].type = type;
    return 1;
}

/* One <mimeMap> of the collection; 0 if out of memory. */
static int take_mime_map(void *context, IAppHostElement *entry)
{
    char *extension = w3e_cfg_text(entry, L"fileExtension");
    char *type = w3e_cfg_text(entry, L"mimeType");
    if (extension != NULL && type != NULL)
        return take_entry(context, extension, type);
    w3e_free(extension);
    w3e_free(type);
    return 1;
}

static void read_client_cache(w3s_content *c, IAppHostElement *section)
{
    IAppHostElement *cache = w3e_cfg_child(section, L"clientCache");
    if (cache == NULL)
        return;
    long long number;
    if (w3e_cfg_number(cache, L"cacheControlMode", &number) && number >= 0 && number <= 3)
        c->mode = (enum w3s_cache_mode)number;
    if (w3e_cfg_number(cache, L"cacheControlMaxAge", &number) && number > 0)
        c->max_age = (unsigned long long)number / 10000000u; /* 100-ns units */
    if (w3e_cfg_number(cache, L"setEtag", &number))
        c->set_etag = number != 0;
    c->expires = w3e_cfg_text(cache, L"httpExpires");
    c->custom = w3e_cfg_text(cache, L"cacheControlCustom");
    IAppHostElement_Release(cache);
}

static int content_read(void *compiled, IAppHostElement *section)
{
    w3s_content *c = compiled;
    size_t kept_size = (w3e_default_mime_count + 7) / 8;
    c->kept = w3e_alloc(kept_size);
    if (c->kept == NULL)
        return 0;
    memset(c->kept, 0, kept_size);
    c->mode = W3S_NO_CONTROL;
    c->max_age = 86400;
    c->set_etag = 1;
    if (!w3e_cfg_each(section, take_mime_map, c))
        return 0;
    read_client_cache(c, section);
    return 1;
}

static void *content_make(void *admin_manager, const char *config_path)
{
    return w3e_cfg_compile(admin_manager, "system.webServer/staticContent", config_path,
                           sizeof(w3s_content), content_read, content_free);
}

static const w3e_section_kind content_kind = {content_make, content_free};

const w3s_content *w3s_content_for(w3_request *req)
{
    return w3e_section_for(req, &content_kind);
}

static const char *type_of(const w3s_content *c, const char *extension, size_t len)
{
    for (size_t i = 0; c != NULL && i < c->added_count; i++)
        if (w3e_icmp_n(extension, len, c->added[i].extension) == 0)
            return c->added[i].type;
    long at = w3e_default_mime_index(extension, len);
    if (at < 0 || (c != NULL && !(c->kept[at / 8] & (1u << (at % 8)))))
        return NULL;
    return w3e_default_mime_map[at].type;
}

const char *w3s_content_type(const w3s_content *content, const char *name)
{
    const char *base = name;
    for (const char *p = name; *p != '\0'; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    size_t len = strlen(base);
    for (const char *dot = strchr(base, '.'); dot != NULL; dot = strchr(dot + 1, '.')) {
        const char *type = type_of(content, dot, len - (size_t)(dot - base));
        if (type != NULL)
            return type;
    }
    return NULL;
}

enum w3s_cache_mode w3s_cache_mode(const w3s_content *content)
{
    return content != NULL ? content->mode : W3S_NO_CONTROL;
}

unsigned long long w3s_cache_max_age(const w3s_content *content)
{
    return content != NULL ? content->max_age : 86400;
}

const char *w3s_cache_expires(const w3s_content *content)
{
    return content != NULL && content->expires != NULL ? content->expires : "";
}

const char *w3s_cache_custom(const w3s_content *content)
{
    return content != NULL && content->custom != NULL ? content->custom : "";
}

int w3s_sets_etag(const w3s_content *content)
{
    return content == NULL || content->set_etag;
}
