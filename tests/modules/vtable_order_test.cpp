/* Header-order acceptance test: every virtual method of httpserv.h and httpcach.h sits
 * in the vtable slot that IIS's declaration order gives it, and no interface has slots
 * beyond IIS's.
 *
 * Each test case below is the table for one interface: SLOT(n, Method) says that Method
 * is slot n in IIS's declaration order (counting inherited slots first); SLOT_OF names
 * one overload by its type; TOTAL(n) is the length of the vtable.
 *
 * How IIS's order was established. The IIS docs (MicrosoftDocs/iis-docs,
 * native-code-api-reference/) list each interface's methods alphabetically, so they give
 * the set of methods, not the order. The order was read from Microsoft's httpserv.h and
 * httpcach.h as published in public repositories: an IIS 7.5 SDK copy (interfaces of
 * IIS 7/7.5) and a Windows 10 SDK copy (adds the IIS 8/10 interfaces: IHttpContext3/4,
 * IHttpRequest3/4, IHttpResponse2/3/4, IHttpApplication2, INamedContextContainer,
 * IReferencedMetadataInfo, IHttpCompletionInfo2, IGlobalApplicationPreloadProvider2,
 * IGlobalSuspendProcessCallback, IHttpModuleRegistrationInfo2,
 * CGlobalModule::OnSuspendProcess). The two copies agree on every interface they share.
 * Independent check: the TerraFX.Interop.Windows C# bindings, generated from the Windows
 * SDK, annotate methods with their vtable index; the indices compared
 * (IHttpRequest::InsertEntityBody 17, GetRemainingEntityBytes 18, GetHttpVersion 19;
 * IHttpContext::GetExtendedInterface 38; IHttpContext2::GetOriginalUser 39;
 * IHttpContext3::GetNamedContextContainer 40, EnableFullDuplex 41,
 * InheritServerVariable 42; IHttpServer2::GetToken 26, GetWorkerProcessFramework 30)
 * agree with this table. httpcach.h (IUriKey, IFileKey, IHttpTokenKey) has a single
 * public copy and no second source; the IHttpCacheKey overrides there are checked to
 * keep the base slot.
 *
 * Overloads (GetHeader, SetHeader, GetRawHttpRequest, ...) are numbered in declaration
 * order, which is GCC's layout for Linux and MinGW-w64 alike. (MSVC groups overloads in
 * reverse order; that only matters for binaries built by MSVC, which w3compat does not
 * load.) CHttpModule's virtual destructor, declared last, takes two Itanium slots
 * (complete and deleting destructor), hence its TOTAL of 32 for 30 methods. */
#include <stdio.h>

#include <windows.h>
#include <httpserv.h>
#include <httpcach.h>

#include "vtable_slot.h"
#include "w3test.h"

static void expect_slot(const char *file, int line, const char *iface, const char *method,
                        long actual, long expected)
{
    printf("%s::%s slot %ld (IIS %ld)\n", iface, method, actual, expected);
    w3t_check_i(file, line, method, "IIS slot", actual, expected);
}

#define IFACE(name)                                                                                \
    using I = name;                                                                                \
    static const char *const iface = #name
#define SLOT(n, method)                                                                            \
    expect_slot(__FILE__, __LINE__, iface, #method, w3_vtable_slot(&I::method), n)
#define SLOT_OF(n, method, ...)                                                                    \
    expect_slot(__FILE__, __LINE__, iface, #method " as " #__VA_ARGS__,                            \
                w3_vtable_slot(static_cast<__VA_ARGS__>(&I::method)), n)
#define TOTAL(n) expect_slot(__FILE__, __LINE__, iface, "(vtable size)", w3_vtable_size<I>(), n)

/* The slot reading itself, on a class whose layout is known. */
struct known_layout {
    virtual void first() {}
    virtual void second() {}
    void not_virtual() {}
    virtual void third() {}
    virtual ~known_layout() {}
};

W3_TEST(slot_reading)
{
    IFACE(known_layout);
    SLOT(0, first);
    SLOT(1, second);
    SLOT(2, third);
    W3_CHECK_EQ_I(w3_vtable_slot(&known_layout::not_virtual), -1);
    TOTAL(5);
}

W3_TEST(IHttpStoredContext)
{
    IFACE(IHttpStoredContext);
    SLOT(0, CleanupStoredContext);
    TOTAL(1);
}

W3_TEST(IHttpConnectionStoredContext)
{
    IFACE(IHttpConnectionStoredContext);
    SLOT(0, CleanupStoredContext);
    SLOT(1, NotifyDisconnect);
    TOTAL(2);
}

W3_TEST(IHttpModuleContextContainer)
{
    IFACE(IHttpModuleContextContainer);
    SLOT(0, GetModuleContext);
    SLOT(1, SetModuleContext);
    TOTAL(2);
}

W3_TEST(IDispensedHttpModuleContextContainer)
{
    IFACE(IDispensedHttpModuleContextContainer);
    SLOT(2, ReleaseContainer);
    TOTAL(3);
}

W3_TEST(IHttpConnectionModuleContextContainer)
{
    IFACE(IHttpConnectionModuleContextContainer);
    SLOT(2, GetConnectionModuleContext);
    SLOT(3, SetConnectionModuleContext);
    TOTAL(4);
}

W3_TEST(INamedContextContainer)
{
    IFACE(INamedContextContainer);
    SLOT(0, GetNamedContext);
    SLOT(1, SetNamedContext);
    TOTAL(2);
}

W3_TEST(IHttpPerfCounterInfo)
{
    IFACE(IHttpPerfCounterInfo);
    SLOT(0, IncrementCounter);
    SLOT(1, DecrementCounter);
    TOTAL(2);
}

W3_TEST(IHttpApplication)
{
    IFACE(IHttpApplication);
    SLOT(0, GetApplicationPhysicalPath);
    SLOT(1, GetApplicationId);
    SLOT(2, GetAppConfigPath);
    SLOT(3, GetModuleContextContainer);
    TOTAL(4);
}

W3_TEST(IHttpApplication2)
{
    IFACE(IHttpApplication2);
    SLOT(4, BeginApplicationWarmup);
    SLOT(5, EndApplicationWarmup);
    SLOT(6, QueryIsWarmingUp);
    TOTAL(7);
}

W3_TEST(IHttpUrlInfo)
{
    IFACE(IHttpUrlInfo);
    SLOT(0, GetModuleContextContainer);
    SLOT(1, IsFrequentlyHit);
    TOTAL(2);
}

W3_TEST(IScriptMapInfo)
{
    IFACE(IScriptMapInfo);
    SLOT(0, GetPath);
    SLOT(1, GetAllowedVerbs);
    SLOT(2, GetModules);
    SLOT(3, GetScriptProcessor);
    SLOT(4, GetManagedType);
    SLOT(5, GetAllowPathInfoForScriptMappings);
    SLOT(6, GetRequiredAccess);
    SLOT(7, GetResourceType);
    SLOT(8, GetIsStarScriptMap);
    SLOT(9, GetResponseBufferLimit);
    SLOT(10, GetName);
    TOTAL(11);
}

W3_TEST(IMetadataInfo)
{
    IFACE(IMetadataInfo);
    SLOT(0, GetMetaPath);
    SLOT(1, GetVrPath);
    SLOT(2, GetVrToken);
    SLOT(3, GetModuleContextContainer);
    TOTAL(4);
}

W3_TEST(IReferencedMetadataInfo)
{
    IFACE(IReferencedMetadataInfo);
    SLOT(4, ReferenceMetadata);
    SLOT(5, DereferenceMetadata);
    TOTAL(6);
}

W3_TEST(IHttpRequest)
{
    IFACE(IHttpRequest);
    SLOT_OF(0, GetRawHttpRequest, HTTP_REQUEST * (I::*)());
    SLOT_OF(1, GetRawHttpRequest, const HTTP_REQUEST *(I::*)() const);
    SLOT_OF(2, GetHeader, PCSTR(I::*)(PCSTR, USHORT *) const);
    SLOT_OF(3, GetHeader, PCSTR(I::*)(HTTP_HEADER_ID, USHORT *) const);
    SLOT_OF(4, SetHeader, HRESULT(I::*)(PCSTR, PCSTR, USHORT, BOOL));
    SLOT_OF(5, SetHeader, HRESULT(I::*)(HTTP_HEADER_ID, PCSTR, USHORT, BOOL));
    SLOT_OF(6, DeleteHeader, HRESULT(I::*)(PCSTR));
    SLOT_OF(7, DeleteHeader, HRESULT(I::*)(HTTP_HEADER_ID));
    SLOT(8, GetHttpMethod);
    SLOT(9, SetHttpMethod);
    SLOT_OF(10, SetUrl, HRESULT(I::*)(PCWSTR, DWORD, BOOL));
    SLOT_OF(11, SetUrl, HRESULT(I::*)(PCSTR, DWORD, BOOL));
    SLOT(12, GetUrlChanged);
    SLOT(13, GetForwardedUrl);
    SLOT(14, GetLocalAddress);
    SLOT(15, GetRemoteAddress);
    SLOT(16, ReadEntityBody);
    SLOT(17, InsertEntityBody);
    SLOT(18, GetRemainingEntityBytes);
    SLOT(19, GetHttpVersion);
    SLOT(20, GetClientCertificate);
    SLOT(21, NegotiateClientCertificate);
    SLOT(22, GetSiteId);
    SLOT(23, GetHeaderChanges);
    TOTAL(24);
}

W3_TEST(IHttpRequest2)
{
    IFACE(IHttpRequest2);
    SLOT(24, GetChannelBindingToken);
    TOTAL(25);
}

W3_TEST(IHttpRequest3)
{
    IFACE(IHttpRequest3);
    SLOT_OF(25, ReadEntityBody,
            HRESULT(I::*)(VOID *, DWORD, BOOL, PFN_ASYNC_COMPLETION, VOID *, DWORD *, BOOL *));
    TOTAL(26);
}

W3_TEST(IHttpRequest4)
{
    IFACE(IHttpRequest4);
    SLOT_OF(26, ReadEntityBody, HRESULT(I::*)(VOID *, DWORD, BOOL, ULONG, DWORD *, BOOL *));
    TOTAL(27);
}

W3_TEST(IHttpCachePolicy)
{
    IFACE(IHttpCachePolicy);
    SLOT(0, GetKernelCachePolicy);
    SLOT(1, SetKernelCacheInvalidatorSet);
    SLOT(2, GetUserCachePolicy);
    SLOT(3, AppendVaryByHeader);
    SLOT(4, GetVaryByHeaders);
    SLOT(5, AppendVaryByQueryString);
    SLOT(6, GetVaryByQueryStrings);
    SLOT(7, SetVaryByValue);
    SLOT(8, GetVaryByValue);
    SLOT(9, IsUserCacheEnabled);
    SLOT(10, DisableUserCache);
    SLOT(11, IsCached);
    SLOT(12, SetIsCached);
    SLOT(13, GetKernelCacheInvalidatorSet);
    TOTAL(14);
}

W3_TEST(IHttpCachePolicy2)
{
    IFACE(IHttpCachePolicy2);
    SLOT(14, IsForceUpdateSet);
    SLOT(15, SetForceUpdate);
    TOTAL(16);
}

W3_TEST(IHttpResponse)
{
    IFACE(IHttpResponse);
    SLOT_OF(0, GetRawHttpResponse, HTTP_RESPONSE * (I::*)());
    SLOT_OF(1, GetRawHttpResponse, const HTTP_RESPONSE *(I::*)() const);
    SLOT(2, GetCachePolicy);
    SLOT(3, SetStatus);
    SLOT_OF(4, SetHeader, HRESULT(I::*)(PCSTR, PCSTR, USHORT, BOOL));
    SLOT_OF(5, SetHeader, HRESULT(I::*)(HTTP_HEADER_ID, PCSTR, USHORT, BOOL));
    SLOT_OF(6, DeleteHeader, HRESULT(I::*)(PCSTR));
    SLOT_OF(7, DeleteHeader, HRESULT(I::*)(HTTP_HEADER_ID));
    SLOT_OF(8, GetHeader, PCSTR(I::*)(PCSTR, USHORT *) const);
    SLOT_OF(9, GetHeader, PCSTR(I::*)(HTTP_HEADER_ID, USHORT *) const);
    SLOT(10, Clear);
    SLOT(11, ClearHeaders);
    SLOT(12, SetNeedDisconnect);
    SLOT(13, ResetConnection);
    SLOT(14, DisableKernelCache);
    SLOT(15, GetKernelCacheEnabled);
    SLOT(16, SuppressHeaders);
    SLOT(17, GetHeadersSuppressed);
    SLOT(18, Flush);
    SLOT(19, Redirect);
    SLOT(20, WriteEntityChunkByReference);
    SLOT(21, WriteEntityChunks);
    SLOT(22, DisableBuffering);
    SLOT(23, GetStatus);
    SLOT(24, SetErrorDescription);
    SLOT(25, GetErrorDescription);
    SLOT(26, GetHeaderChanges);
    SLOT(27, CloseConnection);
    TOTAL(28);
}

W3_TEST(IHttpResponse2)
{
    IFACE(IHttpResponse2);
    SLOT_OF(28, WriteEntityChunks,
            HRESULT(I::*)(HTTP_DATA_CHUNK *, DWORD, BOOL, BOOL, PFN_ASYNC_COMPLETION, VOID *,
                          DWORD *, BOOL *));
    SLOT_OF(29, Flush, HRESULT(I::*)(BOOL, BOOL, PFN_ASYNC_COMPLETION, VOID *, DWORD *, BOOL *));
    TOTAL(30);
}

W3_TEST(IHttpResponse3)
{
    IFACE(IHttpResponse3);
    SLOT(30, PushPromise);
    TOTAL(31);
}

W3_TEST(IHttpResponse4)
{
    IFACE(IHttpResponse4);
    SLOT(31, DeleteTrailer);
    SLOT(32, GetTrailer);
    SLOT(33, ResetStream);
    SLOT(34, SetNeedGoAway);
    SLOT(35, SetTrailer);
    TOTAL(36);
}

W3_TEST(IHttpUser)
{
    IFACE(IHttpUser);
    SLOT(0, GetRemoteUserName);
    SLOT(1, GetUserName);
    SLOT(2, GetAuthenticationType);
    SLOT(3, GetPassword);
    SLOT(4, GetImpersonationToken);
    SLOT(5, GetPrimaryToken);
    SLOT(6, ReferenceUser);
    SLOT(7, DereferenceUser);
    SLOT(8, SupportsIsInRole);
    SLOT(9, IsInRole);
    SLOT(10, GetUserVariable);
    TOTAL(11);
}

W3_TEST(IHttpConnection)
{
    IFACE(IHttpConnection);
    SLOT(0, IsConnected);
    SLOT(1, AllocateMemory);
    SLOT(2, GetModuleContextContainer);
    TOTAL(3);
}

W3_TEST(IHttpContext)
{
    IFACE(IHttpContext);
    SLOT(0, GetSite);
    SLOT(1, GetApplication);
    SLOT(2, GetConnection);
    SLOT(3, GetRequest);
    SLOT(4, GetResponse);
    SLOT(5, GetResponseHeadersSent);
    SLOT(6, GetUser);
    SLOT(7, GetModuleContextContainer);
    SLOT(8, IndicateCompletion);
    SLOT(9, PostCompletion);
    SLOT(10, DisableNotifications);
    SLOT(11, GetNextNotification);
    SLOT(12, GetIsLastNotification);
    SLOT(13, ExecuteRequest);
    SLOT(14, GetExecuteFlags);
    SLOT_OF(15, GetServerVariable, HRESULT(I::*)(PCSTR, PCWSTR *, DWORD *));
    SLOT_OF(16, GetServerVariable, HRESULT(I::*)(PCSTR, PCSTR *, DWORD *));
    SLOT(17, SetServerVariable);
    SLOT(18, AllocateRequestMemory);
    SLOT(19, GetUrlInfo);
    SLOT(20, GetMetadata);
    SLOT(21, GetPhysicalPath);
    SLOT(22, GetScriptName);
    SLOT(23, GetScriptTranslated);
    SLOT(24, GetScriptMap);
    SLOT(25, SetRequestHandled);
    SLOT(26, GetFileInfo);
    SLOT(27, MapPath);
    SLOT(28, NotifyCustomNotification);
    SLOT(29, GetParentContext);
    SLOT(30, GetRootContext);
    SLOT(31, CloneContext);
    SLOT(32, ReleaseClonedContext);
    SLOT(33, GetCurrentExecutionStats);
    SLOT(34, GetTraceContext);
    SLOT(35, GetServerVarChanges);
    SLOT(36, CancelIo);
    SLOT(37, MapHandler);
    SLOT(38, GetExtendedInterface);
    TOTAL(39);
}

W3_TEST(IHttpContext2)
{
    IFACE(IHttpContext2);
    SLOT(39, GetOriginalUser);
    TOTAL(40);
}

W3_TEST(IHttpContext3)
{
    IFACE(IHttpContext3);
    SLOT(40, GetNamedContextContainer);
    SLOT(41, EnableFullDuplex);
    SLOT(42, InheritServerVariable);
    SLOT_OF(43, PostCompletion, HRESULT(I::*)(DWORD, LPOVERLAPPED_COMPLETION_ROUTINE, VOID *));
    TOTAL(44);
}

W3_TEST(IHttpContext4)
{
    IFACE(IHttpContext4);
    SLOT(44, GetRequestStartTime);
    SLOT(45, GetRequestElapsedTime);
    TOTAL(46);
}

W3_TEST(IHttpTraceContext)
{
    IFACE(IHttpTraceContext);
    SLOT(0, GetTraceConfiguration);
    SLOT(1, SetTraceConfiguration);
    SLOT(2, RaiseTraceEvent);
    SLOT(3, GetTraceActivityId);
    SLOT(4, QuickTrace);
    TOTAL(5);
}

W3_TEST(IHttpCacheKey)
{
    IFACE(IHttpCacheKey);
    SLOT(0, GetHash);
    SLOT(1, GetCacheName);
    SLOT(2, GetIsEqual);
    SLOT(3, GetIsPrefix);
    SLOT(4, Enum);
    TOTAL(5);
}

/* httpcach.h: GetCacheName is an inline override and keeps the base slot. */
W3_TEST(IUriKey)
{
    IFACE(IUriKey);
    SLOT(1, GetCacheName);
    SLOT(5, GetUrl);
    SLOT(6, GetSiteName);
    SLOT(7, GetSiteId);
    SLOT(8, UpdateFrequentlyHitTickCount);
    SLOT(9, GetConfigPath);
    TOTAL(10);
}

W3_TEST(IFileKey)
{
    IFACE(IFileKey);
    SLOT(1, GetCacheName);
    SLOT(5, GetPath);
    TOTAL(6);
}

W3_TEST(IHttpTokenKey)
{
    IFACE(IHttpTokenKey);
    SLOT(1, GetCacheName);
    SLOT(5, GetUserName);
    SLOT(6, GetPasswordHash);
    SLOT(7, GetLogonMethod);
    TOTAL(8);
}

W3_TEST(IHttpCacheSpecificData)
{
    IFACE(IHttpCacheSpecificData);
    SLOT(0, GetCacheKey);
    SLOT(1, ReferenceCacheData);
    SLOT(2, DereferenceCacheData);
    SLOT(3, ResetTTL);
    SLOT(4, DecrementTTL);
    SLOT(5, SetFlushed);
    SLOT(6, GetFlushed);
    TOTAL(7);
}

W3_TEST(IHttpSite)
{
    IFACE(IHttpSite);
    SLOT(0, GetSiteId);
    SLOT(1, GetSiteName);
    SLOT(2, GetModuleContextContainer);
    SLOT(3, GetPerfCounterInfo);
    TOTAL(4);
}

W3_TEST(IHttpFileMonitor)
{
    IFACE(IHttpFileMonitor);
    SLOT(0, GetModuleContextContainer);
    SLOT(1, DereferenceFileMonitor);
    TOTAL(2);
}

W3_TEST(IHttpFileInfo)
{
    IFACE(IHttpFileInfo);
    SLOT(6, GetFlushed);
    SLOT(7, GetAttributes);
    SLOT(8, GetSize);
    SLOT(9, GetFileBuffer);
    SLOT(10, GetFileHandle);
    SLOT(11, GetFilePath);
    SLOT(12, GetETag);
    SLOT(13, GetLastModifiedTime);
    SLOT(14, GetLastModifiedString);
    SLOT(15, GetHttpCacheAllowed);
    SLOT(16, AccessCheck);
    SLOT(17, GetVrToken);
    SLOT(18, GetVrPath);
    SLOT(19, GetModuleContextContainer);
    SLOT(20, CheckIfFileHasChanged);
    TOTAL(21);
}

W3_TEST(IHttpTokenEntry)
{
    IFACE(IHttpTokenEntry);
    SLOT(7, GetImpersonationToken);
    SLOT(8, GetPrimaryToken);
    SLOT(9, GetSid);
    TOTAL(10);
}

W3_TEST(IHttpServer)
{
    IFACE(IHttpServer);
    SLOT(0, IsCommandLineLaunch);
    SLOT(1, GetAppPoolName);
    SLOT(2, AssociateWithThreadPool);
    SLOT(3, IncrementThreadCount);
    SLOT(4, DecrementThreadCount);
    SLOT(5, ReportUnhealthy);
    SLOT(6, RecycleProcess);
    SLOT(7, GetAdminManager);
    SLOT(8, GetFileInfo);
    SLOT(9, FlushKernelCache);
    SLOT(10, DoCacheOperation);
    SLOT(11, NotifyCustomNotification);
    SLOT(12, GetPerfCounterInfo);
    SLOT(13, RecycleApplication);
    SLOT(14, NotifyConfigurationChange);
    SLOT(15, NotifyFileChange);
    SLOT(16, DispenseContainer);
    SLOT(17, AddFragmentToCache);
    SLOT(18, ReadFragmentFromCache);
    SLOT(19, RemoveFragmentFromCache);
    SLOT(20, GetWorkerProcessSettings);
    SLOT(21, GetProtocolManagerCustomInterface);
    SLOT(22, SatisfiesPrecondition);
    SLOT(23, GetTraceContext);
    SLOT(24, RegisterFileChangeMonitor);
    SLOT(25, GetExtendedInterface);
    TOTAL(26);
}

W3_TEST(IHttpServer2)
{
    IFACE(IHttpServer2);
    SLOT(26, GetToken);
    SLOT(27, GetAppPoolConfigFile);
    SLOT_OF(28, GetExtendedInterface, HRESULT(I::*)(const GUID &, PVOID, const GUID &, PVOID *));
    SLOT(29, GetMetadata);
    SLOT(30, GetWorkerProcessFramework);
    TOTAL(31);
}

W3_TEST(IHttpEventProvider)
{
    IFACE(IHttpEventProvider);
    SLOT(0, SetErrorStatus);
    TOTAL(1);
}

W3_TEST(IHttpCompletionInfo)
{
    IFACE(IHttpCompletionInfo);
    SLOT(0, GetCompletionBytes);
    SLOT(1, GetCompletionStatus);
    TOTAL(2);
}

W3_TEST(IHttpCompletionInfo2)
{
    IFACE(IHttpCompletionInfo2);
    SLOT(2, GetCompletedOperation);
    TOTAL(3);
}

W3_TEST(ICustomNotificationProvider)
{
    IFACE(ICustomNotificationProvider);
    SLOT(0, SetErrorStatus);
    SLOT(1, QueryNotificationType);
    TOTAL(2);
}

W3_TEST(IAuthenticationProvider)
{
    IFACE(IAuthenticationProvider);
    SLOT(1, SetUser);
    TOTAL(2);
}

W3_TEST(IMapHandlerProvider)
{
    IFACE(IMapHandlerProvider);
    SLOT(1, SetScriptName);
    SLOT(2, SetScriptMap);
    SLOT(3, SetFileInfo);
    TOTAL(4);
}

W3_TEST(IMapPathProvider)
{
    IFACE(IMapPathProvider);
    SLOT(1, GetUrl);
    SLOT(2, GetPhysicalPath);
    SLOT(3, SetPhysicalPath);
    TOTAL(4);
}

W3_TEST(ISendResponseProvider)
{
    IFACE(ISendResponseProvider);
    SLOT(1, GetHeadersBeingSent);
    SLOT(2, GetFlags);
    SLOT(3, SetFlags);
    SLOT(4, GetLogData);
    SLOT(5, SetLogData);
    SLOT(6, GetReadyToLogData);
    TOTAL(7);
}

W3_TEST(IReadEntityProvider)
{
    IFACE(IReadEntityProvider);
    SLOT(1, GetEntity);
    SLOT(2, SetEntity);
    TOTAL(3);
}

W3_TEST(IPreBeginRequestProvider)
{
    IFACE(IPreBeginRequestProvider);
    SLOT(1, GetHttpContext);
    TOTAL(2);
}

W3_TEST(IHttpApplicationProvider)
{
    IFACE(IHttpApplicationProvider);
    SLOT(1, GetApplication);
    TOTAL(2);
}

W3_TEST(IHttpApplicationResolveModulesProvider)
{
    IFACE(IHttpApplicationResolveModulesProvider);
    SLOT(1, GetApplication);
    SLOT(2, RegisterModule);
    SLOT(3, SetPriorityForRequestNotification);
    TOTAL(4);
}

W3_TEST(IGlobalRSCAQueryProvider)
{
    IFACE(IGlobalRSCAQueryProvider);
    SLOT(1, GetFunctionName);
    SLOT(2, GetFunctionParameters);
    SLOT(3, GetOutputBuffer);
    SLOT(4, ResizeOutputBuffer);
    SLOT(5, SetResult);
    TOTAL(6);
}

W3_TEST(IGlobalStopListeningProvider)
{
    IFACE(IGlobalStopListeningProvider);
    SLOT(1, DrainRequestsGracefully);
    TOTAL(2);
}

W3_TEST(ICacheProvider)
{
    IFACE(ICacheProvider);
    SLOT(1, GetCacheOperation);
    SLOT(2, GetCacheKey);
    SLOT(3, GetCacheRecord);
    SLOT(4, SetCacheRecord);
    SLOT(5, GetTraceContext);
    TOTAL(6);
}

W3_TEST(IGlobalConfigurationChangeProvider)
{
    IFACE(IGlobalConfigurationChangeProvider);
    SLOT(1, GetChangePath);
    TOTAL(2);
}

W3_TEST(IGlobalFileChangeProvider)
{
    IFACE(IGlobalFileChangeProvider);
    SLOT(1, GetFileName);
    SLOT(2, GetFileMonitor);
    TOTAL(3);
}

W3_TEST(IGlobalTraceEventProvider)
{
    IFACE(IGlobalTraceEventProvider);
    SLOT(1, GetTraceEvent);
    SLOT(2, CheckSubscription);
    SLOT(3, GetCurrentHttpRequestContext);
    TOTAL(4);
}

W3_TEST(IGlobalThreadCleanupProvider)
{
    IFACE(IGlobalThreadCleanupProvider);
    SLOT(1, GetApplication);
    TOTAL(2);
}

W3_TEST(IGlobalApplicationPreloadProvider)
{
    IFACE(IGlobalApplicationPreloadProvider);
    SLOT(1, CreateContext);
    SLOT(2, ExecuteRequest);
    TOTAL(3);
}

W3_TEST(IGlobalApplicationPreloadProvider2)
{
    IFACE(IGlobalApplicationPreloadProvider2);
    SLOT(3, IsProcessRecycled);
    TOTAL(4);
}

W3_TEST(IGlobalSuspendProcessCallback)
{
    IFACE(IGlobalSuspendProcessCallback);
    SLOT(1, Resume);
    TOTAL(2);
}

W3_TEST(CHttpModule)
{
    IFACE(CHttpModule);
    SLOT(0, OnBeginRequest);
    SLOT(1, OnPostBeginRequest);
    SLOT(2, OnAuthenticateRequest);
    SLOT(3, OnPostAuthenticateRequest);
    SLOT(4, OnAuthorizeRequest);
    SLOT(5, OnPostAuthorizeRequest);
    SLOT(6, OnResolveRequestCache);
    SLOT(7, OnPostResolveRequestCache);
    SLOT(8, OnMapRequestHandler);
    SLOT(9, OnPostMapRequestHandler);
    SLOT(10, OnAcquireRequestState);
    SLOT(11, OnPostAcquireRequestState);
    SLOT(12, OnPreExecuteRequestHandler);
    SLOT(13, OnPostPreExecuteRequestHandler);
    SLOT(14, OnExecuteRequestHandler);
    SLOT(15, OnPostExecuteRequestHandler);
    SLOT(16, OnReleaseRequestState);
    SLOT(17, OnPostReleaseRequestState);
    SLOT(18, OnUpdateRequestCache);
    SLOT(19, OnPostUpdateRequestCache);
    SLOT(20, OnLogRequest);
    SLOT(21, OnPostLogRequest);
    SLOT(22, OnEndRequest);
    SLOT(23, OnPostEndRequest);
    SLOT(24, OnSendResponse);
    SLOT(25, OnMapPath);
    SLOT(26, OnReadEntity);
    SLOT(27, OnCustomRequestNotification);
    SLOT(28, OnAsyncCompletion);
    SLOT(29, Dispose);
    TOTAL(32);
}

W3_TEST(CGlobalModule)
{
    IFACE(CGlobalModule);
    SLOT(0, OnGlobalStopListening);
    SLOT(1, OnGlobalCacheCleanup);
    SLOT(2, OnGlobalCacheOperation);
    SLOT(3, OnGlobalHealthCheck);
    SLOT(4, OnGlobalConfigurationChange);
    SLOT(5, OnGlobalFileChange);
    SLOT(6, OnGlobalPreBeginRequest);
    SLOT(7, OnGlobalApplicationStart);
    SLOT(8, OnGlobalApplicationResolveModules);
    SLOT(9, OnGlobalApplicationStop);
    SLOT(10, OnGlobalRSCAQuery);
    SLOT(11, OnGlobalTraceEvent);
    SLOT(12, OnGlobalCustomNotification);
    SLOT(13, Terminate);
    SLOT(14, OnGlobalThreadCleanup);
    SLOT(15, OnGlobalApplicationPreload);
    SLOT(16, OnSuspendProcess);
    TOTAL(17);
}

W3_TEST(IModuleAllocator)
{
    IFACE(IModuleAllocator);
    SLOT(0, AllocateMemory);
    TOTAL(1);
}

W3_TEST(IHttpModuleFactory)
{
    IFACE(IHttpModuleFactory);
    SLOT(0, GetHttpModule);
    SLOT(1, Terminate);
    TOTAL(2);
}

W3_TEST(IHttpModuleRegistrationInfo)
{
    IFACE(IHttpModuleRegistrationInfo);
    SLOT(0, GetName);
    SLOT(1, GetId);
    SLOT(2, SetRequestNotifications);
    SLOT(3, SetGlobalNotifications);
    SLOT(4, SetPriorityForRequestNotification);
    SLOT(5, SetPriorityForGlobalNotification);
    TOTAL(6);
}

W3_TEST(IHttpModuleRegistrationInfo2)
{
    IFACE(IHttpModuleRegistrationInfo2);
    SLOT(6, SetPriorityForPostRequestNotification);
    TOTAL(7);
}

/* ahadmin.h, the IIS configuration interfaces. Their order is that of [MS-IISA] (the IDL
 * of the configuration protocol, whose operation numbers are the vtable slots) and of the
 * SDK header, which adds the three extension-provider interfaces,
 * IAppHostConfigLocationCollection::RenameLocation, IAppHostSectionDefinition's
 * RequirePermission pair and IAppHostPathMapper2. */
W3_TEST(IAppHostMethodExtension)
{
    IFACE(IAppHostMethodExtension);
    SLOT(3, ProvideMethod);
    TOTAL(4);
}

W3_TEST(IAppHostPropertyExtension)
{
    IFACE(IAppHostPropertyExtension);
    SLOT(3, ProvideGetProperty);
    TOTAL(4);
}

W3_TEST(IAppHostElementExtension)
{
    IFACE(IAppHostElementExtension);
    SLOT(3, ProvideElement);
    TOTAL(4);
}

W3_TEST(IAppHostMappingExtension)
{
    IFACE(IAppHostMappingExtension);
    SLOT(3, GetSiteNameFromSiteId);
    SLOT(4, GetSiteIdFromSiteName);
    SLOT(5, GetSiteElementFromSiteId);
    SLOT(6, MapPath);
    TOTAL(7);
}

W3_TEST(IAppHostChildElementCollection)
{
    IFACE(IAppHostChildElementCollection);
    SLOT(3, get_Count);
    SLOT(4, get_Item);
    TOTAL(5);
}

W3_TEST(IAppHostPropertyCollection)
{
    IFACE(IAppHostPropertyCollection);
    SLOT(3, get_Count);
    SLOT(4, get_Item);
    TOTAL(5);
}

W3_TEST(IAppHostConfigLocationCollection)
{
    IFACE(IAppHostConfigLocationCollection);
    SLOT(3, get_Count);
    SLOT(4, get_Item);
    SLOT(5, AddLocation);
    SLOT(6, DeleteLocation);
    SLOT(7, RenameLocation);
    TOTAL(8);
}

W3_TEST(IAppHostMethodCollection)
{
    IFACE(IAppHostMethodCollection);
    SLOT(3, get_Count);
    SLOT(4, get_Item);
    TOTAL(5);
}

W3_TEST(IAppHostElementSchemaCollection)
{
    IFACE(IAppHostElementSchemaCollection);
    SLOT(3, get_Count);
    SLOT(4, get_Item);
    TOTAL(5);
}

W3_TEST(IAppHostPropertySchemaCollection)
{
    IFACE(IAppHostPropertySchemaCollection);
    SLOT(3, get_Count);
    SLOT(4, get_Item);
    TOTAL(5);
}

W3_TEST(IAppHostConstantValueCollection)
{
    IFACE(IAppHostConstantValueCollection);
    SLOT(3, get_Count);
    SLOT(4, get_Item);
    TOTAL(5);
}

W3_TEST(IAppHostConstantValue)
{
    IFACE(IAppHostConstantValue);
    SLOT(3, get_Name);
    SLOT(4, get_Value);
    TOTAL(5);
}

W3_TEST(IAppHostPropertySchema)
{
    IFACE(IAppHostPropertySchema);
    SLOT(3, get_Name);
    SLOT(4, get_Type);
    SLOT(5, get_DefaultValue);
    SLOT(6, get_IsRequired);
    SLOT(7, get_IsUniqueKey);
    SLOT(8, get_IsCombinedKey);
    SLOT(9, get_IsExpanded);
    SLOT(10, get_ValidationType);
    SLOT(11, get_ValidationParameter);
    SLOT(12, GetMetadata);
    SLOT(13, get_IsCaseSensitive);
    SLOT(14, get_PossibleValues);
    SLOT(15, get_DoesAllowInfinite);
    SLOT(16, get_IsEncrypted);
    SLOT(17, get_TimeSpanFormat);
    TOTAL(18);
}

W3_TEST(IAppHostCollectionSchema)
{
    IFACE(IAppHostCollectionSchema);
    SLOT(3, get_AddElementNames);
    SLOT(4, GetAddElementSchema);
    SLOT(5, get_RemoveElementSchema);
    SLOT(6, get_ClearElementSchema);
    SLOT(7, get_IsMergeAppend);
    SLOT(8, GetMetadata);
    SLOT(9, get_DoesAllowDuplicates);
    TOTAL(10);
}

W3_TEST(IAppHostElementSchema)
{
    IFACE(IAppHostElementSchema);
    SLOT(3, get_Name);
    SLOT(4, get_DoesAllowUnschematizedProperties);
    SLOT(5, GetMetadata);
    SLOT(6, get_CollectionSchema);
    SLOT(7, get_ChildElementSchemas);
    SLOT(8, get_PropertySchemas);
    SLOT(9, get_IsCollectionDefault);
    TOTAL(10);
}

W3_TEST(IAppHostMethodSchema)
{
    IFACE(IAppHostMethodSchema);
    SLOT(3, get_Name);
    SLOT(4, get_InputSchema);
    SLOT(5, get_OutputSchema);
    SLOT(6, GetMetadata);
    TOTAL(7);
}

W3_TEST(IAppHostMethodInstance)
{
    IFACE(IAppHostMethodInstance);
    SLOT(3, get_Input);
    SLOT(4, get_Output);
    SLOT(5, Execute);
    SLOT(6, GetMetadata);
    SLOT(7, SetMetadata);
    TOTAL(8);
}

W3_TEST(IAppHostMethod)
{
    IFACE(IAppHostMethod);
    SLOT(3, get_Name);
    SLOT(4, get_Schema);
    SLOT(5, CreateInstance);
    TOTAL(6);
}

W3_TEST(IAppHostConfigException)
{
    IFACE(IAppHostConfigException);
    SLOT(3, get_LineNumber);
    SLOT(4, get_FileName);
    SLOT(5, get_ConfigPath);
    SLOT(6, get_ErrorLine);
    SLOT(7, get_PreErrorLine);
    SLOT(8, get_PostErrorLine);
    SLOT(9, get_ErrorString);
    TOTAL(10);
}

W3_TEST(IAppHostPropertyException)
{
    IFACE(IAppHostPropertyException);
    SLOT(3, get_LineNumber);
    SLOT(4, get_FileName);
    SLOT(5, get_ConfigPath);
    SLOT(6, get_ErrorLine);
    SLOT(7, get_PreErrorLine);
    SLOT(8, get_PostErrorLine);
    SLOT(9, get_ErrorString);
    SLOT(10, get_InvalidValue);
    SLOT(11, get_ValidationFailureReason);
    SLOT(12, get_ValidationFailureParameters);
    TOTAL(13);
}

W3_TEST(IAppHostElementCollection)
{
    IFACE(IAppHostElementCollection);
    SLOT(3, get_Count);
    SLOT(4, get_Item);
    SLOT(5, AddElement);
    SLOT(6, DeleteElement);
    SLOT(7, Clear);
    SLOT(8, CreateNewElement);
    SLOT(9, get_Schema);
    TOTAL(10);
}

W3_TEST(IAppHostElement)
{
    IFACE(IAppHostElement);
    SLOT(3, get_Name);
    SLOT(4, get_Collection);
    SLOT(5, get_Properties);
    SLOT(6, get_ChildElements);
    SLOT(7, GetMetadata);
    SLOT(8, SetMetadata);
    SLOT(9, get_Schema);
    SLOT(10, GetElementByName);
    SLOT(11, GetPropertyByName);
    SLOT(12, Clear);
    SLOT(13, get_Methods);
    TOTAL(14);
}

W3_TEST(IAppHostProperty)
{
    IFACE(IAppHostProperty);
    SLOT(3, get_Name);
    SLOT(4, get_Value);
    SLOT(5, put_Value);
    SLOT(6, Clear);
    SLOT(7, get_StringValue);
    SLOT(8, get_Exception);
    SLOT(9, GetMetadata);
    SLOT(10, SetMetadata);
    SLOT(11, get_Schema);
    TOTAL(12);
}

W3_TEST(IAppHostConfigLocation)
{
    IFACE(IAppHostConfigLocation);
    SLOT(3, get_Path);
    SLOT(4, get_Count);
    SLOT(5, get_Item);
    SLOT(6, AddConfigSection);
    SLOT(7, DeleteConfigSection);
    TOTAL(8);
}

W3_TEST(IAppHostSectionDefinition)
{
    IFACE(IAppHostSectionDefinition);
    SLOT(3, get_Name);
    SLOT(4, get_Type);
    SLOT(5, put_Type);
    SLOT(6, get_OverrideModeDefault);
    SLOT(7, put_OverrideModeDefault);
    SLOT(8, get_AllowDefinition);
    SLOT(9, put_AllowDefinition);
    SLOT(10, get_AllowLocation);
    SLOT(11, put_AllowLocation);
    SLOT(12, get_RequirePermission);
    SLOT(13, put_RequirePermission);
    TOTAL(14);
}

W3_TEST(IAppHostSectionDefinitionCollection)
{
    IFACE(IAppHostSectionDefinitionCollection);
    SLOT(3, get_Count);
    SLOT(4, get_Item);
    SLOT(5, AddSection);
    SLOT(6, DeleteSection);
    TOTAL(7);
}

W3_TEST(IAppHostSectionGroup)
{
    IFACE(IAppHostSectionGroup);
    SLOT(3, get_Count);
    SLOT(4, get_Item);
    SLOT(5, get_Sections);
    SLOT(6, AddSectionGroup);
    SLOT(7, DeleteSectionGroup);
    SLOT(8, get_Name);
    SLOT(9, get_Type);
    SLOT(10, put_Type);
    TOTAL(11);
}

W3_TEST(IAppHostConfigFile)
{
    IFACE(IAppHostConfigFile);
    SLOT(3, get_ConfigPath);
    SLOT(4, get_FilePath);
    SLOT(5, get_Locations);
    SLOT(6, GetAdminSection);
    SLOT(7, GetMetadata);
    SLOT(8, SetMetadata);
    SLOT(9, ClearInvalidSections);
    SLOT(10, get_RootSectionGroup);
    TOTAL(11);
}

W3_TEST(IAppHostPathMapper)
{
    IFACE(IAppHostPathMapper);
    SLOT(3, MapPath);
    TOTAL(4);
}

W3_TEST(IAppHostPathMapper2)
{
    IFACE(IAppHostPathMapper2);
    SLOT(3, MapPath);
    TOTAL(4);
}

W3_TEST(IAppHostChangeHandler)
{
    IFACE(IAppHostChangeHandler);
    SLOT(3, OnSectionChanges);
    TOTAL(4);
}

W3_TEST(IAppHostAdminManager)
{
    IFACE(IAppHostAdminManager);
    SLOT(3, GetAdminSection);
    SLOT(4, GetMetadata);
    SLOT(5, SetMetadata);
    SLOT(6, get_ConfigManager);
    TOTAL(7);
}

W3_TEST(IAppHostWritableAdminManager)
{
    IFACE(IAppHostWritableAdminManager);
    SLOT(3, GetAdminSection);
    SLOT(4, GetMetadata);
    SLOT(5, SetMetadata);
    SLOT(6, get_ConfigManager);
    SLOT(7, CommitChanges);
    SLOT(8, get_CommitPath);
    SLOT(9, put_CommitPath);
    TOTAL(10);
}

W3_TEST(IAppHostConfigManager)
{
    IFACE(IAppHostConfigManager);
    SLOT(3, GetConfigFile);
    SLOT(4, GetUniqueConfigPath);
    TOTAL(5);
}
