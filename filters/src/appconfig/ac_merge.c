/* A section as it applies at a configuration path, merged as IIS merges it: the section
 * in applicationHost.config, then in its <location path> blocks from the least to the
 * most specific, then in the web.config of each level of the URL down to the path (and
 * their own <location> blocks). Attributes of a later level replace earlier ones; child
 * elements merge by name; collections take <clear/>, <remove> (by the schema's key) and
 * <add> (an entry with the key of an earlier one replaces it). A section locked at the
 * apphost level (overrideModeDefault="Deny" in its declaration, or a <location> with
 * overrideMode="Deny" or allowOverride="false") may not be set in a web.config. */
#include "appconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ac_paths.h"

/* Attributes that steer the configuration system and are no properties. */
static int is_meta_attribute(const char *name)
{
    return strncmp(name, "lock", 4) == 0 || strncmp(name, "xmlns", 5) == 0 ||
           strncmp(name, "xdt:", 4) == 0 || strcmp(name, "configSource") == 0;
}

/* The key attributes' text of an entry (the schema's default for an absent one). */
static const char *key_value(const ac_node *entry, const ac_node *attribute)
{
    const char *have = ac_attr(entry, ac_attr(attribute, "name"));
    return have != NULL ? have : ac_attr(attribute, "defaultValue");
}

/* A key attribute of the schema: one without a name (a broken schema) keys nothing. */
static int is_key(const ac_node *attribute)
{
    if (ac_attr(attribute, "name") == NULL)
        return 0;
    const char *unique = ac_attr(attribute, "isUniqueKey");
    const char *combined = ac_attr(attribute, "isCombinedKey");
    return (unique != NULL && _stricmp(unique, "true") == 0) ||
           (combined != NULL && _stricmp(combined, "true") == 0);
}

static int text_equal(const char *a, const char *b)
{
    return a == b || (a != NULL && b != NULL && _stricmp(a, b) == 0);
}

/* Whether `entry` has the key of `probe` (an <add> or <remove>). Without schema the key
 * is the probe's first attribute. */
static int same_key(const ac_node *entry, const ac_node *probe, const ac_node *collection)
{
    int keys = 0;
    for (size_t i = 0; collection != NULL && i < collection->kid_count; i++) {
        const ac_node *attribute = collection->kids[i];
        if (_stricmp(attribute->name, "attribute") != 0 || !is_key(attribute))
            continue;
        keys++;
        if (!text_equal(key_value(entry, attribute), key_value(probe, attribute)))
            return 0;
    }
    if (keys > 0)
        return 1;
    if (probe->attr_count == 0)
        return 0;
    return text_equal(ac_attr(entry, probe->attrs[0]), probe->attrs[1]);
}

static int merge_node(ac_node *dst, const ac_node *src, const ac_node *schema);

static int merge_collection_item(ac_node *dst, const ac_node *item, const ac_node *collection)
{
    const char *clear = collection ? ac_attr(collection, "clearElement") : "clear";
    const char *remove = collection ? ac_attr(collection, "removeElement") : "remove";
    int is_clear = clear != NULL && _stricmp(item->name, clear) == 0;
    int is_remove = remove != NULL && _stricmp(item->name, remove) == 0;
    int is_add = ac_is_add_name(collection, item->name);
    if (!is_clear && !is_remove && !is_add)
        return -1; /* no collection item */
    for (size_t i = dst->kid_count; i-- > 0;) {
        const ac_node *entry = dst->kids[i];
        if (ac_is_add_name(collection, entry->name) &&
            (is_clear || same_key(entry, item, collection)))
            ac_remove_kid(dst, i);
    }
    if (!is_add)
        return 1;
    ac_node *copy = ac_node_clone(item);
    if (copy == NULL || !ac_add_kid(dst, copy)) {
        ac_node_free(copy);
        return 0;
    }
    return 1;
}

static int merge_node(ac_node *dst, const ac_node *src, const ac_node *schema)
{
    for (size_t i = 0; i < src->attr_count; i++)
        if (!is_meta_attribute(src->attrs[2 * i]) &&
            !ac_set_attr(dst, src->attrs[2 * i], src->attrs[2 * i + 1]))
            return 0;
    const ac_node *collection = ac_schema_collection(schema);
    for (size_t i = 0; i < src->kid_count; i++) {
        const ac_node *kid = src->kids[i];
        const ac_node *kid_schema = ac_schema_child(schema, kid->name);
        if (kid_schema == NULL && (collection != NULL || schema == NULL)) {
            int done = merge_collection_item(dst, kid, collection);
            if (done >= 0) {
                if (!done)
                    return 0;
                continue;
            }
        }
        ac_node *into = ac_kid(dst, kid->name, NULL, NULL);
        if (into == NULL && (into = ac_node_new(kid->name)) != NULL && !ac_add_kid(dst, into)) {
            ac_node_free(into);
            into = NULL;
        }
        if (into == NULL || !merge_node(into, kid, kid_schema))
            return 0;
    }
    return 1;
}

/* The section's element below `scope` (<configuration> or a <location>), or NULL. */
static const ac_node *find_section(const ac_node *scope, const char *section)
{
    char name[256];
    const ac_node *at = scope;
    for (const char *p = section; at != NULL && *p != '\0';) {
        size_t len = strcspn(p, "/");
        if (len == 0 || len >= sizeof name)
            return NULL;
        memcpy(name, p, len);
        name[len] = '\0';
        at = ac_kid(at, name, NULL, NULL);
        p += len + (p[len] == '/');
    }
    return at == scope ? NULL : at;
}

typedef struct merge_state {
    const char *section;
    const ac_node *schema;
    ac_node *result;
    int found;  /* the section is set somewhere, or described */
    int locked; /* web.config files may not set it */
    char *err;
    size_t err_size;
} merge_state;

static HRESULT apply(merge_state *m, const ac_node *scope, const char *file, int from_web_config)
{
    const ac_node *section = find_section(scope, m->section);
    if (section == NULL)
        return S_OK;
    m->found = 1;
    if (from_web_config && m->locked) {
        snprintf(m->err, m->err_size,
                 "%s:%u: This configuration section cannot be used at this path (it is "
                 "locked at a parent level)",
                 file, section->line);
        return HRESULT_FROM_WIN32(ERROR_LOCK_VIOLATION);
    }
    if (!merge_node(m->result, section, m->schema))
        return E_OUTOFMEMORY;
    return S_OK;
}

/* A file's <location> blocks whose path (relative to the file's level) leads to
 * `target`, from the least specific to the most; each may change the lock. */
static HRESULT apply_locations(merge_state *m, const ac_node *root, const char *file,
                               const ac_path *target, size_t base, int from_web_config)
{
    for (size_t depth = 0; depth + base <= target->count; depth++)
        for (size_t i = 0; i < root->kid_count; i++) {
            const ac_node *location = root->kids[i];
            if (_stricmp(location->name, "location") != 0)
                continue;
            ac_path where;
            ac_path_split(&where, ac_attr(location, "path"));
            if (where.count != depth || !ac_path_is_prefix(&where, target, base))
                continue;
            HRESULT hr = apply(m, location, file, from_web_config);
            if (FAILED(hr))
                return hr;
            if (!from_web_config && find_section(location, m->section) != NULL) {
                const char *mode = ac_attr(location, "overrideMode");
                const char *allow = ac_attr(location, "allowOverride");
                if (mode != NULL && _stricmp(mode, "Inherit") != 0)
                    m->locked = _stricmp(mode, "Deny") == 0;
                else if (allow != NULL)
                    m->locked = _stricmp(allow, "false") == 0;
            }
        }
    return S_OK;
}

/* The lock a section's declaration sets (overrideModeDefault), which also makes a
 * section without schema known. */
static void read_declaration(merge_state *m, const ac_node *root)
{
    const ac_node *at = ac_kid(root, "configSections", NULL, NULL);
    char name[256];
    for (const char *p = m->section; at != NULL && *p != '\0';) {
        size_t len = strcspn(p, "/");
        if (len == 0 || len >= sizeof name)
            return;
        memcpy(name, p, len);
        name[len] = '\0';
        p += len + (p[len] == '/');
        at = ac_kid(at, *p != '\0' ? "sectionGroup" : "section", "name", name);
        if (at != NULL && *p == '\0') {
            const char *mode = ac_attr(at, "overrideModeDefault");
            m->found = 1;
            m->locked = mode != NULL && _stricmp(mode, "Deny") == 0;
        }
    }
}

HRESULT ac_merge_section(const ac_config *cfg, const char *section, const char *config_path,
                         ac_node **out, char *err, size_t err_size)
{
    *out = NULL;
    ac_path target;
    if (!ac_config_path_split(&target, config_path)) {
        snprintf(err, err_size, "unrecognized configuration path '%s'", config_path);
        return HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND);
    }
    merge_state m = {section, NULL, NULL, 0, 0, err, err_size};
    m.schema = ac_schema_section(cfg->schema, section);
    m.found = m.schema != NULL;
    m.result = ac_node_new(section);
    if (m.result == NULL)
        return E_OUTOFMEMORY;
    ac_files_lock(cfg->files);
    int missing;
    const ac_node *root = ac_files_get(cfg->files, cfg->app_host_path, &missing, err, err_size);
    HRESULT hr = S_OK;
    if (root == NULL) {
        if (missing)
            snprintf(err, err_size, "%s: cannot be read", cfg->app_host_path);
        hr = missing ? HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)
                     : HRESULT_FROM_WIN32(ERROR_INVALID_DATA);
    } else {
        read_declaration(&m, root);
        if (cfg->defaults != NULL)
            hr = apply(&m, cfg->defaults, "(IIS defaults)", 0);
        if (SUCCEEDED(hr))
            hr = apply(&m, root, cfg->app_host_path, 0);
        if (SUCCEEDED(hr))
            hr = apply_locations(&m, root, cfg->app_host_path, &target, 0, 0);
        for (size_t level = 1; SUCCEEDED(hr) && level <= target.count; level++) {
            char path[1024];
            if (!ac_web_config_path(root, cfg->app_host_path, &target, level, path, sizeof path))
                continue;
            const ac_node *web = ac_files_get(cfg->files, path, &missing, err, err_size);
            if (web == NULL) {
                hr = missing ? S_OK : HRESULT_FROM_WIN32(ERROR_INVALID_DATA);
                continue;
            }
            hr = apply(&m, web, path, 1);
            if (SUCCEEDED(hr))
                hr = apply_locations(&m, web, path, &target, level, 1);
        }
    }
    ac_files_unlock(cfg->files);
    if (SUCCEEDED(hr) && !m.found) {
        snprintf(err, err_size, "no configuration section '%s'", section);
        hr = HRESULT_FROM_WIN32(ERROR_INVALID_INDEX);
    }
    if (FAILED(hr))
        ac_node_free(m.result);
    else
        *out = m.result;
    return hr;
}

HRESULT ac_check_path(const ac_config *cfg, const char *config_path, char *err, size_t err_size)
{
    ac_path target;
    if (!ac_config_path_split(&target, config_path))
        return S_OK;
    int missing;
    HRESULT hr = S_OK;
    ac_files_lock(cfg->files);
    const ac_node *root = ac_files_get(cfg->files, cfg->app_host_path, &missing, err, err_size);
    if (root == NULL)
        hr = missing ? S_OK : HRESULT_FROM_WIN32(ERROR_INVALID_DATA);
    for (size_t level = 1; root != NULL && SUCCEEDED(hr) && level <= target.count; level++) {
        char path[1024];
        if (ac_web_config_path(root, cfg->app_host_path, &target, level, path, sizeof path) &&
            ac_files_get(cfg->files, path, &missing, err, err_size) == NULL && !missing)
            hr = HRESULT_FROM_WIN32(ERROR_INVALID_DATA);
    }
    ac_files_unlock(cfg->files);
    return hr;
}

/* The file's time and size mixed into *stamp (a missing file mixes in as such). */
static void stamp_file(unsigned long long *stamp, const char *path)
{
    WIN32_FILE_ATTRIBUTE_DATA data;
    unsigned long long facts[3] = {0, 0, 0};
    if (GetFileAttributesExA(path, GetFileExInfoStandard, &data)) {
        facts[0] = ((ULONGLONG)data.ftLastWriteTime.dwHighDateTime << 32) |
                   data.ftLastWriteTime.dwLowDateTime;
        facts[1] = ((ULONGLONG)data.nFileSizeHigh << 32) | data.nFileSizeLow;
        facts[2] = 1;
    }
    for (size_t i = 0; i < 3; i++)
        *stamp = (*stamp ^ facts[i]) * 1099511628211ull; /* FNV-1a over the words */
}

unsigned long long ac_stamp(const ac_config *cfg, const char *config_path)
{
    unsigned long long stamp = 1469598103934665603ull;
    stamp_file(&stamp, cfg->app_host_path);
    ac_path target;
    if (!ac_config_path_split(&target, config_path))
        return stamp;
    char err[256];
    int missing;
    ac_files_lock(cfg->files);
    const ac_node *root = ac_files_get(cfg->files, cfg->app_host_path, &missing, err, sizeof err);
    for (size_t level = 1; root != NULL && level <= target.count; level++) {
        char path[1024];
        if (ac_web_config_path(root, cfg->app_host_path, &target, level, path, sizeof path))
            stamp_file(&stamp, path);
    }
    ac_files_unlock(cfg->files);
    return stamp;
}
