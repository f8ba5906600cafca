/* The registry's five hives and the names .reg files give them. */
#include <string.h>
#include <strings.h>

#include "reg_tree.h"

const char *const w3_reg_hive_names[W3_REG_HIVE_COUNT] = {
    "HKEY_CLASSES_ROOT", "HKEY_CURRENT_USER",   "HKEY_LOCAL_MACHINE",
    "HKEY_USERS",        "HKEY_CURRENT_CONFIG",
};

static const char *const short_names[W3_REG_HIVE_COUNT] = {"HKCR", "HKCU", "HKLM", "HKU", "HKCC"};

int w3_reg_hive_from_name(const char *name, size_t n)
{
    for (int i = 0; i < W3_REG_HIVE_COUNT; i++)
        if ((strlen(w3_reg_hive_names[i]) == n &&
             strncasecmp(name, w3_reg_hive_names[i], n) == 0) ||
            (strlen(short_names[i]) == n && strncasecmp(name, short_names[i], n) == 0))
            return i;
    return -1;
}

struct w3_reg_key *w3_reg_root_new(void)
{
    struct w3_reg_key *root = w3_reg_key_new("");
    for (int i = 0; root && i < W3_REG_HIVE_COUNT; i++)
        if (!w3_reg_subkey_obtain(root, w3_reg_hive_names[i], NULL)) {
            w3_reg_key_free(root);
            root = NULL;
        }
    return root;
}
