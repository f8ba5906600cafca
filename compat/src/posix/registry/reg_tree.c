/* The in-memory key tree: sorted subkeys, values in insertion order. */
#include <locale.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wctype.h>

#include "reg_tree.h"
#include "../utf8.h"

/* Seconds between 1601-01-01 (FILETIME's epoch) and 1970-01-01. */
#define EPOCH_DIFFERENCE 11644473600ULL

static locale_t unicode_locale;
static pthread_once_t unicode_locale_once = PTHREAD_ONCE_INIT;

/* Names compare by Unicode case whatever the process's locale, as on Windows. */
static void open_unicode_locale(void)
{
    unicode_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (!unicode_locale)
        unicode_locale = newlocale(LC_CTYPE_MASK, "C", (locale_t)0);
}

static uint32_t upper_code_point(const unsigned char **s, const unsigned char *end)
{
    uint32_t cp;
    size_t used = w3_utf8_decode(*s, (size_t)(end - *s), &cp);
    if (cp == W3_UTF8_INVALID)
        cp = 0xDC00u | **s; /* a stray byte still orders consistently */
    *s += used;
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') ? cp - ('a' - 'A') : cp;
    return (uint32_t)towupper_l((wint_t)cp, unicode_locale);
}

int w3_reg_name_compare(const char *a, const char *b)
{
    pthread_once(&unicode_locale_once, open_unicode_locale);
    const unsigned char *pa = (const unsigned char *)a, *pb = (const unsigned char *)b;
    const unsigned char *ea = pa + strlen(a), *eb = pb + strlen(b);
    while (pa < ea && pb < eb) {
        uint32_t ca = upper_code_point(&pa, ea), cb = upper_code_point(&pb, eb);
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return (pa < ea) - (pb < eb);
}

FILETIME w3_reg_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ULONGLONG t =
        ((ULONGLONG)ts.tv_sec + EPOCH_DIFFERENCE) * 10000000ULL + (ULONGLONG)ts.tv_nsec / 100;
    FILETIME ft = {(DWORD)t, (DWORD)(t >> 32)};
    return ft;
}

struct w3_reg_key *w3_reg_key_new(const char *name)
{
    struct w3_reg_key *key = calloc(1, sizeof *key);
    if (!key)
        return NULL;
    key->name = strdup(name);
    if (!key->name) {
        free(key);
        return NULL;
    }
    key->last_write = w3_reg_now();
    return key;
}

void w3_reg_values_clear(struct w3_reg_key *key)
{
    for (size_t i = 0; i < key->value_count; i++) {
        free(key->values[i].name);
        free(key->values[i].data);
    }
    key->value_count = 0;
}

void w3_reg_key_free(struct w3_reg_key *key)
{
    if (!key)
        return;
    for (size_t i = 0; i < key->subkey_count; i++)
        w3_reg_key_free(key->subkeys[i]);
    w3_reg_values_clear(key);
    free(key->values);
    free(key->subkeys);
    free(key->name);
    free(key);
}

struct w3_reg_key *w3_reg_key_clone(const struct w3_reg_key *key)
{
    struct w3_reg_key *copy = w3_reg_key_new(key->name);
    if (!copy)
        return NULL;
    copy->last_write = key->last_write;
    for (size_t i = 0; i < key->value_count; i++) {
        const struct w3_reg_value *v = &key->values[i];
        if (!w3_reg_value_set(copy, v->name, v->type, v->data, v->size))
            goto fail;
    }
    if (key->subkey_count) {
        copy->subkeys = malloc(key->subkey_count * sizeof *copy->subkeys);
        if (!copy->subkeys)
            goto fail;
        copy->subkey_capacity = key->subkey_count;
        for (size_t i = 0; i < key->subkey_count; i++) {
            copy->subkeys[i] = w3_reg_key_clone(key->subkeys[i]);
            if (!copy->subkeys[i])
                goto fail;
            copy->subkey_count++;
        }
    }
    return copy;
fail:
    w3_reg_key_free(copy);
    return NULL;
}

/* The index of name among key's subkeys, or where it would be inserted (*found = 0). */
static size_t subkey_position(const struct w3_reg_key *key, const char *name, int *found)
{
    size_t lo = 0, hi = key->subkey_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = w3_reg_name_compare(key->subkeys[mid]->name, name);
        if (c == 0) {
            *found = 1;
            return mid;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = 0;
    return lo;
}

struct w3_reg_key *w3_reg_subkey_find(const struct w3_reg_key *key, const char *name)
{
    int found;
    size_t i = subkey_position(key, name, &found);
    return found ? key->subkeys[i] : NULL;
}

struct w3_reg_key *w3_reg_subkey_obtain(struct w3_reg_key *key, const char *name, int *created)
{
    int found;
    size_t i = subkey_position(key, name, &found);
    if (created)
        *created = !found;
    if (found)
        return key->subkeys[i];
    if (key->subkey_count == key->subkey_capacity) {
        size_t capacity = key->subkey_capacity ? key->subkey_capacity * 2 : 4;
        struct w3_reg_key **grown = realloc(key->subkeys, capacity * sizeof *grown);
        if (!grown)
            return NULL;
        key->subkeys = grown;
        key->subkey_capacity = capacity;
    }
    struct w3_reg_key *child = w3_reg_key_new(name);
    if (!child)
        return NULL;
    memmove(key->subkeys + i + 1, key->subkeys + i, (key->subkey_count - i) * sizeof *key->subkeys);
    key->subkeys[i] = child;
    key->subkey_count++;
    key->last_write = child->last_write;
    return child;
}

BOOL w3_reg_subkey_remove(struct w3_reg_key *key, const char *name)
{
    int found;
    size_t i = subkey_position(key, name, &found);
    if (!found)
        return FALSE;
    w3_reg_key_free(key->subkeys[i]);
    memmove(key->subkeys + i, key->subkeys + i + 1,
            (key->subkey_count - i - 1) * sizeof *key->subkeys);
    key->subkey_count--;
    key->last_write = w3_reg_now();
    return TRUE;
}

struct w3_reg_value *w3_reg_value_find(const struct w3_reg_key *key, const char *name)
{
    size_t lo = 0, hi = key->value_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = w3_reg_name_compare(key->values[mid].name, name);
        if (c == 0)
            return &key->values[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

BOOL w3_reg_value_set(struct w3_reg_key *key, const char *name, DWORD type, const void *data,
                      DWORD size)
{
    BYTE *copy = malloc(size ? size : 1);
    if (!copy)
        return FALSE;
    if (size)
        memcpy(copy, data, size);
    struct w3_reg_value *v = w3_reg_value_find(key, name);
    if (!v) {
        if (key->value_count == key->value_capacity) {
            size_t capacity = key->value_capacity ? key->value_capacity * 2 : 4;
            struct w3_reg_value *grown = realloc(key->values, capacity * sizeof *grown);
            if (!grown) {
                free(copy);
                return FALSE;
            }
            key->values = grown;
            key->value_capacity = capacity;
        }
        char *name_copy = strdup(name);
        if (!name_copy) {
            free(copy);
            return FALSE;
        }
        size_t i = 0;
        while (i < key->value_count && w3_reg_name_compare(key->values[i].name, name) < 0)
            i++;
        memmove(key->values + i + 1, key->values + i, (key->value_count - i) * sizeof *v);
        key->value_count++;
        v = &key->values[i];
        v->name = name_copy;
        v->data = NULL;
    }
    free(v->data);
    v->type = type;
    v->data = copy;
    v->size = size;
    key->last_write = w3_reg_now();
    return TRUE;
}

BOOL w3_reg_value_remove(struct w3_reg_key *key, const char *name)
{
    struct w3_reg_value *v = w3_reg_value_find(key, name);
    if (!v)
        return FALSE;
    size_t i = (size_t)(v - key->values);
    free(v->name);
    free(v->data);
    memmove(key->values + i, key->values + i + 1, (key->value_count - i - 1) * sizeof *v);
    key->value_count--;
    key->last_write = w3_reg_now();
    return TRUE;
}

struct w3_reg_key *w3_reg_key_walk(struct w3_reg_key *key, const char *path)
{
    char name[1024];
    while (key && *path) {
        const char *sep = strchr(path, '\\');
        size_t n = sep ? (size_t)(sep - path) : strlen(path);
        if (n >= sizeof name)
            return NULL;
        memcpy(name, path, n);
        name[n] = '\0';
        key = w3_reg_subkey_find(key, name);
        path += n + (sep != NULL);
    }
    return key;
}
