/* The C++ bridge: httpserv.h's interfaces over the engine. Each method forwards to an
 * engine function (native/native.h) or reads an engine field; methods with no meaning
 * here return a documented HRESULT and log once (not_supported). This header has what
 * every part shares: helpers, context containers, the trace context and performance
 * counters; bridge_server.h declares the server-level objects, bridge_context.h the
 * request-level ones. */
#ifndef W3E_BRIDGE_H
#define W3E_BRIDGE_H

#include <windows.h>
#include <httpfilt.h>
#include <httpserv.h>
#include <httptrace.h>

#include <new>

/* llhttp names its parser kinds HTTP_REQUEST and HTTP_RESPONSE, which http.h uses for
 * its structures: inside the bridge, llhttp's get other names. */
#define HTTP_REQUEST W3E_LLHTTP_REQUEST
#define HTTP_RESPONSE W3E_LLHTTP_RESPONSE
extern "C" {
#include "native/native.h"
}
#undef HTTP_REQUEST
#undef HTTP_RESPONSE

namespace w3b
{

/* Logs once per call site that a method is not supported; returns E_NOTIMPL. */
HRESULT not_supported(w3_server *server, volatile LONG *logged, const char *what);
#define W3B_NOT_SUPPORTED(server, what)                                                            \
    ([&]() {                                                                                       \
        static volatile LONG logged_;                                                              \
        return ::w3b::not_supported((server), &logged_, (what));                                   \
    }())

/* Text conversions into an arena (UTF-8 <-> WCHAR). */
PCWSTR wide(w3e_arena *arena, const char *s, DWORD *cch = NULL);
char *narrow(w3e_arena *arena, PCWSTR s, DWORD cch);
/* "MACHINE/WEBROOT/APPHOST/<site><url_path>" in the arena, without a final '/' (the
 * configuration path of a URL, as IMetadataInfo::GetMetaPath gives it). */
char *config_path_of(w3e_arena *arena, const char *site, const char *url_path);
/* A copy of s in the arena; NULL for NULL or when out of memory. */
PCWSTR copy_wide(w3e_arena *arena, PCWSTR s);

/* An asynchronous call (async nonzero) that completed now: its completion of `bytes`
 * goes to OnAsyncCompletion and *pending becomes TRUE, if the embedder can post it. */
void complete_async(w3_request *req, BOOL async, DWORD bytes, BOOL *pending);

/* The user name and authentication type of `user` become the request's (those too long
 * for the request's fields are left out). */
void take_user(w3_request *req, IHttpUser *user);

/* IHttpModuleContextContainer for one lifetime: slots by module index. */
class ContextContainer : public IHttpConnectionModuleContextContainer
{
  public:
    ContextContainer(w3_server *server, w3e_arena *arena);
    IHttpStoredContext *GetModuleContext(HTTP_MODULE_ID moduleId) override;
    HRESULT SetModuleContext(IHttpStoredContext *context, HTTP_MODULE_ID moduleId) override;
    IHttpConnectionStoredContext *GetConnectionModuleContext(HTTP_MODULE_ID moduleId) override;
    HRESULT SetConnectionModuleContext(IHttpConnectionStoredContext *context,
                                       HTTP_MODULE_ID moduleId) override;
    /* CleanupStoredContext of every stored context, once. */
    void Cleanup(bool disconnect = false);

  private:
    bool MakeSlots();
    w3_server *server_;
    w3e_arena *arena_;
    IHttpStoredContext **slots_;
    bool *connection_;
    unsigned count_; /* 0 until a context is stored */
    unsigned used_;  /* slots at and above it were never set: Cleanup stops there */
};

/* INamedContextContainer of a request (IHttpContext3): stored contexts by name. */
class NamedContainer : public INamedContextContainer
{
  public:
    explicit NamedContainer(w3e_arena *arena) : arena_(arena) {}
    IHttpStoredContext *GetNamedContext(LPCWSTR name) override;
    HRESULT SetNamedContext(IHttpStoredContext *context, LPCWSTR name) override;
    /* CleanupStoredContext of every stored context, once. */
    void Cleanup();

  private:
    struct entry {
        entry *next;
        PCWSTR name;
        IHttpStoredContext *context;
    };
    w3e_arena *arena_;
    entry *first_ = NULL;
};

/* HTTP_MODULE_ID of a module: its index + 1, never NULL (Decision 17). */
inline HTTP_MODULE_ID module_id(const w3e_module *m)
{
    return reinterpret_cast<HTTP_MODULE_ID>(static_cast<UINT_PTR>(m->index) + 1);
}

/* IHttpTraceContext: events a module raises go to the global modules subscribed to
 * GL_TRACE_EVENT (there is no ETW here). */
class TraceContext : public IHttpTraceContext
{
  public:
    TraceContext(w3_server *s, w3_request *r);
    HRESULT GetTraceConfiguration(HTTP_TRACE_CONFIGURATION *config) override;
    HRESULT SetTraceConfiguration(HTTP_MODULE_ID, HTTP_TRACE_CONFIGURATION *, DWORD) override;
    HRESULT RaiseTraceEvent(HTTP_TRACE_EVENT *event) override;
    LPCGUID GetTraceActivityId() override { return &activity_; }
    HRESULT QuickTrace(PCWSTR data1, PCWSTR data2, HRESULT hr, UCHAR level) override;

  private:
    w3_server *server_;
    w3_request *req_; /* NULL at server level */
    GUID activity_;
};

/* Performance counters by index (0 to W3B_PERF_COUNTER_COUNT - 1), 64-bit, updated
 * with interlocked adds; an index out of range is ignored and logged once. */
enum { W3B_PERF_COUNTER_COUNT = 64 };
class PerfCounters : public IHttpPerfCounterInfo
{
  public:
    explicit PerfCounters(w3_server *s) : server_(s), values_() {}
    VOID IncrementCounter(DWORD index, DWORD value = 1) override;
    VOID DecrementCounter(DWORD index, DWORD value = 1) override;
    LONG64 value(DWORD index);

  private:
    void add(DWORD index, LONG64 delta);
    w3_server *server_;
    volatile LONG64 values_[W3B_PERF_COUNTER_COUNT];
};

} // namespace w3b

#endif
