/* Shared between the COM runtime files. */
#ifndef W3COMPAT_COM_INTERNAL_H
#define W3COMPAT_COM_INTERNAL_H

#include <windows.h>
#include <objbase.h>

/* Whether COM may be used on this thread: it called CoInitialize(Ex), or another
 * thread keeps the multithreaded apartment alive (the implicit MTA of Windows). */
int w3com_thread_can_use_com(void);

#endif
