#ifndef W3COMPAT_DEBUGAPI_H
#define W3COMPAT_DEBUGAPI_H

#include "windef.h"

#endif
