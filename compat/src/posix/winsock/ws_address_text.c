/* Addresses as text: inet_pton/inet_ntop with Winsock errors, and the InetPton/InetNtop
 * names with their wide forms. Address text is ASCII, so the wide forms convert one
 * character at a time. */
#include <errno.h>
#include <string.h>

#include "ws_internal.h"

int w3ws_inet_pton(int family, const char *src, void *dst)
{
    int r;
    if (!src || !dst) {
        w3ws_fail(WSAEFAULT);
        return -1;
    }
    r = inet_pton(family, src, dst);
    if (r < 0)
        w3ws_fail_errno();
    return r;
}

const char *w3ws_inet_ntop(int family, const void *src, char *dst, size_t size)
{
    const char *r;
    if (family != AF_INET && family != AF_INET6) {
        SetLastError(WSAEAFNOSUPPORT);
        return NULL;
    }
    if (!src || !dst) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    r = inet_ntop(family, src, dst, (socklen_t)size);
    if (!r)
        SetLastError(errno == ENOSPC ? ERROR_INVALID_PARAMETER
                                     : (DWORD)w3ws_error_from_errno(errno));
    return r;
}

INT WSAAPI InetPtonA(INT Family, PCSTR pszAddrString, PVOID pAddrBuf)
{
    return w3ws_inet_pton(Family, pszAddrString, pAddrBuf);
}

INT WSAAPI InetPtonW(INT Family, PCWSTR pszAddrString, PVOID pAddrBuf)
{
    char text[64];
    size_t i;
    if (!pszAddrString || !pAddrBuf)
        return w3ws_inet_pton(Family, NULL, pAddrBuf);
    for (i = 0; pszAddrString[i]; i++) {
        /* Too long or not ASCII: not an address. */
        if (i + 1 >= sizeof text || (unsigned long)pszAddrString[i] > 0x7f)
            return Family == AF_INET || Family == AF_INET6 ? 0 : w3ws_fail(WSAEAFNOSUPPORT);
        text[i] = (char)pszAddrString[i];
    }
    text[i] = '\0';
    return w3ws_inet_pton(Family, text, pAddrBuf);
}

PCSTR WSAAPI InetNtopA(INT Family, const VOID *pAddr, PSTR pStringBuf, size_t StringBufSize)
{
    return w3ws_inet_ntop(Family, pAddr, pStringBuf, StringBufSize);
}

PCWSTR WSAAPI InetNtopW(INT Family, const VOID *pAddr, PWSTR pStringBuf, size_t StringBufSize)
{
    char text[64];
    size_t i;
    if (!pStringBuf) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!w3ws_inet_ntop(Family, pAddr, text,
                        StringBufSize < sizeof text ? StringBufSize : sizeof text))
        return NULL;
    for (i = 0; i <= strlen(text); i++)
        pStringBuf[i] = (WCHAR)(unsigned char)text[i];
    return pStringBuf;
}
