#ifndef W3COMPAT_CRTSECURE_H
#define W3COMPAT_CRTSECURE_H

#include "windef.h"

#endif
