/* The Microsoft CRT's process.h: starting and ending threads the CRT way, and the
 * process id. */
#ifndef W3COMPAT_PROCESS_H
#define W3COMPAT_PROCESS_H

#include "w3crt.h"

W3CRT_BEGIN_C

/* The new thread's HANDLE as an integer (0 on failure, errno set); close it with
 * CloseHandle. */
W3COMPAT_EXPORT uintptr_t __cdecl _beginthreadex(void *security, unsigned stack_size,
                                                 unsigned(__stdcall *start)(void *), void *arg,
                                                 unsigned flags, unsigned *thread_id);
W3COMPAT_EXPORT void __cdecl _endthreadex(unsigned code);
/* (uintptr_t)-1 on failure; the handle closes itself when the thread ends. */
W3COMPAT_EXPORT uintptr_t __cdecl _beginthread(void(__cdecl *start)(void *), unsigned stack_size,
                                               void *arg);
W3COMPAT_EXPORT void __cdecl _endthread(void);
W3COMPAT_EXPORT int __cdecl _getpid(void);

W3CRT_END_C

#endif
