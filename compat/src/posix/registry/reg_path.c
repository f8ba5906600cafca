/* Splitting and joining subkey paths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reg_path.h"

LSTATUS w3_reg_path_check(const char *subkey)
{
    return (subkey && *subkey == '\\') ? ERROR_BAD_PATHNAME : ERROR_SUCCESS;
}

int w3_reg_path_next(const char **subkey, char *name)
{
    const char *s = *subkey;
    if (!s)
        return 0;
    while (*s == '\\')
        s++;
    if (!*s)
        return 0;
    const char *sep = strchr(s, '\\');
    size_t n = sep ? (size_t)(sep - s) : strlen(s);
    if (n >= W3_REG_NAME_MAX)
        return -1;
    memcpy(name, s, n);
    name[n] = '\0';
    *subkey = sep ? sep : s + strlen(s);
    return 1;
}

char *w3_reg_path_join(const char *parent, const char *names)
{
    size_t n = strlen(parent) + 1 + strlen(names) + 1;
    char *path = malloc(n);
    if (path)
        snprintf(path, n, "%s%s%s", parent, (*parent && *names) ? "\\" : "", names);
    return path;
}

LSTATUS w3_reg_path_walk(struct w3_reg_key *key, const char *subkey, BOOL create,
                         struct w3_reg_key **found, char **canonical, BOOL *created)
{
    LSTATUS status = w3_reg_path_check(subkey);
    if (status != ERROR_SUCCESS)
        return status;
    char name[W3_REG_NAME_MAX];
    char *path = strdup("");
    int more;
    BOOL made = FALSE;
    while (path && (more = w3_reg_path_next(&subkey, name)) != 0) {
        if (more < 0) {
            free(path);
            return ERROR_INVALID_PARAMETER;
        }
        if (create && strpbrk(name, "\r\n")) {
            free(path); /* a .reg section is one line: such a key could not be saved */
            return ERROR_INVALID_PARAMETER;
        }
        int new_key = 0;
        key = create ? w3_reg_subkey_obtain(key, name, &new_key) : w3_reg_subkey_find(key, name);
        if (!key) {
            free(path);
            return create ? ERROR_NOT_ENOUGH_MEMORY : ERROR_FILE_NOT_FOUND;
        }
        made = new_key != 0;
        char *longer = w3_reg_path_join(path, key->name);
        free(path);
        path = longer;
    }
    if (!path)
        return ERROR_NOT_ENOUGH_MEMORY;
    *found = key;
    if (created)
        *created = made;
    if (canonical)
        *canonical = path;
    else
        free(path);
    return ERROR_SUCCESS;
}
