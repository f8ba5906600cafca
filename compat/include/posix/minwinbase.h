/* The memory macros of winnt.h and minwinbase.h: Rtl*Memory and their short names.
 * They expand to the C library's memset/memcpy/memmove, as in the Windows SDK; note
 * FillMemory's argument order (destination, length, fill byte). SecureZeroMemory
 * writes through a volatile pointer so that the compiler cannot drop the clearing of a
 * buffer that is never read again. */
#ifndef W3COMPAT_MINWINBASE_H
#define W3COMPAT_MINWINBASE_H

#include <string.h>

#include "windef.h"

#define RtlEqualMemory(Destination, Source, Length) (!memcmp((Destination), (Source), (Length)))
#define RtlMoveMemory(Destination, Source, Length) memmove((Destination), (Source), (Length))
#define RtlCopyMemory(Destination, Source, Length) memcpy((Destination), (Source), (Length))
#define RtlFillMemory(Destination, Length, Fill) memset((Destination), (Fill), (Length))
#define RtlZeroMemory(Destination, Length) memset((Destination), 0, (Length))

static __inline PVOID RtlSecureZeroMemory(PVOID ptr, SIZE_T cnt)
{
    volatile char *p = (volatile char *)ptr;
    while (cnt--)
        *p++ = 0;
    return ptr;
}

#define EqualMemory RtlEqualMemory
#define MoveMemory RtlMoveMemory
#define CopyMemory RtlCopyMemory
#define FillMemory RtlFillMemory
#define ZeroMemory RtlZeroMemory
#define SecureZeroMemory RtlSecureZeroMemory

#endif
