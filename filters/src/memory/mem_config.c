/* Server-wide memory settings: the host memory manager, the debugging switches and the
 * overrun statistic. */
#include <stdio.h>

#include "pool_internal.h"

static BOOL env_switch(const char *name)
{
    char value[8];
    DWORD n = GetEnvironmentVariableA(name, value, sizeof value);
    return n == 1 && value[0] == '1';
}

static void report_to_stderr(void *context, const char *message)
{
    (void)context;
    fprintf(stderr, "%s\n", message);
    fflush(stderr);
}

HRESULT w3_mem_config_init(struct w3_mem_config *cfg, IHostMemoryManager *manager)
{
    HRESULT hr;
    SYSTEM_INFO si;

    memset(cfg, 0, sizeof *cfg);
    if (manager) {
        manager->lpVtbl->AddRef(manager);
    } else {
        hr = W3CreateHostMemoryManager(0, &manager);
        if (FAILED(hr))
            return hr;
    }
    cfg->cache = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof *cfg->cache);
    if (!cfg->cache) {
        manager->lpVtbl->Release(manager);
        return E_OUTOFMEMORY;
    }
    InitializeCriticalSection(&cfg->cache->lock);
    GetSystemInfo(&si);
    cfg->manager = manager;
    cfg->page_size = si.dwPageSize;
    cfg->page_heap = env_switch("W3_PAGE_HEAP");
    cfg->overrun_fatal = env_switch("W3_HEAP_OVERRUN_FATAL");
    cfg->report = report_to_stderr;
    return S_OK;
}

void w3_mem_config_release(struct w3_mem_config *cfg)
{
    if (!cfg->manager)
        return;
    w3e_chunk_cache_free(cfg);
    DeleteCriticalSection(&cfg->cache->lock);
    HeapFree(GetProcessHeap(), 0, cfg->cache);
    cfg->cache = NULL;
    cfg->manager->lpVtbl->Release(cfg->manager);
    cfg->manager = NULL;
}

void w3_mem_config_set_report(struct w3_mem_config *cfg, w3_mem_report_fn fn, void *context)
{
    cfg->report = fn ? fn : report_to_stderr;
    cfg->report_context = fn ? context : NULL;
}

LONG w3_mem_overruns(const struct w3_mem_config *cfg)
{
    return cfg->overruns;
}
