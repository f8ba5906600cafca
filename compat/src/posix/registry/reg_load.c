/* The parser's callbacks that build the key tree. */
#include <string.h>

#include "reg_load.h"
#include "reg_path.h"

struct load {
    struct w3_reg_key *root;
    struct w3_reg_key *key; /* the current section's key; NULL after [-KEY] */
};

static const char *on_key(void *ctx, const char *path, BOOL deleting)
{
    struct load *load = ctx;
    const char *sep = strchr(path, '\\');
    size_t n = sep ? (size_t)(sep - path) : strlen(path);
    int hive = w3_reg_hive_from_name(path, n);
    if (hive < 0)
        return "unknown root key (expected HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, "
               "HKEY_CLASSES_ROOT, HKEY_USERS or HKEY_CURRENT_CONFIG)";
    struct w3_reg_key *parent = NULL;
    struct w3_reg_key *key = w3_reg_subkey_find(load->root, w3_reg_hive_names[hive]);
    load->key = NULL;
    if (!sep && deleting)
        return "a root key cannot be deleted";
    for (const char *s = sep ? sep + 1 : path + n; sep && key;) {
        sep = strchr(s, '\\');
        n = sep ? (size_t)(sep - s) : strlen(s);
        if (n == 0) {
            if (!sep)
                break; /* a trailing backslash */
            return "empty key name in the path";
        }
        /* The API's own limit: whatever it saves loads again. */
        if (n >= W3_REG_NAME_MAX)
            return "key name too long";
        char name[W3_REG_NAME_MAX];
        memcpy(name, s, n);
        name[n] = '\0';
        parent = key;
        if (deleting) {
            key = w3_reg_subkey_find(key, name);
            if (key && (!sep || !sep[1]))
                w3_reg_subkey_remove(parent, name);
        } else {
            key = w3_reg_subkey_obtain(key, name, NULL);
            if (!key)
                return "out of memory";
        }
        s = sep ? sep + 1 : s + n;
    }
    if (!deleting)
        load->key = key;
    return NULL;
}

static const char *on_value(void *ctx, const char *name, DWORD type, const BYTE *data, DWORD size)
{
    struct load *load = ctx;
    if (!w3_reg_value_set(load->key, name, type, data, size))
        return "out of memory";
    return NULL;
}

static const char *on_value_delete(void *ctx, const char *name)
{
    struct load *load = ctx;
    w3_reg_value_remove(load->key, name);
    return NULL;
}

BOOL w3_reg_load_buffer(struct w3_reg_key *root, const void *buffer, size_t size,
                        const char *filename, struct w3_reg_parse_error *error)
{
    static const struct w3_reg_parse_callbacks callbacks = {on_key, on_value, on_value_delete};
    struct load load = {root, NULL};
    return w3_reg_parse(buffer, size, filename, &callbacks, &load, error);
}
