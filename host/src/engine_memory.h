/* The engine's memory settings from w3host's options: a host memory manager with the
 * configured limit, and page-heap mode (the engine reads W3_PAGE_HEAP). Kept apart from
 * the libuv code because it includes the Win32 headers. */
#ifndef W3HOST_ENGINE_MEMORY_H
#define W3HOST_ENGINE_MEMORY_H

struct IHostMemoryManager;

/* Sets page-heap mode and, for a nonzero limit, creates a manager into *manager (NULL
 * otherwise). Returns 0 on success; on failure writes the cause to stderr. */
int engine_memory_setup(int page_heap, unsigned long long limit,
                        struct IHostMemoryManager **manager);

/* Drops the reference engine_memory_setup gave (the server holds its own). */
void engine_memory_release(struct IHostMemoryManager *manager);

#endif
