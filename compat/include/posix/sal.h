/* SAL annotations: all expand to nothing (w3sal.h says which old ones C++ lacks). */
#ifndef W3COMPAT_SAL_H
#define W3COMPAT_SAL_H

#include "w3sal.h"

#endif
