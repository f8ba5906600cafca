#ifndef W3COMPAT_LIBLOADERAPI_H
#define W3COMPAT_LIBLOADERAPI_H

#include "windef.h"

#endif
