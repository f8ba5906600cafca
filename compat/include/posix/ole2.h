/* ole2.h for POSIX: COM (objbase.h) and OLE Automation (oleauto.h). */
#ifndef W3COMPAT_OLE2_H
#define W3COMPAT_OLE2_H

#include "objbase.h"
#include "oleauto.h"

#endif
