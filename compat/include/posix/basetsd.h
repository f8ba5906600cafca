/* The SDK's basetsd.h: the sized and pointer-sized integer types (INT32, UINT64,
 * INT_PTR, SIZE_T, DWORD_PTR, ...), which windef.h defines here. */
#ifndef W3COMPAT_BASETSD_H
#define W3COMPAT_BASETSD_H

#include "windef.h"

#endif
