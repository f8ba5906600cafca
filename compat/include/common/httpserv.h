/* httpserv.h: the IIS 7+ native-module API (IIS 10 level) for w3compat, on Linux and
 * with MinGW-w64 (which ships no httpserv.h).
 *
 * Every interface declares its virtual methods in exactly the order of IIS's own
 * header, so that the vtable slot of each method is the one a module expects;
 * tests/modules/vtable_order_test.cpp checks each slot against a table of IIS's order.
 * Overloads keep their declaration order too: that is what GCC (Itanium C++ ABI, also
 * used by MinGW-w64) lays out.
 *
 * Not declared: IHttpServer3 (its QueryRequestProperty takes HTTP_REQUEST_PROPERTY,
 * which MinGW-w64's http.h lacks) and the Worker Process Framework interfaces
 * (IWpfSettings, IWorkerProcessFramework live in wpframework.h; here they are only
 * named, as in IIS's header). */
#ifndef W3COMPAT_HTTPSERV_H
#define W3COMPAT_HTTPSERV_H

#ifndef __cplusplus
#error httpserv.h declares C++ interfaces; include it from C++ sources
#endif

#include <windows.h>
#if defined(__MINGW32__) && defined(_WINSOCKAPI_) && !defined(_WINSOCK2API_)
/* The IIS samples define _WINSOCKAPI_ before windows.h to keep winsock.h out; http.h
 * then brings in winsock2.h, and MinGW-w64's warns when it finds _WINSOCKAPI_ already
 * set. winsock.h was not included, so the guard can go: winsock2.h sets it again. */
#undef _WINSOCKAPI_
#endif
#include <http.h>
#include <ahadmin.h>
#include <w3compat.h>

#include <stdio.h>

/* Modules free their factory, global module and stored contexts with `delete this` in
 * Terminate or CleanupStoredContext, on classes whose IIS interfaces have no virtual
 * destructor. MSVC accepts that silently; GCC's -Wall warns (delete-non-virtual-dtor).
 * Adding virtual destructors would add vtable slots that IIS's interfaces do not have,
 * so the warning is turned off instead, as MSVC would have it, for the rest of the
 * translation unit. */
#pragma GCC diagnostic ignored "-Wdelete-non-virtual-dtor"

/* Request notifications, deterministic (in pipeline order) ... */
#define RQ_BEGIN_REQUEST 0x00000001
#define RQ_AUTHENTICATE_REQUEST 0x00000002
#define RQ_AUTHORIZE_REQUEST 0x00000004
#define RQ_RESOLVE_REQUEST_CACHE 0x00000008
#define RQ_MAP_REQUEST_HANDLER 0x00000010
#define RQ_ACQUIRE_REQUEST_STATE 0x00000020
#define RQ_PRE_EXECUTE_REQUEST_HANDLER 0x00000040
#define RQ_EXECUTE_REQUEST_HANDLER 0x00000080
#define RQ_RELEASE_REQUEST_STATE 0x00000100
#define RQ_UPDATE_REQUEST_CACHE 0x00000200
#define RQ_LOG_REQUEST 0x00000400
#define RQ_END_REQUEST 0x00000800
/* ... and non-deterministic (whenever the event happens). */
#define RQ_SEND_RESPONSE_STATUS_AND_HEADERS 0x08000000
#define RQ_CUSTOM_NOTIFICATION 0x10000000
#define RQ_SEND_RESPONSE 0x20000000
#define RQ_READ_ENTITY 0x40000000
#define RQ_MAP_PATH 0x80000000

/* Global notifications. */
#define GL_STOP_LISTENING 0x00000002
#define GL_CACHE_CLEANUP 0x00000004
#define GL_CACHE_OPERATION 0x00000010
#define GL_HEALTH_CHECK 0x00000020
#define GL_CONFIGURATION_CHANGE 0x00000040
#define GL_FILE_CHANGE 0x00000080
#define GL_PRE_BEGIN_REQUEST 0x00000100
#define GL_APPLICATION_START 0x00000200
#define GL_APPLICATION_RESOLVE_MODULES 0x00000400
#define GL_APPLICATION_STOP 0x00000800
#define GL_RSCA_QUERY 0x00001000
#define GL_TRACE_EVENT 0x00002000
#define GL_CUSTOM_NOTIFICATION 0x00004000
#define GL_THREAD_CLEANUP 0x00008000
#define GL_APPLICATION_PRELOAD 0x00010000
#define GL_SUSPEND_PROCESS 0x00020000

enum REQUEST_NOTIFICATION_STATUS {
    RQ_NOTIFICATION_CONTINUE,
    RQ_NOTIFICATION_PENDING,
    RQ_NOTIFICATION_FINISH_REQUEST
};

enum GLOBAL_NOTIFICATION_STATUS { GL_NOTIFICATION_CONTINUE, GL_NOTIFICATION_HANDLED };

/* Priority aliases for SetPriorityForRequestNotification and friends. */
#define PRIORITY_ALIAS_FIRST L"FIRST"
#define PRIORITY_ALIAS_HIGH L"HIGH"
#define PRIORITY_ALIAS_MEDIUM L"MEDIUM"
#define PRIORITY_ALIAS_LOW L"LOW"
#define PRIORITY_ALIAS_LAST L"LAST"

enum CACHE_OPERATION {
    CACHE_OPERATION_RETRIEVE,
    CACHE_OPERATION_ADD,
    CACHE_OPERATION_DELETE,
    CACHE_OPERATION_FLUSH_PREFIX,
    CACHE_OPERATION_ENUM
};

typedef VOID *HTTP_MODULE_ID;

/* IHttpContext::CloneContext flags. */
#define CLONE_FLAG_BASICS 0x01
#define CLONE_FLAG_HEADERS 0x02
#define CLONE_FLAG_ENTITY 0x04
#define CLONE_FLAG_NO_PRECONDITION 0x08
#define CLONE_FLAG_NO_DAV 0x10
#define CLONE_FLAG_USER_CACHE_VARY_BY 0x20
#define CLONE_FLAG_SERVER_VARIABLE 0x40

/* IHttpContext::ExecuteRequest flags. */
#define EXECUTE_FLAG_NO_HEADERS 0x01
#define EXECUTE_FLAG_IGNORE_CURRENT_INTERCEPTOR 0x02
#define EXECUTE_FLAG_IGNORE_APPPOOL 0x04
#define EXECUTE_FLAG_DISABLE_CUSTOM_ERROR 0x08
#define EXECUTE_FLAG_SAME_URL 0x10
#define EXECUTE_FLAG_BUFFER_RESPONSE 0x20
#define EXECUTE_FLAG_HTTP_CACHE_ELIGIBLE 0x40

/* Names for IHttpUser::GetUserVariable. */
#define HTTP_USER_VARIABLE_SID "SID"
#define HTTP_USER_VARIABLE_CTXT_HANDLE "CtxtHandle"
#define HTTP_USER_VARIABLE_CRED_HANDLE "CredHandle"

/* The name under which a module exports its PFN_REGISTERMODULE entry point. */
#define MODULE_REGISTERMODULE "RegisterModule"

struct HTTP_TRACE_CONFIGURATION;
struct HTTP_TRACE_EVENT;

class IWpfSettings;
class IWorkerProcessFramework;
class IHttpStoredContext;
class IHttpModuleContextContainer;
class INamedContextContainer;
class IDispensedHttpModuleContextContainer;
class IHttpPerfCounterInfo;
class IHttpApplication;
class IHttpApplication2;
class IHttpUrlInfo;
class IScriptMapInfo;
class IHttpTokenEntry;
class IMetadataInfo;
class IReferencedMetadataInfo;
class IHttpRequest;
class IHttpRequest2;
class IHttpRequest3;
class IHttpRequest4;
class IHttpCachePolicy;
class IHttpCachePolicy2;
class IHttpResponse;
class IHttpResponse2;
class IHttpResponse3;
class IHttpResponse4;
class IHttpUser;
class IHttpConnectionStoredContext;
class IHttpConnectionModuleContextContainer;
class IHttpConnection;
class IHttpContext;
class INativeConfigurationSystem;
class IHttpContext2;
class IHttpContext3;
class IHttpContext4;
class IHttpTraceContext;
class IHttpCacheKey;
class IHttpCacheSpecificData;
class IHttpSite;
class IHttpFileMonitor;
class IHttpFileInfo;
class IHttpServer;
class IHttpServer2;
class IHttpEventProvider;
class IHttpCompletionInfo;
class IHttpCompletionInfo2;
class ICustomNotificationProvider;
class IAuthenticationProvider;
class IMapHandlerProvider;
class IMapPathProvider;
class ISendResponseProvider;
class IReadEntityProvider;
class IPreBeginRequestProvider;
class IHttpApplicationProvider;
class IHttpApplicationResolveModulesProvider;
class IGlobalRSCAQueryProvider;
class IGlobalStopListeningProvider;
class ICacheProvider;
class IGlobalConfigurationChangeProvider;
class IGlobalFileChangeProvider;
class IGlobalTraceEventProvider;
class IGlobalThreadCleanupProvider;
class IGlobalApplicationPreloadProvider;
class IGlobalApplicationPreloadProvider2;
class IGlobalSuspendProcessCallback;
class IModuleAllocator;
class IHttpModuleFactory;
class IHttpModuleRegistrationInfo;
class IHttpModuleRegistrationInfo2;
class CHttpModule;
class CGlobalModule;

/* Interface identifiers, for HttpGetExtendedInterface (and, with MinGW-w64, for
 * __uuidof). w3compat_httpserv_iid<T>::value() is the IID of interface T. */
template <class T> struct w3compat_httpserv_iid;

#ifdef __CRT_UUID_DECL /* MinGW-w64, and compat's guiddef.h on POSIX */
#define W3COMPAT_HTTPSERV_MINGW_UUID(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)              \
    __CRT_UUID_DECL(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)
#else
#define W3COMPAT_HTTPSERV_MINGW_UUID(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)
#endif

#define W3COMPAT_HTTPSERV_IID(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)                     \
    template <> struct w3compat_httpserv_iid<type> {                                               \
        static const GUID &value()                                                                 \
        {                                                                                          \
            static const GUID iid = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}};                 \
            return iid;                                                                            \
        }                                                                                          \
    };                                                                                             \
    W3COMPAT_HTTPSERV_MINGW_UUID(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)

/* clang-format off */
W3COMPAT_HTTPSERV_IID(IHttpStoredContext, 0xf1927f76, 0x790e, 0x4ccb, 0xa7, 0x2e, 0x39, 0x6b, 0xdf, 0xda, 0xe0, 0x5d)
W3COMPAT_HTTPSERV_IID(IHttpModuleContextContainer, 0xd7fad7c9, 0xaa27, 0x4ab9, 0xbd, 0x60, 0xe5, 0x5c, 0xcb, 0xa3, 0xf5, 0xdc)
W3COMPAT_HTTPSERV_IID(INamedContextContainer, 0x16db6f7c, 0x1a94, 0x47ca, 0xa8, 0xe8, 0xfe, 0xa6, 0x00, 0x5f, 0xf3, 0xba)
W3COMPAT_HTTPSERV_IID(IDispensedHttpModuleContextContainer, 0x2ae49359, 0x95dd, 0x4e48, 0xae, 0x20, 0xc0, 0xcb, 0x9d, 0x0b, 0xc0, 0x3a)
W3COMPAT_HTTPSERV_IID(IHttpPerfCounterInfo, 0xbdfc4c4a, 0x12a4, 0x4744, 0x87, 0xd8, 0x76, 0x5e, 0xb3, 0x20, 0xc5, 0x9f)
W3COMPAT_HTTPSERV_IID(IHttpApplication, 0x3f75d9e6, 0x1075, 0x422c, 0xad, 0x89, 0x93, 0xa8, 0x5f, 0x2d, 0x7b, 0xdc)
W3COMPAT_HTTPSERV_IID(IHttpApplication2, 0x311a3b7a, 0xb673, 0x4a1c, 0x83, 0x49, 0x2e, 0x98, 0xa2, 0x3c, 0xad, 0xcb)
W3COMPAT_HTTPSERV_IID(IHttpUrlInfo, 0x7e0e6167, 0x0094, 0x49a1, 0x82, 0x87, 0xec, 0xf6, 0xdc, 0x6e, 0x73, 0xa6)
W3COMPAT_HTTPSERV_IID(IScriptMapInfo, 0xd7fe3d77, 0x68bc, 0x4d4a, 0x85, 0x1f, 0xee, 0xc9, 0xfb, 0x68, 0x01, 0x7c)
W3COMPAT_HTTPSERV_IID(IHttpTokenEntry, 0xfd86e6de, 0xfb0e, 0x47dd, 0x82, 0x0a, 0xe0, 0xda, 0x12, 0xbe, 0x46, 0xe9)
W3COMPAT_HTTPSERV_IID(IMetadataInfo, 0x48b10633, 0x825d, 0x495e, 0x93, 0xb0, 0x22, 0x53, 0x80, 0x05, 0x3e, 0x8e)
W3COMPAT_HTTPSERV_IID(IReferencedMetadataInfo, 0x3fc5c336, 0x9ad7, 0x45ea, 0xaf, 0x2f, 0x31, 0xb5, 0x93, 0x02, 0xc9, 0xfe)
W3COMPAT_HTTPSERV_IID(IHttpRequest, 0xe8698f7e, 0x576e, 0x4cac, 0xa3, 0x09, 0x67, 0x43, 0x53, 0x55, 0xfa, 0xef)
W3COMPAT_HTTPSERV_IID(IHttpRequest2, 0xd9244ae1, 0x51f8, 0x4aa1, 0xa6, 0x6d, 0x19, 0x27, 0x7c, 0x33, 0xe6, 0x10)
W3COMPAT_HTTPSERV_IID(IHttpRequest3, 0xb32e4e0f, 0x4057, 0x4feb, 0xae, 0xab, 0x7b, 0x69, 0xc0, 0x3c, 0x63, 0x14)
W3COMPAT_HTTPSERV_IID(IHttpRequest4, 0x3816f517, 0xf631, 0x49f0, 0x8b, 0x51, 0x16, 0xd6, 0xf0, 0xc6, 0xff, 0xb2)
W3COMPAT_HTTPSERV_IID(IHttpCachePolicy, 0xcb1c40ca, 0x70f2, 0x41a0, 0xad, 0xd2, 0x88, 0x1f, 0x5e, 0xf5, 0x73, 0x88)
W3COMPAT_HTTPSERV_IID(IHttpCachePolicy2, 0x9f4ba807, 0x050e, 0x4495, 0xae, 0x55, 0x88, 0x70, 0xf7, 0xe9, 0x19, 0x4a)
W3COMPAT_HTTPSERV_IID(IHttpResponse, 0x7e1c6b38, 0x628f, 0x4e6c, 0x95, 0xdc, 0x41, 0x23, 0x7e, 0xb7, 0xf9, 0x5e)
W3COMPAT_HTTPSERV_IID(IHttpResponse2, 0x0822c871, 0xf14e, 0x4974, 0xa1, 0xe6, 0x5b, 0x3c, 0x1f, 0x09, 0xb7, 0x6a)
W3COMPAT_HTTPSERV_IID(IHttpResponse3, 0x19578e49, 0xd080, 0x45da, 0xb6, 0x73, 0x96, 0xcb, 0x47, 0x5d, 0x3c, 0x5d)
W3COMPAT_HTTPSERV_IID(IHttpResponse4, 0x1a2acc57, 0xcae2, 0x4f28, 0xb4, 0xab, 0x00, 0xc8, 0xf9, 0x6b, 0x12, 0xec)
W3COMPAT_HTTPSERV_IID(IHttpUser, 0x8059e6f8, 0x10ce, 0x4d61, 0xb4, 0x7e, 0x5a, 0x1d, 0x8d, 0x9a, 0x8b, 0x67)
W3COMPAT_HTTPSERV_IID(IHttpConnectionStoredContext, 0x841d9a71, 0x75f4, 0x4626, 0x8b, 0x97, 0x66, 0x04, 0x6c, 0xa7, 0xe4, 0x5b)
W3COMPAT_HTTPSERV_IID(IHttpConnectionModuleContextContainer, 0xf3dd2fb3, 0x4d11, 0x4295, 0xb8, 0xab, 0x4c, 0xb6, 0x67, 0xad, 0xd1, 0xfe)
W3COMPAT_HTTPSERV_IID(IHttpConnection, 0xd9a5de00, 0x3346, 0x4599, 0x98, 0x26, 0xfe, 0x88, 0x56, 0x5e, 0x12, 0x26)
W3COMPAT_HTTPSERV_IID(IHttpContext, 0x424c1b8c, 0xa1ba, 0x44d7, 0xac, 0x98, 0x9f, 0x8f, 0x45, 0x77, 0x01, 0xa5)
W3COMPAT_HTTPSERV_IID(IHttpContext2, 0xc986182c, 0xcf4a, 0x4482, 0x82, 0x05, 0x0d, 0xbb, 0xc1, 0xfd, 0x6c, 0xee)
W3COMPAT_HTTPSERV_IID(IHttpContext3, 0xbf53c022, 0xca4b, 0x4349, 0xa3, 0x8e, 0xa4, 0xb7, 0x8a, 0xd8, 0x97, 0xfb)
W3COMPAT_HTTPSERV_IID(IHttpContext4, 0x2c9463d8, 0x4ec4, 0x4622, 0x89, 0x17, 0xd4, 0x86, 0x32, 0x1a, 0x94, 0x43)
W3COMPAT_HTTPSERV_IID(IHttpTraceContext, 0x9f9098d5, 0x915c, 0x4294, 0xa5, 0x2e, 0x66, 0x53, 0x2a, 0x23, 0x2b, 0xc9)
W3COMPAT_HTTPSERV_IID(IHttpCacheKey, 0xcdef2aad, 0x20b3, 0x4512, 0xb1, 0xb1, 0x09, 0x4b, 0x38, 0x44, 0xae, 0xb2)
W3COMPAT_HTTPSERV_IID(IHttpCacheSpecificData, 0x37776aff, 0x852e, 0x4eec, 0x93, 0xa5, 0xb8, 0x5a, 0x28, 0x5a, 0x95, 0xb8)
W3COMPAT_HTTPSERV_IID(IHttpSite, 0xeb16a6ec, 0xba5d, 0x436f, 0xbf, 0x24, 0x3e, 0xde, 0x13, 0x90, 0x64, 0x50)
W3COMPAT_HTTPSERV_IID(IHttpFileMonitor, 0x985422da, 0xb0cf, 0x473b, 0xba, 0x9e, 0x81, 0x48, 0xce, 0xb3, 0xe2, 0x40)
W3COMPAT_HTTPSERV_IID(IHttpFileInfo, 0x71e95595, 0x8c74, 0x44d9, 0x88, 0xa9, 0xf5, 0x11, 0x2d, 0x5f, 0x59, 0x00)
W3COMPAT_HTTPSERV_IID(IHttpServer, 0xeda2a40f, 0xfb92, 0x4d6d, 0xb5, 0x2b, 0xc8, 0xc2, 0x07, 0x38, 0x0b, 0x4e)
W3COMPAT_HTTPSERV_IID(IHttpServer2, 0x34af637e, 0xafe8, 0x4556, 0xbc, 0xc1, 0x76, 0x7f, 0x8e, 0x0b, 0x4a, 0x4e)
W3COMPAT_HTTPSERV_IID(IHttpEventProvider, 0x6f3f657d, 0x2fb8, 0x43c6, 0xa0, 0x96, 0x50, 0x64, 0xb4, 0x1f, 0x05, 0x80)
W3COMPAT_HTTPSERV_IID(IHttpCompletionInfo, 0x49dd20e3, 0xd9c0, 0x463c, 0x88, 0x21, 0xf3, 0x41, 0x3b, 0x55, 0xcc, 0x00)
W3COMPAT_HTTPSERV_IID(IHttpCompletionInfo2, 0x53129f70, 0x0196, 0x47ec, 0xb1, 0x6c, 0x12, 0x79, 0x06, 0xe2, 0xaf, 0xeb)
W3COMPAT_HTTPSERV_IID(ICustomNotificationProvider, 0x671e6d34, 0x9380, 0x4df4, 0xb4, 0x53, 0x91, 0x12, 0x9d, 0xf0, 0x2b, 0x24)
W3COMPAT_HTTPSERV_IID(IAuthenticationProvider, 0x304d51d0, 0x0307, 0x45ed, 0x83, 0xfd, 0xdd, 0x3f, 0xc0, 0x32, 0xfd, 0xfc)
W3COMPAT_HTTPSERV_IID(IMapHandlerProvider, 0xfea3ce6b, 0xe346, 0x47e7, 0xb2, 0xa6, 0xad, 0x26, 0x5b, 0xae, 0xff, 0x2c)
W3COMPAT_HTTPSERV_IID(IMapPathProvider, 0x8efdf557, 0xa8f1, 0x4bc9, 0xb4, 0x62, 0x6d, 0xf3, 0xb0, 0x38, 0xa5, 0x9a)
W3COMPAT_HTTPSERV_IID(ISendResponseProvider, 0x57f2e7bc, 0x0bcf, 0x4a9f, 0x94, 0xa4, 0x10, 0xe5, 0x5c, 0x6e, 0x5b, 0x51)
W3COMPAT_HTTPSERV_IID(IReadEntityProvider, 0xfe6d905a, 0x99b8, 0x49fd, 0xb3, 0x89, 0xcf, 0xc8, 0x09, 0x56, 0x2b, 0x81)
W3COMPAT_HTTPSERV_IID(IPreBeginRequestProvider, 0xfb715d26, 0xaff9, 0x476a, 0x8f, 0xc0, 0x6b, 0x1a, 0xcb, 0x3d, 0x10, 0x98)
W3COMPAT_HTTPSERV_IID(IHttpApplicationProvider, 0x1de2c71c, 0xc126, 0x4512, 0xae, 0xd3, 0xf4, 0xf8, 0x85, 0xe1, 0x49, 0x97)
W3COMPAT_HTTPSERV_IID(IHttpApplicationResolveModulesProvider, 0x0617d9b9, 0xe20f, 0x4a9f, 0x94, 0xf9, 0x35, 0x40, 0x3b, 0x3b, 0xe0, 0x1e)
W3COMPAT_HTTPSERV_IID(IGlobalRSCAQueryProvider, 0x63fdc43f, 0x934a, 0x4ee5, 0xbc, 0xd8, 0x7e, 0x7b, 0x50, 0xb7, 0x56, 0x05)
W3COMPAT_HTTPSERV_IID(IGlobalStopListeningProvider, 0x41f9a601, 0xe25d, 0x4ac8, 0x8a, 0x1f, 0x63, 0x56, 0x98, 0xa3, 0x0a, 0xb9)
W3COMPAT_HTTPSERV_IID(ICacheProvider, 0x58925fb9, 0x7c5e, 0x4684, 0x83, 0x3b, 0x4a, 0x04, 0xe1, 0x28, 0x66, 0x90)
W3COMPAT_HTTPSERV_IID(IGlobalConfigurationChangeProvider, 0x3405f3b4, 0xb3d6, 0x4b73, 0xb5, 0xf5, 0x4d, 0x8a, 0x3c, 0xc6, 0x42, 0xce)
W3COMPAT_HTTPSERV_IID(IGlobalFileChangeProvider, 0xece31ee5, 0x0486, 0x4fb0, 0xa8, 0x75, 0x67, 0x39, 0xa2, 0xd7, 0xda, 0xf5)
W3COMPAT_HTTPSERV_IID(IGlobalTraceEventProvider, 0x7c6bb150, 0x0310, 0x4718, 0xa0, 0x1f, 0x6f, 0xac, 0xeb, 0x62, 0xdc, 0x1d)
W3COMPAT_HTTPSERV_IID(IGlobalThreadCleanupProvider, 0x6b36a149, 0x8620, 0x45a0, 0x81, 0x97, 0x00, 0x81, 0x4a, 0x70, 0x6e, 0x2e)
W3COMPAT_HTTPSERV_IID(IGlobalApplicationPreloadProvider, 0x2111f8d6, 0x0c41, 0x4ff7, 0xbd, 0x45, 0x5c, 0x04, 0xc7, 0xe9, 0x1a, 0x73)
W3COMPAT_HTTPSERV_IID(IGlobalApplicationPreloadProvider2, 0x251db2dd, 0x81e7, 0x44ce, 0xae, 0x02, 0x46, 0x52, 0x9f, 0x2d, 0x71, 0xea)
W3COMPAT_HTTPSERV_IID(IGlobalSuspendProcessCallback, 0x7fd8f303, 0x1031, 0x4e50, 0x91, 0x8a, 0xb7, 0xb9, 0x16, 0xfd, 0x6c, 0x54)
W3COMPAT_HTTPSERV_IID(IModuleAllocator, 0x85c1679c, 0x0b21, 0x491c, 0xaf, 0xb5, 0xc7, 0xb5, 0xc8, 0x64, 0x64, 0xc4)
W3COMPAT_HTTPSERV_IID(IHttpModuleFactory, 0xba32d330, 0x9ea8, 0x4b9e, 0x89, 0xf1, 0x8c, 0x76, 0xa3, 0x23, 0x27, 0x7f)
W3COMPAT_HTTPSERV_IID(IHttpModuleRegistrationInfo, 0x07e5beb3, 0xb798, 0x459d, 0xa9, 0x8a, 0xe6, 0xc4, 0x85, 0xb2, 0xb3, 0xbc)
W3COMPAT_HTTPSERV_IID(IHttpModuleRegistrationInfo2, 0x4fd11cbf, 0x8cc5, 0x418e, 0x80, 0x00, 0xc9, 0xe7, 0x65, 0xf8, 0x85, 0x33)
/* clang-format on */

/* Context a module stores in a context container; the server calls
 * CleanupStoredContext once, when the owner (request, connection, ...) goes away. */
class IHttpStoredContext
{
  public:
    virtual VOID CleanupStoredContext(VOID) = 0;
};

class IHttpModuleContextContainer
{
  public:
    virtual IHttpStoredContext *GetModuleContext(HTTP_MODULE_ID moduleId) = 0;
    virtual HRESULT SetModuleContext(IHttpStoredContext *ppStoredContext,
                                     HTTP_MODULE_ID moduleId) = 0;
};

class INamedContextContainer
{
  public:
    virtual IHttpStoredContext *GetNamedContext(LPCWSTR szName) = 0;
    virtual HRESULT SetNamedContext(IHttpStoredContext *ppStoredContext, LPCWSTR szName) = 0;
};

class IDispensedHttpModuleContextContainer : public IHttpModuleContextContainer
{
  public:
    virtual VOID ReleaseContainer(VOID) = 0;
};

class IHttpPerfCounterInfo
{
  public:
    virtual VOID IncrementCounter(DWORD dwCounterIndex, DWORD dwValue = 1) = 0;
    virtual VOID DecrementCounter(DWORD dwCounterIndex, DWORD dwValue = 1) = 0;
};

class IHttpApplication
{
  public:
    virtual PCWSTR GetApplicationPhysicalPath(VOID) const = 0;
    virtual PCWSTR GetApplicationId(VOID) const = 0;
    virtual PCWSTR GetAppConfigPath(VOID) const = 0;
    virtual IHttpModuleContextContainer *GetModuleContextContainer(VOID) = 0;
};

class IHttpApplication2 : public IHttpApplication
{
  public:
    virtual VOID BeginApplicationWarmup(VOID) = 0;
    virtual VOID EndApplicationWarmup(VOID) = 0;
    virtual BOOL QueryIsWarmingUp(VOID) = 0;
};

class IHttpUrlInfo
{
  public:
    virtual IHttpModuleContextContainer *GetModuleContextContainer(VOID) = 0;
    virtual BOOL IsFrequentlyHit(VOID) const = 0;
};

class IScriptMapInfo
{
  public:
    virtual PCWSTR GetPath(VOID) const = 0;
    virtual PCSTR GetAllowedVerbs(VOID) const = 0;
    virtual PCWSTR GetModules(DWORD *pcchModules = NULL) const = 0;
    virtual PCWSTR GetScriptProcessor(DWORD *pcchScriptProcessor = NULL) const = 0;
    virtual PCWSTR GetManagedType(DWORD *pcchManagedType = NULL) const = 0;
    virtual BOOL GetAllowPathInfoForScriptMappings(VOID) const = 0;
    virtual DWORD GetRequiredAccess(VOID) const = 0;
    virtual DWORD GetResourceType(VOID) const = 0;
    virtual BOOL GetIsStarScriptMap(VOID) const = 0;
    virtual DWORD GetResponseBufferLimit(VOID) const = 0;
    virtual PCWSTR GetName(VOID) const = 0;
};

class IMetadataInfo
{
  public:
    virtual PCWSTR GetMetaPath(VOID) const = 0;
    virtual PCWSTR GetVrPath(VOID) const = 0;
    virtual IHttpTokenEntry *GetVrToken(VOID) = 0;
    virtual IHttpModuleContextContainer *GetModuleContextContainer(VOID) = 0;
};

class IReferencedMetadataInfo : public IMetadataInfo
{
  public:
    virtual VOID ReferenceMetadata(VOID) = 0;
    virtual VOID DereferenceMetadata(VOID) = 0;
};

class IHttpRequest
{
  public:
    virtual HTTP_REQUEST *GetRawHttpRequest(VOID) = 0;
    virtual const HTTP_REQUEST *GetRawHttpRequest(VOID) const = 0;
    virtual PCSTR GetHeader(PCSTR pszHeaderName, USHORT *pcchHeaderValue = NULL) const = 0;
    virtual PCSTR GetHeader(HTTP_HEADER_ID ulHeaderIndex, USHORT *pcchHeaderValue = NULL) const = 0;
    virtual HRESULT SetHeader(PCSTR pszHeaderName, PCSTR pszHeaderValue, USHORT cchHeaderValue,
                              BOOL fReplace) = 0;
    virtual HRESULT SetHeader(HTTP_HEADER_ID ulHeaderIndex, PCSTR pszHeaderValue,
                              USHORT cchHeaderValue, BOOL fReplace) = 0;
    virtual HRESULT DeleteHeader(PCSTR pszHeaderName) = 0;
    virtual HRESULT DeleteHeader(HTTP_HEADER_ID ulHeaderIndex) = 0;
    virtual PCSTR GetHttpMethod(VOID) const = 0;
    virtual HRESULT SetHttpMethod(PCSTR pszHttpMethod) = 0;
    virtual HRESULT SetUrl(PCWSTR pszUrl, DWORD cchUrl, BOOL fResetQueryString) = 0;
    virtual HRESULT SetUrl(PCSTR pszUrl, DWORD cchUrl, BOOL fResetQueryString) = 0;
    virtual BOOL GetUrlChanged(VOID) const = 0;
    virtual PCWSTR GetForwardedUrl(VOID) const = 0;
    virtual PSOCKADDR GetLocalAddress(VOID) const = 0;
    virtual PSOCKADDR GetRemoteAddress(VOID) const = 0;
    virtual HRESULT ReadEntityBody(VOID *pvBuffer, DWORD cbBuffer, BOOL fAsync,
                                   DWORD *pcbBytesReceived, BOOL *pfCompletionPending = NULL) = 0;
    virtual HRESULT InsertEntityBody(VOID *pvBuffer, DWORD cbBuffer) = 0;
    virtual DWORD GetRemainingEntityBytes(VOID) = 0;
    virtual VOID GetHttpVersion(USHORT *pMajorVersion, USHORT *pMinorVersion) const = 0;
    virtual HRESULT GetClientCertificate(HTTP_SSL_CLIENT_CERT_INFO **ppClientCertInfo,
                                         BOOL *pfClientCertNegotiated) = 0;
    virtual HRESULT NegotiateClientCertificate(BOOL fAsync, BOOL *pfCompletionPending = NULL) = 0;
    virtual DWORD GetSiteId(VOID) const = 0;
    virtual HRESULT GetHeaderChanges(DWORD dwOldChangeNumber, DWORD *pdwNewChangeNumber,
                                     PCSTR knownHeaderSnapshot[HttpHeaderRequestMaximum],
                                     DWORD *pdwUnknownHeaderSnapshot,
                                     PCSTR **ppUnknownHeaderNameSnapshot,
                                     PCSTR **ppUnknownHeaderValueSnapshot,
                                     DWORD diffedKnownHeaderIndices[HttpHeaderRequestMaximum + 1],
                                     DWORD *pdwDiffedUnknownHeaders,
                                     DWORD **ppDiffedUnknownHeaderIndices) = 0;
};

class IHttpRequest2 : public IHttpRequest
{
  public:
    virtual HRESULT GetChannelBindingToken(PBYTE *ppToken, DWORD *pTokenSize) = 0;
};

/* Completion callback of the IIS 8 asynchronous overloads (IHttpRequest3,
 * IHttpResponse2). */
typedef REQUEST_NOTIFICATION_STATUS(WINAPI *PFN_ASYNC_COMPLETION)(
    IHttpContext3 *pHttpContext, IHttpCompletionInfo2 *pCompletionInfo, VOID *pvCompletionContext);

/* The derived request and response interfaces add overloads of base methods; the
 * using-declarations keep the base overloads callable through them (this changes name
 * lookup only, not the vtable). */
class IHttpRequest3 : public IHttpRequest2
{
  public:
    using IHttpRequest::ReadEntityBody;
    virtual HRESULT ReadEntityBody(VOID *pvBuffer, DWORD cbBuffer, BOOL fAsync,
                                   PFN_ASYNC_COMPLETION pfnCompletionCallback,
                                   VOID *pvCompletionContext, DWORD *pcbBytesReceived,
                                   BOOL *pfCompletionPending = NULL) = 0;
};

class IHttpRequest4 : public IHttpRequest3
{
  public:
    using IHttpRequest3::ReadEntityBody;
    virtual HRESULT ReadEntityBody(VOID *pvBuffer, DWORD cbBuffer, BOOL fAsync, ULONG ulFlags,
                                   DWORD *pcbBytesReceived, BOOL *pfCompletionPending = NULL) = 0;
};

class IHttpCachePolicy
{
  public:
    virtual HTTP_CACHE_POLICY *GetKernelCachePolicy(VOID) = 0;
    virtual VOID SetKernelCacheInvalidatorSet(VOID) = 0;
    virtual HTTP_CACHE_POLICY *GetUserCachePolicy(VOID) = 0;
    virtual HRESULT AppendVaryByHeader(PCSTR pszHeader) = 0;
    virtual PCSTR GetVaryByHeaders(VOID) const = 0;
    virtual HRESULT AppendVaryByQueryString(PCSTR pszParam) = 0;
    virtual PCSTR GetVaryByQueryStrings(VOID) const = 0;
    virtual HRESULT SetVaryByValue(PCSTR pszValue) = 0;
    virtual PCSTR GetVaryByValue(VOID) const = 0;
    virtual BOOL IsUserCacheEnabled(VOID) const = 0;
    virtual VOID DisableUserCache(VOID) = 0;
    virtual BOOL IsCached(VOID) const = 0;
    virtual VOID SetIsCached(VOID) = 0;
    virtual BOOL GetKernelCacheInvalidatorSet(VOID) const = 0;
};

class IHttpCachePolicy2 : public IHttpCachePolicy
{
  public:
    virtual BOOL IsForceUpdateSet(VOID) const = 0;
    virtual VOID SetForceUpdate(VOID) = 0;
};

class IHttpResponse
{
  public:
    virtual HTTP_RESPONSE *GetRawHttpResponse(VOID) = 0;
    virtual const HTTP_RESPONSE *GetRawHttpResponse(VOID) const = 0;
    virtual IHttpCachePolicy *GetCachePolicy(VOID) = 0;
    virtual HRESULT SetStatus(USHORT statusCode, PCSTR pszReason, USHORT uSubStatus = 0,
                              HRESULT hrErrorToReport = S_OK,
                              IAppHostConfigException *pException = NULL,
                              BOOL fTrySkipCustomErrors = FALSE) = 0;
    virtual HRESULT SetHeader(PCSTR pszHeaderName, PCSTR pszHeaderValue, USHORT cchHeaderValue,
                              BOOL fReplace) = 0;
    virtual HRESULT SetHeader(HTTP_HEADER_ID ulHeaderIndex, PCSTR pszHeaderValue,
                              USHORT cchHeaderValue, BOOL fReplace) = 0;
    virtual HRESULT DeleteHeader(PCSTR pszHeaderName) = 0;
    virtual HRESULT DeleteHeader(HTTP_HEADER_ID ulHeaderIndex) = 0;
    virtual PCSTR GetHeader(PCSTR pszHeaderName, USHORT *pcchHeaderValue = NULL) const = 0;
    virtual PCSTR GetHeader(HTTP_HEADER_ID ulHeaderIndex, USHORT *pcchHeaderValue = NULL) const = 0;
    virtual VOID Clear(VOID) = 0;
    virtual VOID ClearHeaders(VOID) = 0;
    virtual VOID SetNeedDisconnect(VOID) = 0;
    virtual VOID ResetConnection(VOID) = 0;
    virtual VOID DisableKernelCache(ULONG reason = 9) = 0;
    virtual BOOL GetKernelCacheEnabled(VOID) const = 0;
    virtual VOID SuppressHeaders(VOID) = 0;
    virtual BOOL GetHeadersSuppressed(VOID) const = 0;
    virtual HRESULT Flush(BOOL fAsync, BOOL fMoreData, DWORD *pcbSent,
                          BOOL *pfCompletionExpected = NULL) = 0;
    virtual HRESULT Redirect(PCSTR pszUrl, BOOL fResetStatusCode = TRUE,
                             BOOL fIncludeParameters = FALSE) = 0;
    virtual HRESULT WriteEntityChunkByReference(HTTP_DATA_CHUNK *pDataChunk,
                                                LONG lInsertPosition = -1) = 0;
    virtual HRESULT WriteEntityChunks(HTTP_DATA_CHUNK *pDataChunks, DWORD nChunks, BOOL fAsync,
                                      BOOL fMoreData, DWORD *pcbSent,
                                      BOOL *pfCompletionExpected = NULL) = 0;
    virtual VOID DisableBuffering(VOID) = 0;
    virtual VOID GetStatus(USHORT *pStatusCode, USHORT *pSubStatus = NULL, PCSTR *ppszReason = NULL,
                           USHORT *pcchReason = NULL, HRESULT *phrErrorToReport = NULL,
                           PCWSTR *ppszModule = NULL, DWORD *pdwNotification = NULL,
                           IAppHostConfigException **ppException = NULL,
                           BOOL *pfTrySkipCustomErrors = NULL) = 0;
    virtual HRESULT SetErrorDescription(PCWSTR pszDescription, DWORD cchDescription,
                                        BOOL fHtmlEncode = TRUE) = 0;
    virtual PCWSTR GetErrorDescription(DWORD *pcchDescription = NULL) = 0;
    virtual HRESULT GetHeaderChanges(DWORD dwOldChangeNumber, DWORD *pdwNewChangeNumber,
                                     PCSTR knownHeaderSnapshot[HttpHeaderResponseMaximum],
                                     DWORD *pdwUnknownHeaderSnapshot,
                                     PCSTR **ppUnknownHeaderNameSnapshot,
                                     PCSTR **ppUnknownHeaderValueSnapshot,
                                     DWORD diffedKnownHeaderIndices[HttpHeaderResponseMaximum + 1],
                                     DWORD *pdwDiffedUnknownHeaders,
                                     DWORD **ppDiffedUnknownHeaderIndices) = 0;
    virtual VOID CloseConnection(VOID) = 0;
};

class IHttpResponse2 : public IHttpResponse
{
  public:
    using IHttpResponse::Flush;
    using IHttpResponse::WriteEntityChunks;
    virtual HRESULT WriteEntityChunks(HTTP_DATA_CHUNK *pDataChunks, DWORD nChunks, BOOL fAsync,
                                      BOOL fMoreData, PFN_ASYNC_COMPLETION pfnCompletionCallback,
                                      VOID *pvCompletionContext, DWORD *pcbSent,
                                      BOOL *pfCompletionExpected = NULL) = 0;
    virtual HRESULT Flush(BOOL fAsync, BOOL fMoreData, PFN_ASYNC_COMPLETION pfnCompletionCallback,
                          VOID *pvCompletionContext, DWORD *pcbSent,
                          BOOL *pfCompletionExpected = NULL) = 0;
};

/* HTTP/2 server push (IIS 10). */
class IHttpResponse3 : public IHttpResponse2
{
  public:
    virtual HRESULT PushPromise(PCSTR pszVerb, PCWSTR pwszPath, PCWSTR pwszQuery, DWORD cHeaders,
                                PCSTR *rgHeaderNames, PCSTR *rgHeaderValues) = 0;
};

/* HTTP/2 trailers, GOAWAY and RST_STREAM (IIS 10). */
class IHttpResponse4 : public IHttpResponse3
{
  public:
    virtual HRESULT DeleteTrailer(PCSTR pszHeaderName) = 0;
    virtual PCSTR GetTrailer(PCSTR pszHeaderName, USHORT *pcchHeaderValue = NULL) const = 0;
    virtual VOID ResetStream(ULONG errorCode) = 0;
    virtual VOID SetNeedGoAway(VOID) = 0;
    virtual HRESULT SetTrailer(PCSTR pszHeaderName, PCSTR pszHeaderValue, USHORT cchHeaderValue,
                               BOOL fReplace) = 0;
};

class IHttpUser
{
  public:
    virtual PCWSTR GetRemoteUserName(VOID) = 0;
    virtual PCWSTR GetUserName(VOID) = 0;
    virtual PCWSTR GetAuthenticationType(VOID) = 0;
    virtual PCWSTR GetPassword(VOID) = 0;
    virtual HANDLE GetImpersonationToken(VOID) = 0;
    virtual HANDLE GetPrimaryToken(VOID) = 0;
    virtual VOID ReferenceUser(VOID) = 0;
    virtual VOID DereferenceUser(VOID) = 0;
    virtual BOOL SupportsIsInRole(VOID) = 0;
    virtual HRESULT IsInRole(PCWSTR pszRoleName, BOOL *pfInRole) = 0;
    virtual PVOID GetUserVariable(PCSTR pszVariableName) = 0;
};

class IHttpConnectionStoredContext : public IHttpStoredContext
{
  public:
    virtual VOID NotifyDisconnect(VOID) = 0;
};

class IHttpConnectionModuleContextContainer : public IHttpModuleContextContainer
{
  public:
    virtual IHttpConnectionStoredContext *GetConnectionModuleContext(HTTP_MODULE_ID moduleId) = 0;
    virtual HRESULT SetConnectionModuleContext(IHttpConnectionStoredContext *ppStoredContext,
                                               HTTP_MODULE_ID moduleId) = 0;
};

class IHttpConnection
{
  public:
    virtual BOOL IsConnected(VOID) const = 0;
    virtual VOID *AllocateMemory(DWORD cbAllocation) = 0;
    virtual IHttpConnectionModuleContextContainer *GetModuleContextContainer(VOID) = 0;
};

/* Versions for the deprecated IHttpContext::GetExtendedInterface (none defined). */
enum HTTP_CONTEXT_INTERFACE_VERSION {};

class IHttpContext
{
  public:
    virtual IHttpSite *GetSite(VOID) = 0;
    virtual IHttpApplication *GetApplication(VOID) = 0;
    virtual IHttpConnection *GetConnection(VOID) = 0;
    virtual IHttpRequest *GetRequest(VOID) = 0;
    virtual IHttpResponse *GetResponse(VOID) = 0;
    virtual BOOL GetResponseHeadersSent(VOID) const = 0;
    virtual IHttpUser *GetUser(VOID) const = 0;
    virtual IHttpModuleContextContainer *GetModuleContextContainer(VOID) = 0;
    virtual VOID IndicateCompletion(REQUEST_NOTIFICATION_STATUS notificationStatus) = 0;
    virtual HRESULT PostCompletion(DWORD cbBytes) = 0;
    virtual VOID DisableNotifications(DWORD dwNotifications, DWORD dwPostNotifications) = 0;
    virtual BOOL GetNextNotification(REQUEST_NOTIFICATION_STATUS status, DWORD *pdwNotification,
                                     BOOL *pfIsPostNotification, CHttpModule **ppModuleInfo,
                                     IHttpEventProvider **ppRequestOutput) = 0;
    virtual BOOL GetIsLastNotification(REQUEST_NOTIFICATION_STATUS status) = 0;
    virtual HRESULT ExecuteRequest(BOOL fAsync, IHttpContext *pHttpContext, DWORD dwExecuteFlags,
                                   IHttpUser *pHttpUser, BOOL *pfCompletionExpected = NULL) = 0;
    virtual DWORD GetExecuteFlags(VOID) const = 0;
    virtual HRESULT GetServerVariable(PCSTR pszVariableName, PCWSTR *ppszValue,
                                      DWORD *pcchValueLength) = 0;
    virtual HRESULT GetServerVariable(PCSTR pszVariableName, PCSTR *ppszValue,
                                      DWORD *pcchValueLength) = 0;
    virtual HRESULT SetServerVariable(PCSTR pszVariableName, PCWSTR pszVariableValue) = 0;
    virtual VOID *AllocateRequestMemory(DWORD cbAllocation) = 0;
    virtual IHttpUrlInfo *GetUrlInfo(VOID) = 0;
    virtual IMetadataInfo *GetMetadata(VOID) = 0;
    virtual PCWSTR GetPhysicalPath(DWORD *pcchPhysicalPath = NULL) = 0;
    virtual PCWSTR GetScriptName(DWORD *pcchScriptName = NULL) const = 0;
    virtual PCWSTR GetScriptTranslated(DWORD *pcchScriptTranslated = NULL) = 0;
    virtual IScriptMapInfo *GetScriptMap(VOID) const = 0;
    virtual VOID SetRequestHandled(VOID) = 0;
    virtual IHttpFileInfo *GetFileInfo(VOID) const = 0;
    virtual HRESULT MapPath(PCWSTR pszUrl, PWSTR pszPhysicalPath, DWORD *pcbPhysicalPath) = 0;
    virtual HRESULT NotifyCustomNotification(ICustomNotificationProvider *pCustomOutput,
                                             BOOL *pfCompletionExpected) = 0;
    virtual IHttpContext *GetParentContext(VOID) const = 0;
    virtual IHttpContext *GetRootContext(VOID) const = 0;
    virtual HRESULT CloneContext(DWORD dwCloneFlags, IHttpContext **ppHttpContext) = 0;
    virtual HRESULT ReleaseClonedContext(VOID) = 0;
    virtual HRESULT
    GetCurrentExecutionStats(DWORD *pdwNotification, DWORD *pdwNotificationStartTickCount = NULL,
                             PCWSTR *ppszModule = NULL, DWORD *pdwModuleStartTickCount = NULL,
                             DWORD *pdwAsyncNotification = NULL,
                             DWORD *pdwAsyncNotificationStartTickCount = NULL) const = 0;
    virtual IHttpTraceContext *GetTraceContext(VOID) const = 0;
    virtual HRESULT GetServerVarChanges(DWORD dwOldChangeNumber, DWORD *pdwNewChangeNumber,
                                        DWORD *pdwVariableSnapshot, PCSTR **ppVariableNameSnapshot,
                                        PCWSTR **ppVariableValueSnapshot, DWORD *pdwDiffedVariables,
                                        DWORD **ppDiffedVariableIndices) = 0;
    virtual HRESULT CancelIo(VOID) = 0;
    virtual HRESULT MapHandler(DWORD dwSiteId, PCWSTR pszSiteName, PCWSTR pszUrl, PCSTR pszVerb,
                               IScriptMapInfo **ppScriptMap,
                               BOOL fIgnoreWildcardMappings = FALSE) = 0;
    /* Deprecated in IIS: use HttpGetExtendedInterface. */
    virtual HRESULT GetExtendedInterface(HTTP_CONTEXT_INTERFACE_VERSION version,
                                         PVOID *ppInterface) = 0;
};

class IHttpContext2 : public IHttpContext
{
  public:
    virtual IHttpUser *GetOriginalUser(VOID) const = 0;
};

class IHttpContext3 : public IHttpContext2
{
  public:
    using IHttpContext::PostCompletion;
    virtual INamedContextContainer *GetNamedContextContainer(VOID) = 0;
    virtual VOID EnableFullDuplex(VOID) = 0;
    virtual HRESULT InheritServerVariable(PCSTR szName, BOOL fFailIfNotExist = FALSE) = 0;
    virtual HRESULT PostCompletion(DWORD cbBytes,
                                   LPOVERLAPPED_COMPLETION_ROUTINE pfnCompletionRoutine,
                                   VOID *pvCompletionContext) = 0;
};

class IHttpContext4 : public IHttpContext3
{
  public:
    /* Milliseconds: the request's start as GetTickCount64 gives it, and the time since. */
    virtual ULONGLONG GetRequestStartTime(VOID) = 0;
    virtual ULONGLONG GetRequestElapsedTime(VOID) = 0;
};

class IHttpTraceContext
{
  public:
    virtual HRESULT GetTraceConfiguration(HTTP_TRACE_CONFIGURATION *pHttpTraceConfiguration) = 0;
    virtual HRESULT SetTraceConfiguration(HTTP_MODULE_ID moduleId,
                                          HTTP_TRACE_CONFIGURATION *pHttpTraceConfiguration,
                                          DWORD cHttpTraceConfiguration = 1) = 0;
    virtual HRESULT RaiseTraceEvent(HTTP_TRACE_EVENT *pTraceEvent) = 0;
    virtual LPCGUID GetTraceActivityId() = 0;
    /* Level 4 is TRACE_LEVEL_INFORMATION. */
    virtual HRESULT QuickTrace(PCWSTR pszData1, PCWSTR pszData2 = NULL, HRESULT hrLastError = S_OK,
                               UCHAR Level = 4) = 0;
};

class IHttpCacheKey
{
  public:
    virtual DWORD GetHash(VOID) const = 0;
    virtual PCWSTR GetCacheName(VOID) const = 0;
    virtual bool GetIsEqual(IHttpCacheKey *pCacheCompareKey) const = 0;
    virtual bool GetIsPrefix(IHttpCacheKey *pCacheCompareKey) const = 0;
    virtual VOID Enum(IHttpCacheSpecificData *pCacheData) = 0;
};

class IHttpCacheSpecificData
{
  public:
    virtual IHttpCacheKey *GetCacheKey(VOID) const = 0;
    virtual VOID ReferenceCacheData(VOID) = 0;
    virtual VOID DereferenceCacheData(VOID) = 0;
    virtual VOID ResetTTL(VOID) = 0;
    virtual VOID DecrementTTL(BOOL *pfTTLExpired) = 0;
    virtual VOID SetFlushed(VOID) = 0;
    virtual BOOL GetFlushed(VOID) const = 0;
};

class IHttpSite
{
  public:
    virtual DWORD GetSiteId(VOID) const = 0;
    virtual PCWSTR GetSiteName(VOID) const = 0;
    virtual IHttpModuleContextContainer *GetModuleContextContainer(VOID) = 0;
    virtual IHttpPerfCounterInfo *GetPerfCounterInfo(VOID) = 0;
};

class IHttpFileMonitor
{
  public:
    virtual IHttpModuleContextContainer *GetModuleContextContainer(VOID) = 0;
    virtual VOID DereferenceFileMonitor(VOID) = 0;
};

class IHttpFileInfo : public IHttpCacheSpecificData
{
  public:
    virtual DWORD GetAttributes(VOID) const = 0;
    virtual VOID GetSize(ULARGE_INTEGER *pliSize) const = 0;
    virtual const BYTE *GetFileBuffer(VOID) const = 0;
    virtual HANDLE GetFileHandle(VOID) const = 0;
    virtual PCWSTR GetFilePath(VOID) const = 0;
    virtual PCSTR GetETag(USHORT *pcchETag = NULL) const = 0;
    virtual VOID GetLastModifiedTime(FILETIME *pFileTime) const = 0;
    virtual PCSTR GetLastModifiedString(VOID) const = 0;
    virtual BOOL GetHttpCacheAllowed(DWORD *pSecondsToLive) const = 0;
    virtual HRESULT AccessCheck(HANDLE hUserToken, PSID pUserSid) = 0;
    virtual HANDLE GetVrToken(VOID) const = 0;
    virtual PCWSTR GetVrPath(VOID) const = 0;
    virtual IHttpModuleContextContainer *GetModuleContextContainer(VOID) = 0;
    virtual BOOL CheckIfFileHasChanged(HANDLE hUserToken) = 0;
};

class IHttpTokenEntry : public IHttpCacheSpecificData
{
  public:
    virtual HANDLE GetImpersonationToken(VOID) = 0;
    virtual HANDLE GetPrimaryToken(VOID) = 0;
    virtual PSID GetSid(VOID) = 0;
};

/* Versions for IHttpServer::GetExtendedInterface. */
enum HTTP_SERVER_INTERFACE_VERSION { HTTP_SERVER_INTERFACE_V2, HTTP_SERVER_INTERFACE_V3 };

class IHttpServer
{
  public:
    virtual BOOL IsCommandLineLaunch(VOID) const = 0;
    virtual PCWSTR GetAppPoolName(VOID) const = 0;
    virtual HRESULT AssociateWithThreadPool(HANDLE hHandle,
                                            LPOVERLAPPED_COMPLETION_ROUTINE completionRoutine) = 0;
    virtual VOID IncrementThreadCount(VOID) = 0;
    virtual VOID DecrementThreadCount(VOID) = 0;
    virtual VOID ReportUnhealthy(PCWSTR pszReasonString, HRESULT hrReason) = 0;
    virtual VOID RecycleProcess(PCWSTR pszReason) = 0;
    virtual IAppHostAdminManager *GetAdminManager(VOID) const = 0;
    virtual HRESULT GetFileInfo(PCWSTR pszPhysicalPath, HANDLE hUserToken, PSID pSid,
                                PCWSTR pszChangeNotificationPath, HANDLE hChangeNotificationToken,
                                BOOL fCache, IHttpFileInfo **ppFileInfo,
                                IHttpTraceContext *pHttpTraceContext = NULL) = 0;
    virtual HRESULT FlushKernelCache(PCWSTR pszUrl) = 0;
    virtual HRESULT DoCacheOperation(CACHE_OPERATION cacheOperation, IHttpCacheKey *pCacheKey,
                                     IHttpCacheSpecificData **ppCacheSpecificData,
                                     IHttpTraceContext *pHttpTraceContext = NULL) = 0;
    virtual GLOBAL_NOTIFICATION_STATUS
    NotifyCustomNotification(ICustomNotificationProvider *pCustomOutput) = 0;
    virtual IHttpPerfCounterInfo *GetPerfCounterInfo(VOID) = 0;
    virtual VOID RecycleApplication(PCWSTR pszAppConfigPath) = 0;
    virtual VOID NotifyConfigurationChange(PCWSTR pszPath) = 0;
    virtual VOID NotifyFileChange(PCWSTR pszFileName) = 0;
    virtual IDispensedHttpModuleContextContainer *DispenseContainer(VOID) = 0;
    virtual HRESULT AddFragmentToCache(HTTP_DATA_CHUNK *pDataChunk, PCWSTR pszFragmentName) = 0;
    virtual HRESULT ReadFragmentFromCache(PCWSTR pszFragmentName, BYTE *pvBuffer, DWORD cbSize,
                                          DWORD *pcbCopied) = 0;
    virtual HRESULT RemoveFragmentFromCache(PCWSTR pszFragmentName) = 0;
    virtual HRESULT GetWorkerProcessSettings(IWpfSettings **ppWorkerProcessSettings) = 0;
    virtual HRESULT GetProtocolManagerCustomInterface(PCWSTR pProtocolManagerDll,
                                                      PCWSTR pProtocolManagerDllInitFunction,
                                                      DWORD dwCustomInterfaceId,
                                                      PVOID *ppCustomInterface) = 0;
    virtual BOOL SatisfiesPrecondition(PCWSTR pszPrecondition,
                                       BOOL *pfUnknownPrecondition = NULL) const = 0;
    virtual IHttpTraceContext *GetTraceContext(VOID) const = 0;
    virtual HRESULT RegisterFileChangeMonitor(PCWSTR pszPath, HANDLE hToken,
                                              IHttpFileMonitor **ppFileMonitor) = 0;
    virtual HRESULT GetExtendedInterface(HTTP_SERVER_INTERFACE_VERSION version,
                                         PVOID *ppInterface) = 0;

    /* The IIS reference also documents these two, from IIS 7.0's pre-release headers; no
     * released IIS has them in IHttpServer's vtable. They are declared for source that
     * names them, not virtual so that the vtable stays IIS's, and report what a released
     * server offers: no managed type for a path, and no INativeConfigurationSystem (the
     * configuration is read through GetAdminManager). */
    HRESULT GetManagedType(DWORD dwSiteId, PCWSTR pszVirtualPath, PWSTR pszManagedType,
                           DWORD *pcchManagedType)
    {
        (void)dwSiteId;
        (void)pszManagedType;
        if (pszVirtualPath == NULL || pcchManagedType == NULL)
            return E_INVALIDARG;
        return HRESULT_FROM_WIN32(ERROR_NOT_SUPPORTED);
    }
    INativeConfigurationSystem *GetConfigObject(VOID) const { return NULL; }
};

class IHttpServer2 : public IHttpServer
{
  public:
    using IHttpServer::GetExtendedInterface;
    virtual HRESULT GetToken(PCWSTR pszUserName, PCWSTR pszPassword, DWORD dwLogonMethod,
                             IHttpTokenEntry **ppTokenEntry, PCWSTR pszDefaultDomain = NULL,
                             PSOCKADDR pSockAddr = NULL,
                             IHttpTraceContext *pHttpTraceContext = NULL) = 0;
    virtual PCWSTR GetAppPoolConfigFile(DWORD *pcchConfigFilePath = NULL) const = 0;
    /* Returns in *ppOutput the Version2 interface of pInput, which is a Version1. */
    virtual HRESULT GetExtendedInterface(const GUID &Version1, PVOID pInput, const GUID &Version2,
                                         PVOID *ppOutput) = 0;
    virtual HRESULT GetMetadata(PCWSTR pszSiteName, PCWSTR pszUrl,
                                IReferencedMetadataInfo **ppMetadataInfo) = 0;
    virtual HRESULT
    GetWorkerProcessFramework(IWorkerProcessFramework **ppWorkerProcessFramework) = 0;
};

/* Gets a newer interface (e.g. IHttpContext3) from an older one (IHttpContext) through
 * IHttpServer2::GetExtendedInterface; the interface types are deduced from the
 * arguments. */
template <class HttpType1, class HttpType2>
HRESULT HttpGetExtendedInterface(IHttpServer *pHttpServer, HttpType1 *pInput, HttpType2 **ppOutput)
{
    IHttpServer2 *pHttpServer2;
    HRESULT hr = pHttpServer->GetExtendedInterface(HTTP_SERVER_INTERFACE_V2,
                                                   reinterpret_cast<void **>(&pHttpServer2));
    if (SUCCEEDED(hr)) {
        hr = pHttpServer2->GetExtendedInterface(w3compat_httpserv_iid<HttpType1>::value(), pInput,
                                                w3compat_httpserv_iid<HttpType2>::value(),
                                                reinterpret_cast<void **>(ppOutput));
    }
    return hr;
}

/* The provider passed with every notification. */
class IHttpEventProvider
{
  public:
    virtual VOID SetErrorStatus(HRESULT hrError) = 0;
};

class IHttpCompletionInfo
{
  public:
    virtual DWORD GetCompletionBytes(VOID) const = 0;
    virtual HRESULT GetCompletionStatus(VOID) const = 0;
};

class IHttpCompletionInfo2 : public IHttpCompletionInfo
{
  public:
    virtual DWORD GetCompletedOperation(VOID) const = 0;
};

/* RQ_CUSTOM_NOTIFICATION and GL_CUSTOM_NOTIFICATION; modules implement it to raise one. */
class ICustomNotificationProvider : public IHttpEventProvider
{
  public:
    virtual PCWSTR QueryNotificationType(VOID) = 0;
};

/* RQ_AUTHENTICATE_REQUEST */
class IAuthenticationProvider : public IHttpEventProvider
{
  public:
    virtual VOID SetUser(IHttpUser *pUser) = 0;
};

/* RQ_MAP_REQUEST_HANDLER */
class IMapHandlerProvider : public IHttpEventProvider
{
  public:
    virtual HRESULT SetScriptName(PCWSTR pszScriptName, DWORD cchScriptName) = 0;
    virtual VOID SetScriptMap(IScriptMapInfo *pScriptMap) = 0;
    virtual VOID SetFileInfo(IHttpFileInfo *pFileInfo) = 0;
};

/* RQ_MAP_PATH */
class IMapPathProvider : public IHttpEventProvider
{
  public:
    virtual PCWSTR GetUrl(VOID) const = 0;
    virtual PCWSTR GetPhysicalPath(VOID) const = 0;
    virtual HRESULT SetPhysicalPath(PCWSTR pszPhysicalPath, DWORD cchPhysicalPath) = 0;
};

/* RQ_SEND_RESPONSE */
class ISendResponseProvider : public IHttpEventProvider
{
  public:
    virtual BOOL GetHeadersBeingSent(VOID) const = 0;
    virtual DWORD GetFlags(VOID) const = 0;
    virtual VOID SetFlags(DWORD dwFlags) = 0;
    virtual VOID *GetLogData(VOID) const = 0; /* an HTTP_LOG_FIELDS_DATA (http.h) */
    virtual HRESULT SetLogData(VOID *pLogData) = 0;
    virtual BOOL GetReadyToLogData(VOID) const = 0;
};

/* RQ_READ_ENTITY */
class IReadEntityProvider : public IHttpEventProvider
{
  public:
    virtual VOID GetEntity(PVOID *ppBuffer, DWORD *pcbData, DWORD *pcbBuffer) = 0;
    virtual VOID SetEntity(PVOID pBuffer, DWORD cbData, DWORD cbBuffer) = 0;
};

/* GL_PRE_BEGIN_REQUEST */
class IPreBeginRequestProvider : public IHttpEventProvider
{
  public:
    virtual IHttpContext *GetHttpContext(VOID) = 0;
};

/* GL_APPLICATION_START and GL_APPLICATION_STOP */
class IHttpApplicationProvider : public IHttpEventProvider
{
  public:
    virtual IHttpApplication *GetApplication(VOID) = 0;
};
typedef IHttpApplicationProvider IHttpApplicationStartProvider;
typedef IHttpApplicationProvider IHttpApplicationStopProvider;

/* GL_APPLICATION_RESOLVE_MODULES */
class IHttpApplicationResolveModulesProvider : public IHttpApplicationProvider
{
  public:
    virtual HRESULT RegisterModule(HTTP_MODULE_ID parentModuleId,
                                   IHttpModuleFactory *pModuleFactory, PCWSTR pszModuleName,
                                   PCWSTR pszModuleType, PCWSTR pszModulePreCondition,
                                   DWORD dwRequestNotifications,
                                   DWORD dwPostRequestNotifications) = 0;
    virtual HRESULT SetPriorityForRequestNotification(PCWSTR pszModuleName,
                                                      DWORD dwRequestNotification,
                                                      PCWSTR pszPriorityAlias) = 0;
};

/* GL_RSCA_QUERY */
class IGlobalRSCAQueryProvider : public IHttpEventProvider
{
  public:
    virtual PCWSTR GetFunctionName(VOID) const = 0;
    virtual PCWSTR GetFunctionParameters(VOID) const = 0;
    virtual HRESULT GetOutputBuffer(DWORD cbBuffer, BYTE **ppbBuffer) = 0;
    virtual HRESULT ResizeOutputBuffer(DWORD cbNewBuffer, DWORD cbBytesToCopy,
                                       BYTE **ppbBuffer) = 0;
    virtual VOID SetResult(DWORD cbData, HRESULT hr) = 0;
};

/* GL_STOP_LISTENING */
class IGlobalStopListeningProvider : public IHttpEventProvider
{
  public:
    virtual BOOL DrainRequestsGracefully(VOID) const = 0;
};

/* GL_CACHE_OPERATION */
class ICacheProvider : public IHttpEventProvider
{
  public:
    virtual CACHE_OPERATION GetCacheOperation(VOID) const = 0;
    virtual IHttpCacheKey *GetCacheKey(VOID) const = 0;
    virtual IHttpCacheSpecificData *GetCacheRecord(VOID) const = 0;
    virtual VOID SetCacheRecord(IHttpCacheSpecificData *pCacheRecord) = 0;
    virtual IHttpTraceContext *GetTraceContext(VOID) const = 0;
};

/* GL_CONFIGURATION_CHANGE */
class IGlobalConfigurationChangeProvider : public IHttpEventProvider
{
  public:
    virtual PCWSTR GetChangePath(VOID) const = 0;
};

/* GL_FILE_CHANGE */
class IGlobalFileChangeProvider : public IHttpEventProvider
{
  public:
    virtual PCWSTR GetFileName(VOID) const = 0;
    virtual IHttpFileMonitor *GetFileMonitor(VOID) = 0;
};

/* GL_TRACE_EVENT */
class IGlobalTraceEventProvider : public IHttpEventProvider
{
  public:
    virtual HRESULT GetTraceEvent(HTTP_TRACE_EVENT **ppTraceEvent) = 0;
    virtual BOOL CheckSubscription(HTTP_MODULE_ID ModuleId) = 0;
    virtual HRESULT GetCurrentHttpRequestContext(IHttpContext **ppHttpContext) = 0;
};

/* GL_THREAD_CLEANUP */
class IGlobalThreadCleanupProvider : public IHttpEventProvider
{
  public:
    virtual IHttpApplication *GetApplication(VOID) = 0;
};

/* GL_APPLICATION_PRELOAD */
class IGlobalApplicationPreloadProvider : public IHttpEventProvider
{
  public:
    virtual HRESULT CreateContext(IHttpContext **ppHttpContext) = 0;
    virtual HRESULT ExecuteRequest(IHttpContext *pHttpContext, IHttpUser *pHttpUser) = 0;
};

class IGlobalApplicationPreloadProvider2 : public IGlobalApplicationPreloadProvider
{
  public:
    virtual BOOL IsProcessRecycled(VOID) const = 0;
};

/* GL_SUSPEND_PROCESS */
class IGlobalSuspendProcessCallback : public IHttpEventProvider
{
  public:
    virtual HRESULT Resume(VOID) = 0;
};

/* What the default handlers below do where IIS's write a debug message and break into
 * the debugger: report the handler (the host logs it with the module's name, see
 * w3compat.h), and let the request go on. */
inline void w3compat_httpserv_not_overridden(const char *handler)
{
    W3ReportNotOverridden(handler);
}

#define W3COMPAT_RQ_DEFAULT(name, provider)                                                        \
    virtual REQUEST_NOTIFICATION_STATUS name(IHttpContext *, provider *)                           \
    {                                                                                              \
        w3compat_httpserv_not_overridden("CHttpModule::" #name);                                   \
        return RQ_NOTIFICATION_CONTINUE;                                                           \
    }

/* The base class of request-level modules. A module overrides the handlers of the
 * notifications it registers for in IHttpModuleRegistrationInfo::SetRequestNotifications;
 * IIS creates one instance per request through IHttpModuleFactory::GetHttpModule and
 * calls Dispose at the end of the request. */
class CHttpModule
{
  public:
    W3COMPAT_RQ_DEFAULT(OnBeginRequest, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPostBeginRequest, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnAuthenticateRequest, IAuthenticationProvider)
    W3COMPAT_RQ_DEFAULT(OnPostAuthenticateRequest, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnAuthorizeRequest, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPostAuthorizeRequest, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnResolveRequestCache, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPostResolveRequestCache, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnMapRequestHandler, IMapHandlerProvider)
    W3COMPAT_RQ_DEFAULT(OnPostMapRequestHandler, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnAcquireRequestState, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPostAcquireRequestState, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPreExecuteRequestHandler, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPostPreExecuteRequestHandler, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnExecuteRequestHandler, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPostExecuteRequestHandler, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnReleaseRequestState, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPostReleaseRequestState, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnUpdateRequestCache, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPostUpdateRequestCache, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnLogRequest, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPostLogRequest, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnEndRequest, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnPostEndRequest, IHttpEventProvider)
    W3COMPAT_RQ_DEFAULT(OnSendResponse, ISendResponseProvider)
    W3COMPAT_RQ_DEFAULT(OnMapPath, IMapPathProvider)
    W3COMPAT_RQ_DEFAULT(OnReadEntity, IReadEntityProvider)
    W3COMPAT_RQ_DEFAULT(OnCustomRequestNotification, ICustomNotificationProvider)

    /* Completion of an asynchronous operation a handler started (it returned
     * RQ_NOTIFICATION_PENDING). */
    virtual REQUEST_NOTIFICATION_STATUS
    OnAsyncCompletion(IHttpContext *, DWORD, BOOL, IHttpEventProvider *, IHttpCompletionInfo *)
    {
        w3compat_httpserv_not_overridden("CHttpModule::OnAsyncCompletion");
        return RQ_NOTIFICATION_CONTINUE;
    }

    /* Called at the end of the request; suits modules created with new. */
    virtual VOID Dispose(VOID) { delete this; }

  protected:
    CHttpModule() {}
    virtual ~CHttpModule() {}
};

#undef W3COMPAT_RQ_DEFAULT

#define W3COMPAT_GL_DEFAULT(name, params)                                                          \
    virtual GLOBAL_NOTIFICATION_STATUS name params                                                 \
    {                                                                                              \
        w3compat_httpserv_not_overridden("CGlobalModule::" #name);                                 \
        return GL_NOTIFICATION_CONTINUE;                                                           \
    }

/* The base class of global modules (IHttpModuleRegistrationInfo::SetGlobalNotifications).
 * Terminate is called before the module is unloaded and must free the instance. */
class CGlobalModule
{
  public:
    W3COMPAT_GL_DEFAULT(OnGlobalStopListening, (IGlobalStopListeningProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalCacheCleanup, (VOID))
    W3COMPAT_GL_DEFAULT(OnGlobalCacheOperation, (ICacheProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalHealthCheck, (VOID))
    W3COMPAT_GL_DEFAULT(OnGlobalConfigurationChange, (IGlobalConfigurationChangeProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalFileChange, (IGlobalFileChangeProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalPreBeginRequest, (IPreBeginRequestProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalApplicationStart, (IHttpApplicationStartProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalApplicationResolveModules,
                        (IHttpApplicationResolveModulesProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalApplicationStop, (IHttpApplicationStopProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalRSCAQuery, (IGlobalRSCAQueryProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalTraceEvent, (IGlobalTraceEventProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalCustomNotification, (ICustomNotificationProvider *))
    virtual VOID Terminate(VOID) = 0;
    W3COMPAT_GL_DEFAULT(OnGlobalThreadCleanup, (IGlobalThreadCleanupProvider *))
    W3COMPAT_GL_DEFAULT(OnGlobalApplicationPreload, (IGlobalApplicationPreloadProvider *))
    W3COMPAT_GL_DEFAULT(OnSuspendProcess, (IGlobalSuspendProcessCallback **))
};

#undef W3COMPAT_GL_DEFAULT

/* Memory that lives until the end of the request; handed to GetHttpModule. */
class IModuleAllocator
{
  public:
    virtual VOID *AllocateMemory(DWORD cbAllocation) = 0;
};

class IHttpModuleFactory
{
  public:
    virtual HRESULT GetHttpModule(CHttpModule **ppModule, IModuleAllocator *pAllocator) = 0;
    virtual VOID Terminate(VOID) = 0;
};

class IHttpModuleRegistrationInfo
{
  public:
    virtual PCWSTR GetName(VOID) const = 0;
    virtual HTTP_MODULE_ID GetId(VOID) const = 0;
    virtual HRESULT SetRequestNotifications(IHttpModuleFactory *pModuleFactory,
                                            DWORD dwRequestNotifications,
                                            DWORD dwPostRequestNotifications) = 0;
    virtual HRESULT SetGlobalNotifications(CGlobalModule *pGlobalModule,
                                           DWORD dwGlobalNotifications) = 0;
    virtual HRESULT SetPriorityForRequestNotification(DWORD dwRequestNotification,
                                                      PCWSTR pszPriority) = 0;
    virtual HRESULT SetPriorityForGlobalNotification(DWORD dwGlobalNotification,
                                                     PCWSTR pszPriority) = 0;
};

class IHttpModuleRegistrationInfo2 : public IHttpModuleRegistrationInfo
{
  public:
    virtual HRESULT SetPriorityForPostRequestNotification(DWORD dwPostRequestNotification,
                                                          PCWSTR pszPriority) = 0;
};

/* The module's entry point, exported as "RegisterModule". dwServerVersion is the IIS
 * major version the host emulates. */
typedef HRESULT(WINAPI *PFN_REGISTERMODULE)(DWORD dwServerVersion,
                                            IHttpModuleRegistrationInfo *pModuleInfo,
                                            IHttpServer *pGlobalInfo);

/* Declared here so that a module's definition of RegisterModule gets C linkage and is
 * exported under that plain name without a .def file, on both platforms. */
extern "C" __declspec(dllexport) HRESULT WINAPI
    RegisterModule(DWORD dwServerVersion, IHttpModuleRegistrationInfo *pModuleInfo,
                   IHttpServer *pGlobalInfo);

#endif
