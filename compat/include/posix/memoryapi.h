#ifndef W3COMPAT_MEMORYAPI_H
#define W3COMPAT_MEMORYAPI_H

#include "windef.h"

#endif
