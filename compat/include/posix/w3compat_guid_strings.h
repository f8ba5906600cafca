/* GUIDs as strings, and new GUIDs: the GUID functions of combaseapi.h, which objbase.h
 * (and so windows.h) brings in.
 *
 * StringFromGUID2 writes "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" (upper-case hex, 39
 * characters with the NUL) and returns that count, or 0 when cchMax is smaller.
 * CLSIDFromString and IIDFromString read the same braced form, hex digits in either
 * case; a NULL string gives GUID_NULL. CLSIDFromString fails with CO_E_CLASSSTRING for
 * anything else (there are no ProgIDs to look up); IIDFromString with E_INVALIDARG for a
 * string of the wrong length and CO_E_IIDSTRING for a malformed one. CoCreateGuid makes
 * a random (version 4) GUID.
 *
 * OLE strings are WCHAR strings, so LPOLESTR is LPWSTR here; the declarations use the
 * WCHAR names, which are the same types. */
#ifndef W3COMPAT_GUID_STRINGS_H
#define W3COMPAT_GUID_STRINGS_H

#include "guiddef.h"
#include "winerror.h"

W3COMPAT_BEGIN_C

W3COMPAT_EXPORT int STDAPICALLTYPE StringFromGUID2(REFGUID rguid, LPWSTR lpsz, int cchMax);
W3COMPAT_EXPORT HRESULT STDAPICALLTYPE CLSIDFromString(LPCWSTR lpsz, LPCLSID pclsid);
W3COMPAT_EXPORT HRESULT STDAPICALLTYPE IIDFromString(LPCWSTR lpsz, LPIID lpiid);
W3COMPAT_EXPORT HRESULT STDAPICALLTYPE CoCreateGuid(GUID *pguid);

W3COMPAT_END_C

#endif
