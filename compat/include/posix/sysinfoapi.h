#ifndef W3COMPAT_SYSINFOAPI_H
#define W3COMPAT_SYSINFOAPI_H

#include "windef.h"

#endif
