#ifndef W3COMPAT_HEAPAPI_H
#define W3COMPAT_HEAPAPI_H

#include "windef.h"

#endif
