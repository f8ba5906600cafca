/* Include before DEFINE_GUID uses in exactly the files that should own the GUIDs. */
#ifndef INITGUID
#define INITGUID
#endif
#include "guiddef.h"
