#ifndef W3COMPAT_FILEAPI_H
#define W3COMPAT_FILEAPI_H

#include "windef.h"

#endif
