/* Registry key handles (internal to libw3compat).
 *
 * An HKEY names a key by its hive and path, with the access it was opened for; it is an
 * index into a table kept under the registry lock, so a bogus or closed handle is
 * ERROR_INVALID_HANDLE rather than a crash. The key is looked up again at each call,
 * which keeps handles valid when another process's write reloads the tree; a key
 * deleted meanwhile gives ERROR_KEY_DELETED. */
#ifndef W3COMPAT_REG_HANDLES_H
#define W3COMPAT_REG_HANDLES_H

#include "reg_tree.h"

struct w3_reg_target {
    struct w3_reg_key *key;
    int hive;
    const char *path; /* below the hive, names separated by '\'; "" for the hive */
    REGSAM access;
};

/* What a requested REGSAM grants: generic rights mapped, MAXIMUM_ALLOWED as all access,
 * the WOW64 view flags dropped. */
REGSAM w3_reg_granted_access(REGSAM desired);

/* With the registry lock held: a new handle to hive/path (ERROR_NOT_ENOUGH_MEMORY). */
LSTATUS w3_reg_handle_new(int hive, const char *path, REGSAM access, HKEY *result);
/* With the registry lock held: closes an opened handle; predefined keys are left open. */
LSTATUS w3_reg_handle_close(HKEY hkey);
/* With the registry lock held: a number that names this opening of hkey (0 for the
 * predefined keys), or 0 with FALSE when hkey is not open. A closed handle whose value
 * is reused gets a new number. */
BOOL w3_reg_handle_serial(HKEY hkey, unsigned long long *serial);
/* With the tree loaded (w3_reg_store_begin): the key hkey names, when the handle grants
 * every right in needed. ERROR_INVALID_HANDLE, ERROR_ACCESS_DENIED or
 * ERROR_KEY_DELETED otherwise. */
LSTATUS w3_reg_handle_target(HKEY hkey, REGSAM needed, struct w3_reg_target *target);

#endif
