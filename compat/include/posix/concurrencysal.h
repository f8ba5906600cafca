/* The lock annotations (_Acquires_lock_, ...), kept with the others. */
#ifndef W3COMPAT_CONCURRENCYSAL_H
#define W3COMPAT_CONCURRENCYSAL_H

#include "w3sal.h"

#endif
