#ifndef W3COMPAT_LSTR_H
#define W3COMPAT_LSTR_H

#include "windef.h"

#endif
