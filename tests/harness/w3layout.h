/* Checks of structure layouts that hold for both pointer sizes: 64-bit (LP64 and LLP64
 * agree, DWORD 4 and pointers 8) and 32-bit. The layout suites run against our headers
 * natively and against MinGW's under Wine, so both agree with the SDK. */
#ifndef W3LAYOUT_H
#define W3LAYOUT_H

#include <stddef.h>

#include "w3test.h"

#define P64(a, b) (sizeof(void *) == 8 ? (a) : (b))
#define OFF(type, field, off64, off32) W3_CHECK_EQ(offsetof(type, field), P64(off64, off32))
#define SIZE(type, size64, size32) W3_CHECK_EQ(sizeof(type), P64(size64, size32))

#endif
