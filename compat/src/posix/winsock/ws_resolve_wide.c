/* GetAddrInfoW: getaddrinfo with wide names and a result list in ADDRINFOW's layout,
 * each entry one allocation holding its address and canonical name. */
#include <stdlib.h>
#include <string.h>

#include "ws_internal.h"

/* UTF-8 copy of a wide string (malloc'd); NULL for NULL or no memory (*failed set). */
static char *to_utf8(PCWSTR text, int *failed)
{
    int n;
    char *out;
    if (!text)
        return NULL;
    n = WideCharToMultiByte(CP_UTF8, 0, text, -1, NULL, 0, NULL, NULL);
    out = n > 0 ? malloc((size_t)n) : NULL;
    if (!out || WideCharToMultiByte(CP_UTF8, 0, text, -1, out, n, NULL, NULL) != n) {
        free(out);
        *failed = 1;
        return NULL;
    }
    return out;
}

static ADDRINFOW *copy_entry(const struct addrinfo *ai)
{
    int name_chars =
        ai->ai_canonname ? MultiByteToWideChar(CP_UTF8, 0, ai->ai_canonname, -1, NULL, 0) : 0;
    size_t size =
        sizeof(ADDRINFOW) + ai->ai_addrlen + (size_t)name_chars * sizeof(WCHAR) + sizeof(WCHAR);
    ADDRINFOW *w = calloc(1, size);
    char *tail;
    if (!w)
        return NULL;
    w->ai_flags = ai->ai_flags;
    w->ai_family = ai->ai_family;
    w->ai_socktype = ai->ai_socktype;
    w->ai_protocol = ai->ai_protocol;
    w->ai_addrlen = ai->ai_addrlen;
    tail = (char *)(w + 1);
    if (ai->ai_addr) {
        w->ai_addr = (struct sockaddr *)tail;
        memcpy(tail, ai->ai_addr, ai->ai_addrlen);
    }
    if (name_chars > 0) {
        /* Aligned for WCHAR after the address. */
        size_t offset = (ai->ai_addrlen + sizeof(WCHAR) - 1) / sizeof(WCHAR) * sizeof(WCHAR);
        w->ai_canonname = (PWSTR)(void *)(tail + offset);
        MultiByteToWideChar(CP_UTF8, 0, ai->ai_canonname, -1, w->ai_canonname, name_chars);
    }
    return w;
}

INT WSAAPI GetAddrInfoW(PCWSTR pNodeName, PCWSTR pServiceName, const ADDRINFOW *pHints,
                        PADDRINFOW *ppResult)
{
    struct addrinfo hints, *list = NULL, *ai;
    ADDRINFOW **link;
    int failed = 0, rc;
    char *node, *service;
    if (!ppResult) {
        SetLastError(WSANO_RECOVERY);
        return WSANO_RECOVERY;
    }
    *ppResult = NULL;
    memset(&hints, 0, sizeof hints);
    if (pHints) {
        hints.ai_flags = pHints->ai_flags;
        hints.ai_family = pHints->ai_family;
        hints.ai_socktype = pHints->ai_socktype;
        hints.ai_protocol = pHints->ai_protocol;
    }
    node = to_utf8(pNodeName, &failed);
    service = to_utf8(pServiceName, &failed);
    rc = failed ? WSA_NOT_ENOUGH_MEMORY : w3ws_getaddrinfo(node, service, &hints, &list);
    free(node);
    free(service);
    if (rc != 0) {
        SetLastError((DWORD)rc);
        return rc;
    }
    link = ppResult;
    for (ai = list; ai; ai = ai->ai_next) {
        *link = copy_entry(ai);
        if (!*link) {
            w3ws_freeaddrinfo(list);
            FreeAddrInfoW(*ppResult);
            *ppResult = NULL;
            SetLastError(WSA_NOT_ENOUGH_MEMORY);
            return WSA_NOT_ENOUGH_MEMORY;
        }
        link = &(*link)->ai_next;
    }
    w3ws_freeaddrinfo(list);
    return 0;
}

void WSAAPI FreeAddrInfoW(PADDRINFOW pAddrInfo)
{
    while (pAddrInfo) {
        ADDRINFOW *next = pAddrInfo->ai_next;
        free(pAddrInfo);
        pAddrInfo = next;
    }
}
