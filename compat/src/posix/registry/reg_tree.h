/* The registry in memory: a tree of keys, each with its values (internal to libw3compat).
 *
 * Names are UTF-8 and compared without regard to case, as Windows compares them. Value
 * data is kept as Windows keeps it: string types (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ)
 * as UTF-16LE bytes, everything else as the bytes given. */
#ifndef W3COMPAT_REG_TREE_H
#define W3COMPAT_REG_TREE_H

#include <windows.h>
#include <winreg.h>

struct w3_reg_value {
    char *name; /* "" is the key's default value */
    DWORD type;
    BYTE *data;
    DWORD size;
};

struct w3_reg_key {
    char *name;
    struct w3_reg_key **subkeys; /* sorted by w3_reg_name_compare */
    size_t subkey_count, subkey_capacity;
    struct w3_reg_value *values; /* sorted by name, the order Wine enumerates them in */
    size_t value_count, value_capacity;
    FILETIME last_write;
};

/* Orders names as the registry does: by their upper-case forms. */
int w3_reg_name_compare(const char *a, const char *b);

/* A new key with no values or subkeys, or NULL when memory runs out. */
struct w3_reg_key *w3_reg_key_new(const char *name);
void w3_reg_key_free(struct w3_reg_key *key);
/* A deep copy, or NULL when memory runs out. */
struct w3_reg_key *w3_reg_key_clone(const struct w3_reg_key *key);

struct w3_reg_key *w3_reg_subkey_find(const struct w3_reg_key *key, const char *name);
/* The subkey called name, created when missing (*created tells which); NULL when memory
 * runs out. */
struct w3_reg_key *w3_reg_subkey_obtain(struct w3_reg_key *key, const char *name, int *created);
/* Removes and frees the subkey called name with everything below it; FALSE if absent. */
BOOL w3_reg_subkey_remove(struct w3_reg_key *key, const char *name);

struct w3_reg_value *w3_reg_value_find(const struct w3_reg_key *key, const char *name);
/* Sets (adds or replaces) a value with a copy of data; FALSE when memory runs out. */
BOOL w3_reg_value_set(struct w3_reg_key *key, const char *name, DWORD type, const void *data,
                      DWORD size);
/* Removes a value; FALSE if absent. */
BOOL w3_reg_value_remove(struct w3_reg_key *key, const char *name);
void w3_reg_values_clear(struct w3_reg_key *key);

/* Walks a path of names separated by backslashes from key; NULL if any is missing. */
struct w3_reg_key *w3_reg_key_walk(struct w3_reg_key *key, const char *path);

/* The hives, the subkeys of the tree's root, by their names in .reg files. */
#define W3_REG_HIVE_COUNT 5
extern const char *const w3_reg_hive_names[W3_REG_HIVE_COUNT];
/* The hive called name (n bytes: the full name or HKLM, HKCU, HKCR, HKU, HKCC), or -1. */
int w3_reg_hive_from_name(const char *name, size_t n);
/* A root with the five hives and nothing else, or NULL when memory runs out. */
struct w3_reg_key *w3_reg_root_new(void);

/* The current time as a FILETIME, for last-write times. */
FILETIME w3_reg_now(void);

#endif
