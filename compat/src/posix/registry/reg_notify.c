/* RegNotifyChangeKeyValue. There is no change feed from other processes, so a watch
 * polls: every POLL_MS it fingerprints what the filter covers (values for
 * REG_NOTIFY_CHANGE_LAST_SET, subkey names for REG_NOTIFY_CHANGE_NAME, the subtree when
 * asked) and signals the event when the fingerprint changes, the key goes away or its
 * handle is closed. Each call arms one notification, as on Windows. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "reg_handles.h"
#include "reg_store.h"
#include "../handle.h"

#define POLL_MS 100
#define GONE 1ULL /* the fingerprint of a key that is not there */

struct watch {
    HKEY hkey;
    unsigned long long serial;
    BOOL subtree;
    DWORD filter;
    unsigned long long fingerprint;
    HANDLE event; /* our own handle to the caller's event; NULL when synchronous */
};

static unsigned long long mix(unsigned long long h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ULL;
    return h;
}

static unsigned long long fingerprint_key(unsigned long long h, const struct w3_reg_key *key,
                                          DWORD filter, BOOL subtree)
{
    if (filter & REG_NOTIFY_CHANGE_LAST_SET)
        for (size_t i = 0; i < key->value_count; i++) {
            const struct w3_reg_value *v = &key->values[i];
            h = mix(h, v->name, strlen(v->name) + 1);
            h = mix(h, &v->type, sizeof v->type);
            h = mix(h, &v->size, sizeof v->size);
            h = mix(h, v->data, v->size);
        }
    for (size_t i = 0; i < key->subkey_count; i++) {
        if (filter & REG_NOTIFY_CHANGE_NAME)
            h = mix(h, key->subkeys[i]->name, strlen(key->subkeys[i]->name) + 1);
        if (subtree)
            h = fingerprint_key(h, key->subkeys[i], filter, TRUE);
    }
    return h;
}

/* The watched key's fingerprint now; GONE when it or its handle is gone. */
static unsigned long long fingerprint(const struct watch *w)
{
    if (w3_reg_store_begin(FALSE) != ERROR_SUCCESS)
        return w->fingerprint; /* an unreadable registry changes nothing we can see */
    unsigned long long serial, h = GONE;
    struct w3_reg_target target;
    if (w3_reg_handle_serial(w->hkey, &serial) && serial == w->serial &&
        w3_reg_handle_target(w->hkey, 0, &target) == ERROR_SUCCESS)
        h = fingerprint_key(14695981039346656037ULL, target.key, w->filter, w->subtree) | 2;
    w3_reg_store_end(FALSE, FALSE, ERROR_SUCCESS);
    return h;
}

static void wait_for_change(struct watch *w)
{
    while (w->fingerprint != GONE && fingerprint(w) == w->fingerprint)
        Sleep(POLL_MS);
}

static void *watcher(void *arg)
{
    struct watch *w = arg;
    wait_for_change(w);
    SetEvent(w->event);
    CloseHandle(w->event);
    free(w);
    return NULL;
}

/* A handle of our own to the event, so the caller may close theirs meanwhile. */
static HANDLE duplicate(HANDLE event)
{
    struct w3_object *obj = w3_handle_lookup(event, NULL);
    return obj ? w3_handle_open(obj) : NULL;
}

LSTATUS WINAPI RegNotifyChangeKeyValue(HKEY hKey, BOOL bWatchSubtree, DWORD dwNotifyFilter,
                                       HANDLE hEvent, BOOL fAsynchronous)
{
    struct watch *w = calloc(1, sizeof *w);
    if (!w)
        return ERROR_NOT_ENOUGH_MEMORY;
    w->hkey = hKey;
    w->subtree = bWatchSubtree;
    w->filter = dwNotifyFilter;
    LSTATUS status = w3_reg_store_begin(FALSE);
    if (status != ERROR_SUCCESS) {
        free(w);
        return status;
    }
    struct w3_reg_target target;
    status = w3_reg_handle_target(hKey, KEY_NOTIFY, &target);
    if (status == ERROR_SUCCESS)
        w3_reg_handle_serial(hKey, &w->serial);
    status = w3_reg_store_end(FALSE, FALSE, status);
    if (status == ERROR_SUCCESS && fAsynchronous && !(w->event = duplicate(hEvent)))
        status = ERROR_INVALID_HANDLE;
    if (status != ERROR_SUCCESS) {
        free(w);
        return status;
    }
    w->fingerprint = fingerprint(w);
    if (!fAsynchronous) {
        wait_for_change(w);
        free(w);
        return ERROR_SUCCESS;
    }
    pthread_t thread;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&thread, &attr, watcher, w) != 0) {
        CloseHandle(w->event);
        free(w);
        status = ERROR_NOT_ENOUGH_MEMORY;
    }
    pthread_attr_destroy(&attr);
    return status;
}
