/* The process-local namespace of named kernel objects. A name stays taken while its
 * object lives; the object leaves the namespace in w3_waitable_fini, when its last
 * reference is gone. Names from the A functions are widened byte by byte, so ASCII
 * names match across A and W. */
#include <pthread.h>
#include <stdlib.h>
#include <wchar.h>

#include "waitable.h"

struct entry {
    struct entry *next;
    struct w3_waitable *object;
};

static pthread_mutex_t names_lock = PTHREAD_MUTEX_INITIALIZER;
static struct entry *names;

/* A reference to an object found in the namespace, unless it is already being
 * destroyed (its destroy hook waits on names_lock to unlist it). */
static int retain_if_alive(struct w3_object *obj)
{
    LONG refs = __atomic_load_n(&obj->refs, __ATOMIC_RELAXED);
    while (refs > 0) {
        if (__atomic_compare_exchange_n(&obj->refs, &refs, refs + 1, 1, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            return 1;
    }
    return 0;
}

static HANDLE open_existing(struct w3_waitable *existing, struct w3_waitable *fresh)
{
    int same_type = existing->obj.ops == fresh->obj.ops;
    w3_waitable_release(fresh);
    if (!same_type) {
        w3_waitable_release(existing);
        SetLastError(ERROR_INVALID_HANDLE);
        return NULL;
    }
    HANDLE h = w3_handle_open(&existing->obj);
    if (h)
        SetLastError(ERROR_ALREADY_EXISTS);
    return h;
}

static HANDLE open_fresh(struct w3_waitable *fresh)
{
    HANDLE h = w3_handle_open(&fresh->obj);
    if (h)
        SetLastError(ERROR_SUCCESS);
    return h;
}

static HANDLE open_named(struct w3_waitable *fresh, WCHAR *name)
{
    struct entry *e;

    pthread_mutex_lock(&names_lock);
    for (e = names; e; e = e->next) {
        if (wcscmp(e->object->name, name) == 0 && retain_if_alive(&e->object->obj)) {
            struct w3_waitable *existing = e->object;
            pthread_mutex_unlock(&names_lock);
            free(name);
            return open_existing(existing, fresh);
        }
    }
    e = malloc(sizeof *e);
    if (!e) {
        pthread_mutex_unlock(&names_lock);
        free(name);
        w3_waitable_release(fresh);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    fresh->name = name;
    e->object = fresh;
    e->next = names;
    names = e;
    pthread_mutex_unlock(&names_lock);
    return open_fresh(fresh);
}

HANDLE w3_waitable_open(struct w3_waitable *fresh, LPCWSTR name)
{
    if (name && *name) {
        WCHAR *copy = wcsdup(name);
        if (!copy) {
            w3_waitable_release(fresh);
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return NULL;
        }
        return open_named(fresh, copy);
    }
    return open_fresh(fresh);
}

HANDLE w3_waitable_open_a(struct w3_waitable *fresh, LPCSTR name)
{
    if (name && *name) {
        size_t len = strlen(name);
        WCHAR *wide = malloc((len + 1) * sizeof *wide);
        if (!wide) {
            w3_waitable_release(fresh);
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return NULL;
        }
        for (size_t i = 0; i <= len; i++)
            wide[i] = (WCHAR)(unsigned char)name[i];
        return open_named(fresh, wide);
    }
    return open_fresh(fresh);
}

struct w3_waitable *w3_waitable_find(LPCWSTR name, const struct w3_object_ops *ops)
{
    struct w3_waitable *found = NULL;

    pthread_mutex_lock(&names_lock);
    for (struct entry *e = names; e; e = e->next) {
        if (wcscmp(e->object->name, name) == 0) {
            if (e->object->obj.ops == ops && retain_if_alive(&e->object->obj))
                found = e->object;
            break;
        }
    }
    pthread_mutex_unlock(&names_lock);
    if (!found)
        SetLastError(ERROR_FILE_NOT_FOUND);
    return found;
}

void w3_waitable_fini(struct w3_waitable *w)
{
    if (!w->name)
        return;
    pthread_mutex_lock(&names_lock);
    for (struct entry **p = &names; *p; p = &(*p)->next) {
        if ((*p)->object == w) {
            struct entry *gone = *p;
            *p = gone->next;
            free(gone);
            break;
        }
    }
    pthread_mutex_unlock(&names_lock);
    free(w->name);
    w->name = NULL;
}

void w3_waitable_destroy(struct w3_object *obj)
{
    w3_waitable_fini((struct w3_waitable *)obj);
    free(obj);
}
