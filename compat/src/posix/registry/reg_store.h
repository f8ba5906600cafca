/* Where the registry lives and how it is kept in step with its files (internal to
 * libw3compat).
 *
 * The registry is a directory: every "*.reg" file in it is imported, in the byte order
 * of the names, and the changes made through the API are kept in one more file,
 * w3compat-changes.reg, applied last. Imported files are never written. Every call
 * rereads the files that changed since it last looked; a write holds an flock on the
 * directory's lock file while it rereads, changes and saves (temporary file, fsync,
 * rename), so processes do not lose each other's writes. */
#ifndef W3COMPAT_REG_STORE_H
#define W3COMPAT_REG_STORE_H

#include "reg_tree.h"

#define W3_REG_CHANGES_FILE "w3compat-changes.reg"
#define W3_REG_LOCK_FILE ".w3compat-changes.lock"

/* The process-wide lock of the registry and its handle table. */
void w3_reg_lock(void);
void w3_reg_unlock(void);

/* Locks the registry for one call and brings the tree up to date with the files; a
 * writer also takes the file lock. ERROR_SUCCESS, or (unlocked again) ERROR_BADDB when a
 * file is malformed, ERROR_CANTREAD when one cannot be read, ERROR_CANTWRITE when a
 * writer cannot create the directory or its lock. */
LSTATUS w3_reg_store_begin(BOOL write);
/* The tree between begin and end: a root whose subkeys are the five hives. */
struct w3_reg_key *w3_reg_store_root(void);
/* Ends the call. When a writer's call succeeded and changed the tree, the changes are
 * saved first; a failure to save gives ERROR_CANTWRITE and the tree returns to the files'
 * state. Returns the call's status. */
LSTATUS w3_reg_store_end(BOOL write, BOOL changed, LSTATUS status);

#endif
