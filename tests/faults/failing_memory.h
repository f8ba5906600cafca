/* A host memory manager under memory pressure from a chosen allocation on: it forwards
 * every call to w3compat's manager and counts the calls that ask for memory
 * (VirtualAlloc, and Alloc/DebugAlloc of the IHostMAlloc heaps it creates); from the one
 * numbered `fail_at` (from 1; 0 = never) every such call fails with E_OUTOFMEMORY, as a
 * host refusing memory would, until failing_memory_heal. (Failing a single call would
 * test little: the pools retry once after giving their cached pages back.) It also
 * counts what is still held, so that a test sees whether everything came back. */
#ifndef W3_FAILING_MEMORY_H
#define W3_FAILING_MEMORY_H

#include <windows.h>

#include "hostmem.h"

typedef struct failing_memory failing_memory;

failing_memory *failing_memory_create(long fail_at);
IHostMemoryManager *failing_memory_manager(failing_memory *mem);
/* Calls that asked for memory so far, the failed one included. */
long failing_memory_calls(const failing_memory *mem);
/* Nonzero once a call has failed. */
int failing_memory_failed(const failing_memory *mem);
/* Ends the pressure: later calls succeed. */
void failing_memory_heal(failing_memory *mem);
/* Heap blocks not yet freed, and bytes still committed through VirtualAlloc. */
long failing_memory_blocks_held(const failing_memory *mem);
SIZE_T failing_memory_bytes_committed(failing_memory *mem);
void failing_memory_destroy(failing_memory *mem);

#endif
