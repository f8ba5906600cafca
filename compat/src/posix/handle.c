#include "handle.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

/* Handle values are multiples of 4 starting at 4, as on Windows, so that NULL and
 * INVALID_HANDLE_VALUE are never valid handles. */
#define HANDLE_STEP 4u

static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static struct w3_object **table;
static size_t table_size;
static size_t first_free_hint;

void w3_object_init(struct w3_object *obj, const struct w3_object_ops *ops)
{
    obj->ops = ops;
    obj->refs = 1;
}

void w3_object_retain(struct w3_object *obj)
{
    __atomic_add_fetch(&obj->refs, 1, __ATOMIC_RELAXED);
}

void w3_object_release(struct w3_object *obj)
{
    if (__atomic_sub_fetch(&obj->refs, 1, __ATOMIC_ACQ_REL) == 0)
        obj->ops->destroy(obj);
}

static int grow_table(void)
{
    size_t size = table_size ? table_size * 2 : 64;
    struct w3_object **bigger = realloc(table, size * sizeof *table);
    if (!bigger)
        return 0;
    for (size_t i = table_size; i < size; i++)
        bigger[i] = NULL;
    table = bigger;
    table_size = size;
    return 1;
}

HANDLE w3_handle_open(struct w3_object *obj)
{
    size_t slot;

    pthread_mutex_lock(&table_lock);
    for (slot = first_free_hint; slot < table_size && table[slot]; slot++)
        ;
    if (slot == table_size && !grow_table()) {
        pthread_mutex_unlock(&table_lock);
        w3_object_release(obj);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    table[slot] = obj;
    first_free_hint = slot + 1;
    pthread_mutex_unlock(&table_lock);
    return (HANDLE)(uintptr_t)((slot + 1) * HANDLE_STEP);
}

static int slot_of(HANDLE h, size_t *slot)
{
    uintptr_t v = (uintptr_t)h;
    if (v == 0 || v % HANDLE_STEP != 0)
        return 0;
    *slot = v / HANDLE_STEP - 1;
    return 1;
}

struct w3_object *w3_handle_lookup(HANDLE h, const struct w3_object_ops *ops)
{
    struct w3_object *obj = NULL;
    size_t slot;

    pthread_mutex_lock(&table_lock);
    if (slot_of(h, &slot) && slot < table_size && table[slot] &&
        (!ops || table[slot]->ops == ops)) {
        obj = table[slot];
        w3_object_retain(obj);
    }
    pthread_mutex_unlock(&table_lock);
    if (!obj)
        SetLastError(ERROR_INVALID_HANDLE);
    return obj;
}

BOOL WINAPI CloseHandle(HANDLE hObject)
{
    struct w3_object *obj = NULL;
    size_t slot;

    /* Closing a pseudo-handle is a no-op that succeeds. */
    if (hObject == PSEUDO_CURRENT_PROCESS || hObject == PSEUDO_CURRENT_THREAD)
        return TRUE;
    pthread_mutex_lock(&table_lock);
    if (slot_of(hObject, &slot) && slot < table_size && table[slot]) {
        obj = table[slot];
        table[slot] = NULL;
        if (slot < first_free_hint)
            first_free_hint = slot;
    }
    pthread_mutex_unlock(&table_lock);
    if (!obj) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    w3_object_release(obj);
    return TRUE;
}
