#ifndef W3COMPAT_TCHAR_H
#define W3COMPAT_TCHAR_H

#include "windef.h"

#endif
