#ifndef W3COMPAT_WINBASE_H
#define W3COMPAT_WINBASE_H

#include "windef.h"

#endif
