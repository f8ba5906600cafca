/* The process's table of class objects (CoRegisterClassObject) and object creation
 * through it (CoGetClassObject, CoCreateInstance). */
#include <pthread.h>
#include <stdlib.h>

#include "com_internal.h"

struct registration {
    CLSID clsid;
    IUnknown *object;
    DWORD cookie;
};

static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static struct registration *table;
static size_t table_count, table_capacity;
static DWORD last_cookie;

HRESULT WINAPI CoRegisterClassObject(REFCLSID rclsid, LPUNKNOWN pUnk, DWORD dwClsContext,
                                     DWORD flags, LPDWORD lpdwRegister)
{
    (void)dwClsContext;
    (void)flags;
    if (!rclsid || !pUnk || !lpdwRegister)
        return E_INVALIDARG;
    if (!w3com_thread_can_use_com())
        return CO_E_NOTINITIALIZED;
    pthread_mutex_lock(&table_lock);
    if (table_count == table_capacity) {
        size_t grown = table_capacity ? table_capacity * 2 : 8;
        struct registration *larger = realloc(table, grown * sizeof *table);
        if (!larger) {
            pthread_mutex_unlock(&table_lock);
            return E_OUTOFMEMORY;
        }
        table = larger;
        table_capacity = grown;
    }
    pUnk->lpVtbl->AddRef(pUnk);
    struct registration *entry = &table[table_count++];
    entry->clsid = *rclsid;
    entry->object = pUnk;
    entry->cookie = ++last_cookie;
    *lpdwRegister = entry->cookie;
    pthread_mutex_unlock(&table_lock);
    return S_OK;
}

HRESULT WINAPI CoRevokeClassObject(DWORD dwRegister)
{
    IUnknown *object = NULL;
    pthread_mutex_lock(&table_lock);
    for (size_t i = 0; i < table_count; i++) {
        if (table[i].cookie == dwRegister) {
            object = table[i].object;
            table[i] = table[--table_count];
            break;
        }
    }
    pthread_mutex_unlock(&table_lock);
    if (!object)
        return E_INVALIDARG; /* an unknown cookie, as ole32 answers */
    object->lpVtbl->Release(object);
    return S_OK;
}

/* The newest registration of clsid, with a reference for the caller. */
static IUnknown *find_class_object(REFCLSID clsid)
{
    IUnknown *found = NULL;
    pthread_mutex_lock(&table_lock);
    for (size_t i = table_count; i-- > 0;) {
        if (IsEqualCLSID(&table[i].clsid, clsid)) {
            found = table[i].object;
            found->lpVtbl->AddRef(found);
            break;
        }
    }
    pthread_mutex_unlock(&table_lock);
    return found;
}

HRESULT WINAPI CoGetClassObject(REFCLSID rclsid, DWORD dwClsContext, LPVOID pvReserved, REFIID riid,
                                LPVOID *ppv)
{
    (void)dwClsContext;
    (void)pvReserved;
    if (!ppv || !rclsid || !riid)
        return E_INVALIDARG;
    *ppv = NULL;
    if (!w3com_thread_can_use_com())
        return CO_E_NOTINITIALIZED;
    IUnknown *object = find_class_object(rclsid);
    if (!object)
        return REGDB_E_CLASSNOTREG;
    HRESULT hr = object->lpVtbl->QueryInterface(object, riid, ppv);
    object->lpVtbl->Release(object);
    return hr;
}

HRESULT WINAPI CoCreateInstance(REFCLSID rclsid, LPUNKNOWN pUnkOuter, DWORD dwClsContext,
                                REFIID riid, LPVOID *ppv)
{
    if (!ppv)
        return E_POINTER;
    *ppv = NULL;
    if (!rclsid || !riid)
        return E_INVALIDARG;
    IClassFactory *factory = NULL;
    HRESULT hr =
        CoGetClassObject(rclsid, dwClsContext, NULL, &IID_IClassFactory, (void **)&factory);
    if (FAILED(hr))
        return hr;
    hr = factory->lpVtbl->CreateInstance(factory, pUnkOuter, riid, ppv);
    factory->lpVtbl->Release(factory);
    if (FAILED(hr))
        *ppv = NULL;
    return hr;
}
