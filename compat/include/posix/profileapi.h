#ifndef W3COMPAT_PROFILEAPI_H
#define W3COMPAT_PROFILEAPI_H

#include "windef.h"

#endif
