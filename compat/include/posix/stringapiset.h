#ifndef W3COMPAT_STRINGAPISET_H
#define W3COMPAT_STRINGAPISET_H

#include "windef.h"

#endif
