/* The table of open registry keys. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reg_handles.h"
#include "reg_store.h"

struct open_key {
    int hive;
    char *path;
    REGSAM access;
    unsigned long long serial;
};

static struct open_key **slots;
static size_t slot_count;
static unsigned long long last_serial;

#define PREDEFINED_FIRST 0x80000000u

/* The hive of a predefined HKEY_* value, or -1. */
static int predefined_hive(HKEY hkey)
{
    static const int hives[] = {0, 1, 2, 3, -1, 4}; /* HKCR HKCU HKLM HKU (PERF) HKCC */
    ULONG_PTR v = (ULONG_PTR)hkey;
    for (size_t i = 0; i < sizeof hives / sizeof hives[0]; i++)
        if (v == (ULONG_PTR)(LONG_PTR)(LONG)(PREDEFINED_FIRST + i))
            return hives[i];
    return -1;
}

static struct open_key *lookup(HKEY hkey)
{
    ULONG_PTR v = (ULONG_PTR)hkey;
    if (v == 0 || v % 4 || v / 4 > slot_count)
        return NULL;
    return slots[v / 4 - 1];
}

REGSAM w3_reg_granted_access(REGSAM desired)
{
    REGSAM granted = desired & ~(KEY_WOW64_RES | GENERIC_READ | GENERIC_WRITE | GENERIC_EXECUTE |
                                 GENERIC_ALL | MAXIMUM_ALLOWED);
    if (desired & (GENERIC_ALL | MAXIMUM_ALLOWED))
        granted |= KEY_ALL_ACCESS;
    if (desired & GENERIC_READ)
        granted |= KEY_READ;
    if (desired & GENERIC_WRITE)
        granted |= KEY_WRITE;
    if (desired & GENERIC_EXECUTE)
        granted |= KEY_EXECUTE;
    return granted;
}

LSTATUS w3_reg_handle_new(int hive, const char *path, REGSAM access, HKEY *result)
{
    struct open_key *key = malloc(sizeof *key);
    char *copy = strdup(path);
    if (!key || !copy) {
        free(key);
        free(copy);
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    key->hive = hive;
    key->path = copy;
    key->access = access;
    key->serial = ++last_serial;
    size_t i = 0;
    while (i < slot_count && slots[i])
        i++;
    if (i == slot_count) {
        struct open_key **grown = realloc(slots, (slot_count + 16) * sizeof *grown);
        if (!grown) {
            free(key->path);
            free(key);
            return ERROR_NOT_ENOUGH_MEMORY;
        }
        memset(grown + slot_count, 0, 16 * sizeof *grown);
        slots = grown;
        slot_count += 16;
    }
    slots[i] = key;
    *result = (HKEY)(ULONG_PTR)((i + 1) * 4);
    return ERROR_SUCCESS;
}

LSTATUS w3_reg_handle_close(HKEY hkey)
{
    if (predefined_hive(hkey) >= 0)
        return ERROR_SUCCESS;
    struct open_key *key = lookup(hkey);
    if (!key)
        return ERROR_INVALID_HANDLE;
    slots[(ULONG_PTR)hkey / 4 - 1] = NULL;
    free(key->path);
    free(key);
    return ERROR_SUCCESS;
}

BOOL w3_reg_handle_serial(HKEY hkey, unsigned long long *serial)
{
    struct open_key *key = predefined_hive(hkey) >= 0 ? NULL : lookup(hkey);
    *serial = key ? key->serial : 0;
    return key || predefined_hive(hkey) >= 0;
}

LSTATUS w3_reg_handle_target(HKEY hkey, REGSAM needed, struct w3_reg_target *target)
{
    struct w3_reg_key *root = w3_reg_store_root();
    int hive = predefined_hive(hkey);
    if (hive >= 0) {
        target->hive = hive;
        target->path = "";
        target->access = KEY_ALL_ACCESS;
        target->key = w3_reg_subkey_find(root, w3_reg_hive_names[hive]);
        return ERROR_SUCCESS;
    }
    struct open_key *key = lookup(hkey);
    if (!key)
        return ERROR_INVALID_HANDLE;
    if (needed & ~key->access)
        return ERROR_ACCESS_DENIED;
    target->hive = key->hive;
    target->path = key->path;
    target->access = key->access;
    target->key =
        w3_reg_key_walk(w3_reg_subkey_find(root, w3_reg_hive_names[key->hive]), key->path);
    return target->key ? ERROR_SUCCESS : ERROR_KEY_DELETED;
}
