/* Thread-local storage slots. Each thread's values live in an array allocated on its
 * first TlsSetValue and freed when it ends. Every slot has a generation, bumped by
 * TlsAlloc and TlsFree, and a value remembers the generation it was set in: a value
 * left over from a freed slot reads as NULL, as Windows clears it in every thread. */
#include <pthread.h>
#include <stdlib.h>

#include <windows.h>

#define TLS_SLOTS (TLS_MINIMUM_AVAILABLE + 1024)

struct slot_value {
    LPVOID value;
    DWORD generation;
};

static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned char in_use[TLS_SLOTS];
static DWORD generation[TLS_SLOTS];

static pthread_once_t key_once = PTHREAD_ONCE_INIT;
static pthread_key_t values_key;
static _Thread_local struct slot_value *values;

static void free_values(void *p)
{
    free(p);
    values = NULL;
}

static void make_key(void)
{
    pthread_key_create(&values_key, free_values);
}

static void bump_generation(DWORD index)
{
    __atomic_add_fetch(&generation[index], 1, __ATOMIC_RELAXED);
}

DWORD WINAPI TlsAlloc(void)
{
    pthread_mutex_lock(&slots_lock);
    for (DWORD i = 0; i < TLS_SLOTS; i++) {
        if (!in_use[i]) {
            in_use[i] = 1;
            bump_generation(i);
            pthread_mutex_unlock(&slots_lock);
            return i;
        }
    }
    pthread_mutex_unlock(&slots_lock);
    SetLastError(ERROR_NO_MORE_ITEMS);
    return TLS_OUT_OF_INDEXES;
}

BOOL WINAPI TlsFree(DWORD index)
{
    BOOL ok = FALSE;
    pthread_mutex_lock(&slots_lock);
    if (index < TLS_SLOTS && in_use[index]) {
        in_use[index] = 0;
        bump_generation(index);
        ok = TRUE;
    }
    pthread_mutex_unlock(&slots_lock);
    if (!ok)
        SetLastError(ERROR_INVALID_PARAMETER);
    return ok;
}

LPVOID WINAPI TlsGetValue(DWORD index)
{
    if (index >= TLS_SLOTS) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    SetLastError(ERROR_SUCCESS);
    if (!values ||
        values[index].generation != __atomic_load_n(&generation[index], __ATOMIC_RELAXED))
        return NULL;
    return values[index].value;
}

BOOL WINAPI TlsSetValue(DWORD index, LPVOID value)
{
    if (index >= TLS_SLOTS) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!values) {
        pthread_once(&key_once, make_key);
        values = calloc(TLS_SLOTS, sizeof *values);
        if (!values) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return FALSE;
        }
        pthread_setspecific(values_key, values);
    }
    values[index].value = value;
    values[index].generation = __atomic_load_n(&generation[index], __ATOMIC_RELAXED);
    return TRUE;
}
