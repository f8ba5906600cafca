/* The bridge between module tests and the recorder module they load (one DLL that
 * registers under each name it is loaded with): the test configures, by module name,
 * what RegisterModule subscribes to and at which priority, and hooks that run inside
 * the handlers; every handler call is recorded in filter_bridge's shared log as
 * "name:NOTIFICATION" ("name:POST_BEGIN_REQUEST", "name:GL_PRE_BEGIN_REQUEST"). */
#ifndef MODULE_BRIDGE_H
#define MODULE_BRIDGE_H

#include <windows.h>

#ifdef _WIN32
#ifdef MODULE_BRIDGE_BUILDING
#define MB_API __declspec(dllexport)
#else
#define MB_API __declspec(dllimport)
#endif
#else
#define MB_API __attribute__((visibility("default")))
#endif

/* Runs inside a request handler of the module `name`: http_context is the
 * IHttpContext*, provider the IHttpEventProvider* (or derived). Returns the handler's
 * REQUEST_NOTIFICATION_STATUS. */
typedef int (*mb_hook)(const char *name, DWORD notification, BOOL post, void *http_context,
                       void *provider);

#ifdef __cplusplus
extern "C" {
#endif

/* Forgets every configuration and hook. */
MB_API void mb_reset(void);
/* What the module registered as `name` subscribes to. priority: L"HIGH" and friends
 * (NULL: none set). register_hr: what RegisterModule returns. */
MB_API void mb_configure(const char *name, const WCHAR *priority, DWORD request, DWORD post,
                         DWORD global, HRESULT register_hr);
MB_API void mb_set_hook(const char *name, mb_hook hook);

/* Used by the recorder module. */
typedef struct mb_config {
    char name[64];
    const WCHAR *priority;
    DWORD request, post, global;
    HRESULT register_hr;
    mb_hook hook;
} mb_config;
MB_API const mb_config *mb_find(const char *name);

/* Counters the recorder module keeps: instances created (GetHttpModule) and disposed,
 * factories and global modules terminated. */
MB_API void mb_count(const char *what);
/* The IHttpServer* RegisterModule was given (the last one). */
MB_API void mb_set_server(void *server);
MB_API void *mb_server(void);
MB_API int mb_counted(const char *what);

#ifdef __cplusplus
}
#endif

#endif
