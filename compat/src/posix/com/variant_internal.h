/* Shared between the VARIANT functions. */
#ifndef W3COMPAT_VARIANT_INTERNAL_H
#define W3COMPAT_VARIANT_INTERNAL_H

#include <windows.h>
#include <oleauto.h>

/* S_OK if vt may tag a VARIANT, DISP_E_BADVARTYPE if not. */
HRESULT w3com_check_vartype(VARTYPE vt);

#endif
