/* httpcach.h: the cache keys of IIS's built-in caches (URI, file, token), as
 * IHttpCacheKey specialisations that ICacheProvider::GetCacheKey may return. Which one
 * a key is follows from IHttpCacheKey::GetCacheName. Include after httpserv.h, as with
 * IIS; it is included here too for convenience. MinGW-w64 ships no httpcach.h. */
#ifndef W3COMPAT_HTTPCACH_H
#define W3COMPAT_HTTPCACH_H

#include <httpserv.h>

#define URI_CACHE_NAME L"URI"
#define FILE_CACHE_NAME L"FILE"
#define TOKEN_CACHE_NAME L"TOKEN"

class IUriKey : public IHttpCacheKey
{
  public:
    PCWSTR GetCacheName(VOID) const { return URI_CACHE_NAME; }
    virtual PCWSTR GetUrl(VOID) const = 0;
    virtual PCWSTR GetSiteName(VOID) const = 0;
    virtual DWORD GetSiteId(VOID) const = 0;
    virtual VOID UpdateFrequentlyHitTickCount(DWORD dwTicks) = 0;
    virtual PCWSTR GetConfigPath(VOID) const = 0;
};

class IFileKey : public IHttpCacheKey
{
  public:
    PCWSTR GetCacheName(VOID) const { return FILE_CACHE_NAME; }
    virtual PCWSTR GetPath(VOID) const = 0;
};

class IHttpTokenKey : public IHttpCacheKey
{
  public:
    PCWSTR GetCacheName(VOID) const { return TOKEN_CACHE_NAME; }
    virtual PCWSTR GetUserName(VOID) const = 0;
    virtual PCWSTR GetPasswordHash(VOID) const = 0;
    /* The LOGON32_LOGON_* method the user was logged on with. */
    virtual DWORD GetLogonMethod(VOID) const = 0;
};

W3COMPAT_HTTPSERV_IID(IUriKey, 0xf1bc4f8c, 0x6bf8, 0x42c0, 0xb7, 0x45, 0x4f, 0xbe, 0x1a, 0x67, 0xe5,
                      0xa7)
W3COMPAT_HTTPSERV_IID(IFileKey, 0x7377f6a4, 0x266c, 0x4043, 0xb6, 0x2a, 0x9e, 0xa9, 0x55, 0xa5,
                      0xe9, 0x7a)
W3COMPAT_HTTPSERV_IID(IHttpTokenKey, 0x1d3dc8cb, 0xfc52, 0x42bc, 0x97, 0xe1, 0x1b, 0xf0, 0x21, 0x36,
                      0xe8, 0xba)

#endif
