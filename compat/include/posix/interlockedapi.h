#ifndef W3COMPAT_INTERLOCKEDAPI_H
#define W3COMPAT_INTERLOCKEDAPI_H

#include "windef.h"

#endif
