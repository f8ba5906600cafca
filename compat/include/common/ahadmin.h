/* ahadmin.h, minimal: the Application Host Administration interfaces that httpserv.h
 * names in its signatures (IHttpServer::GetAdminManager, IHttpResponse::SetStatus and
 * GetStatus). They are declared, not defined: w3compat has no configuration
 * administration object model, so a module receives NULL where IIS would hand out one
 * of these. MinGW-w64 ships no ahadmin.h, so this header serves both platforms. */
#ifndef W3COMPAT_AHADMIN_H
#define W3COMPAT_AHADMIN_H

#ifdef __cplusplus
/* In ahadmin.h these are MIDL interfaces, i.e. structs. */
struct IAppHostAdminManager;
struct IAppHostConfigException;
struct IAppHostElement;
struct IAppHostConfigManager;
#else
typedef struct IAppHostAdminManager IAppHostAdminManager;
typedef struct IAppHostConfigException IAppHostConfigException;
typedef struct IAppHostElement IAppHostElement;
typedef struct IAppHostConfigManager IAppHostConfigManager;
#endif

#endif
