/* The calling thread's id (the kernel's tid), cached per thread. Internal. */
#ifndef W3COMPAT_POSIX_THREAD_ID_H
#define W3COMPAT_POSIX_THREAD_ID_H

#include <windows.h>

DWORD w3_thread_id(void);

#endif
