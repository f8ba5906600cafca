#ifndef W3COMPAT_SYNCHAPI_H
#define W3COMPAT_SYNCHAPI_H

#include "windef.h"

#endif
