/* The SDK's older name for the annotation header. */
#ifndef W3COMPAT_SPECSTRINGS_H
#define W3COMPAT_SPECSTRINGS_H

#include "sal.h"

#endif
