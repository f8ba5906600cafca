#ifndef W3COMPAT_TIMEZONEAPI_H
#define W3COMPAT_TIMEZONEAPI_H

#include "windef.h"

#endif
