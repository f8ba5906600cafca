/* GUID strings (StringFromGUID2, CLSIDFromString, IIDFromString) and CoCreateGuid. */
#include <objbase.h>

#include <errno.h>
#include <stdio.h>
#include <sys/random.h>

/* "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" and its NUL. */
#define CHARS_IN_GUID 39

int STDAPICALLTYPE StringFromGUID2(REFGUID rguid, LPWSTR lpsz, int cchMax)
{
    char text[CHARS_IN_GUID];

    if (!lpsz || cchMax < CHARS_IN_GUID)
        return 0;
    snprintf(text, sizeof text, "{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}", rguid->Data1,
             rguid->Data2, rguid->Data3, rguid->Data4[0], rguid->Data4[1], rguid->Data4[2],
             rguid->Data4[3], rguid->Data4[4], rguid->Data4[5], rguid->Data4[6], rguid->Data4[7]);
    for (int i = 0; i < CHARS_IN_GUID; i++)
        lpsz[i] = (WCHAR)(unsigned char)text[i];
    return CHARS_IN_GUID;
}

static int hex_value(WCHAR c)
{
    if (c >= L'0' && c <= L'9')
        return (int)(c - L'0');
    if (c >= L'a' && c <= L'f')
        return (int)(c - L'a') + 10;
    if (c >= L'A' && c <= L'F')
        return (int)(c - L'A') + 10;
    return -1;
}

/* The value of the n hex digits at s, or -1 when one is not a hex digit. */
static long long hex_field(const WCHAR *s, int n)
{
    long long v = 0;
    for (int i = 0; i < n; i++) {
        int d = hex_value(s[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Parses "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" exactly (nothing may follow). */
static BOOL parse_guid(LPCWSTR s, GUID *out)
{
    static const int dashes[] = {9, 14, 19, 24};
    long long v;
    GUID g;

    for (int i = 0; i < CHARS_IN_GUID - 1; i++)
        if (!s[i])
            return FALSE;
    if (s[0] != L'{' || s[37] != L'}' || s[38] != 0)
        return FALSE;
    for (int i = 0; i < 4; i++)
        if (s[dashes[i]] != L'-')
            return FALSE;
    if ((v = hex_field(s + 1, 8)) < 0)
        return FALSE;
    g.Data1 = (DWORD)v;
    if ((v = hex_field(s + 10, 4)) < 0)
        return FALSE;
    g.Data2 = (WORD)v;
    if ((v = hex_field(s + 15, 4)) < 0)
        return FALSE;
    g.Data3 = (WORD)v;
    for (int i = 0; i < 8; i++) {
        /* Two bytes before the last dash, six after it. */
        const WCHAR *p = i < 2 ? s + 20 + 2 * i : s + 25 + 2 * (i - 2);
        if ((v = hex_field(p, 2)) < 0)
            return FALSE;
        g.Data4[i] = (BYTE)v;
    }
    *out = g;
    return TRUE;
}

HRESULT STDAPICALLTYPE CLSIDFromString(LPCWSTR lpsz, LPCLSID pclsid)
{
    if (!pclsid)
        return E_INVALIDARG;
    if (!lpsz) {
        memset(pclsid, 0, sizeof *pclsid);
        return S_OK;
    }
    return parse_guid(lpsz, pclsid) ? S_OK : CO_E_CLASSSTRING;
}

HRESULT STDAPICALLTYPE IIDFromString(LPCWSTR lpsz, LPIID lpiid)
{
    if (!lpiid)
        return E_INVALIDARG;
    if (!lpsz) {
        memset(lpiid, 0, sizeof *lpiid);
        return S_OK;
    }
    if (wcslen(lpsz) != CHARS_IN_GUID - 1)
        return E_INVALIDARG;
    return parse_guid(lpsz, lpiid) ? S_OK : CO_E_IIDSTRING;
}

HRESULT STDAPICALLTYPE CoCreateGuid(GUID *pguid)
{
    unsigned char bytes[16];
    size_t got = 0;

    if (!pguid)
        return E_INVALIDARG;
    while (got < sizeof bytes) {
        ssize_t r = getrandom(bytes + got, sizeof bytes - got, 0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return HRESULT_FROM_WIN32(ERROR_GEN_FAILURE);
        got += (size_t)r;
    }
    memcpy(pguid, bytes, sizeof bytes);
    pguid->Data3 = (WORD)((pguid->Data3 & 0x0FFF) | 0x4000);   /* version 4: random */
    pguid->Data4[0] = (BYTE)((pguid->Data4[0] & 0x3F) | 0x80); /* RFC 4122 variant */
    return S_OK;
}
