/* oleaut32's BSTR functions. A BSTR is allocated as one block: a 4-byte length in bytes,
 * the text, and one NUL WCHAR; the BSTR points just after the length. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>
#include <oleauto.h>

#define BSTR_PREFIX sizeof(DWORD)

static DWORD *bstr_header(BSTR bstr)
{
    return (DWORD *)((char *)bstr - BSTR_PREFIX);
}

/* A string of len bytes, copied from src when it is not NULL, NUL-terminated after the
 * bytes (whatever their count). */
static BSTR bstr_alloc_bytes(const void *src, UINT len)
{
    if ((size_t)len > UINT32_MAX - BSTR_PREFIX - 2 * sizeof(WCHAR))
        return NULL;
    char *block = malloc(BSTR_PREFIX + len + sizeof(WCHAR));
    if (!block)
        return NULL;
    DWORD prefix = len;
    memcpy(block, &prefix, sizeof prefix);
    if (src)
        memmove(block + BSTR_PREFIX, src, len);
    else
        memset(block + BSTR_PREFIX, 0, len);
    memset(block + BSTR_PREFIX + len, 0, sizeof(WCHAR));
    return (BSTR)(block + BSTR_PREFIX);
}

BSTR WINAPI SysAllocString(const OLECHAR *psz)
{
    if (!psz)
        return NULL;
    return SysAllocStringLen(psz, (UINT)wcslen(psz));
}

BSTR WINAPI SysAllocStringLen(const OLECHAR *strIn, UINT ui)
{
    if (ui > (UINT32_MAX - BSTR_PREFIX) / sizeof(WCHAR) - 1)
        return NULL;
    return bstr_alloc_bytes(strIn, ui * (UINT)sizeof(WCHAR));
}

BSTR WINAPI SysAllocStringByteLen(LPCSTR psz, UINT len)
{
    return bstr_alloc_bytes(psz, len);
}

INT WINAPI SysReAllocString(BSTR *pbstr, const OLECHAR *psz)
{
    if (!pbstr)
        return FALSE;
    if (!psz) {
        SysFreeString(*pbstr);
        *pbstr = NULL;
        return TRUE;
    }
    return SysReAllocStringLen(pbstr, psz, (UINT)wcslen(psz));
}

/* psz may point into *pbstr itself; NULL keeps the old text (as far as it reaches). */
INT WINAPI SysReAllocStringLen(BSTR *pbstr, const OLECHAR *psz, UINT len)
{
    if (!pbstr)
        return FALSE;
    BSTR fresh;
    if (psz) {
        fresh = SysAllocStringLen(psz, len);
    } else {
        fresh = SysAllocStringLen(NULL, len);
        if (fresh && *pbstr) {
            UINT keep = SysStringLen(*pbstr);
            memcpy(fresh, *pbstr, (keep < len ? keep : len) * sizeof(WCHAR));
        }
    }
    if (!fresh)
        return FALSE;
    SysFreeString(*pbstr);
    *pbstr = fresh;
    return TRUE;
}

void WINAPI SysFreeString(BSTR bstrString)
{
    if (bstrString)
        free(bstr_header(bstrString));
}

UINT WINAPI SysStringLen(BSTR pbstr)
{
    return pbstr ? SysStringByteLen(pbstr) / (UINT)sizeof(WCHAR) : 0;
}

UINT WINAPI SysStringByteLen(BSTR bstr)
{
    if (!bstr)
        return 0;
    DWORD len;
    memcpy(&len, bstr_header(bstr), sizeof len);
    return len;
}
