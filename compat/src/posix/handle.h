/* Kernel-object handles (internal to libw3compat).
 *
 * A HANDLE is an index into a process-wide table, not a pointer, so a stale or bogus
 * handle is reported as ERROR_INVALID_HANDLE instead of being dereferenced. Objects are
 * reference counted: a thread waiting on an event keeps it alive while another thread
 * closes the handle. */
#ifndef W3COMPAT_POSIX_HANDLE_H
#define W3COMPAT_POSIX_HANDLE_H

#include <windows.h>

/* What GetCurrentProcess() and GetCurrentThread() return: pseudo-handles that are not
 * entries of the table (the first equals INVALID_HANDLE_VALUE). */
#define PSEUDO_CURRENT_PROCESS ((HANDLE)(LONG_PTR)-1)
#define PSEUDO_CURRENT_THREAD ((HANDLE)(LONG_PTR)-2)

struct w3_object;

struct w3_object_ops {
    /* Frees the object once the last reference is gone. */
    void (*destroy)(struct w3_object *obj);
    /* For waitable objects: WAIT_OBJECT_0, WAIT_TIMEOUT or WAIT_FAILED; NULL otherwise. */
    DWORD (*wait)(struct w3_object *obj, DWORD milliseconds);
};

struct w3_object {
    const struct w3_object_ops *ops;
    LONG refs;
};

/* Sets up obj with one reference, owned by the handle that w3_handle_open returns. */
void w3_object_init(struct w3_object *obj, const struct w3_object_ops *ops);
void w3_object_retain(struct w3_object *obj);
void w3_object_release(struct w3_object *obj);

/* Enters obj in the handle table. On failure (ERROR_NOT_ENOUGH_MEMORY set) the object's
 * reference is released and NULL is returned. */
HANDLE w3_handle_open(struct w3_object *obj);

/* The object behind h with a new reference, or NULL with ERROR_INVALID_HANDLE when h is
 * not an open handle or (if ops is not NULL) not of that type. */
struct w3_object *w3_handle_lookup(HANDLE h, const struct w3_object_ops *ops);

#endif
