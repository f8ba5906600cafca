#ifndef W3COMPAT_WINUSER_H
#define W3COMPAT_WINUSER_H

#include "windef.h"

#endif
