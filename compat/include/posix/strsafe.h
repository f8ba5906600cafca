#ifndef W3COMPAT_STRSAFE_H
#define W3COMPAT_STRSAFE_H

#include "windef.h"

#endif
