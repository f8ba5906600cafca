#include "engine_memory.h"

#include <stdio.h>
#include <stdlib.h>

#include <hostmem.h>

int engine_memory_setup(int page_heap, unsigned long long limit, IHostMemoryManager **manager)
{
    *manager = NULL;
    if (page_heap && !SetEnvironmentVariableA("W3_PAGE_HEAP", "1")) {
        fprintf(stderr, "w3host: page heap: the environment cannot be changed\n");
        return -1;
    }
    if (limit == 0)
        return 0;
    if ((SIZE_T)limit != limit || FAILED(W3CreateHostMemoryManager((SIZE_T)limit, manager))) {
        fprintf(stderr, "w3host: memory limit %llu: no host memory manager\n", limit);
        return -1;
    }
    return 0;
}

void engine_memory_release(IHostMemoryManager *manager)
{
    if (manager != NULL)
        manager->lpVtbl->Release(manager);
}
