/* Global modules (CGlobalModule): the moments each GL_* notification fires, priority
 * order, GL_NOTIFICATION_HANDLED, Terminate; and the log line for a subscribed but
 * not overridden handler. */
#include <windows.h>
#include <httpserv.h>
#include <httptrace.h>

#include <string.h>
#include <wchar.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

#define GET_REQUEST "GET / HTTP/1.1\r\nHost: example.test\r\n\r\n"

static const DWORD ALL_GLOBAL = GL_STOP_LISTENING | GL_CACHE_CLEANUP | GL_HEALTH_CHECK |
                                GL_CONFIGURATION_CHANGE | GL_FILE_CHANGE | GL_PRE_BEGIN_REQUEST |
                                GL_APPLICATION_START | GL_APPLICATION_RESOLVE_MODULES |
                                GL_APPLICATION_STOP | GL_CUSTOM_NOTIFICATION | GL_THREAD_CLEANUP;

static void start(fx *f, const char *first, const WCHAR *p1, const char *second, const WCHAR *p2)
{
    mb_reset();
    bridge_reset();
    mb_configure(first, p1, RQ_BEGIN_REQUEST, 0, ALL_GLOBAL, S_OK);
    if (second != NULL)
        mb_configure(second, p2, 0, 0, ALL_GLOBAL, S_OK);
    fx_start(f, NULL);
    W3_REQUIRE(w3_server_add_module(f->server, first, fx_module_path("record_module")));
    if (second != NULL)
        W3_REQUIRE(w3_server_add_module(f->server, second, fx_module_path("record_module")));
    bridge_clear_log();
}

W3_TEST(request_and_application_notifications)
{
    fx f;
    start(&f, "g", NULL, NULL, NULL);
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(bridge_log(), "g:GL_PRE_BEGIN_REQUEST g:GL_APPLICATION_START "
                               "g:GL_APPLICATION_RESOLVE_MODULES g:BEGIN_REQUEST "
                               "g:GL_PRE_BEGIN_REQUEST g:BEGIN_REQUEST");
    fx_close(&f);
    bridge_clear_log();
    int terminated = mb_counted("global_terminate");
    w3_server_destroy(f.server);
    f.server = NULL;
    W3_CHECK_STR(bridge_log(), "g:GL_APPLICATION_STOP");
    W3_CHECK_EQ(mb_counted("global_terminate"), terminated + 1);
}

W3_TEST(embedder_triggered_notifications)
{
    fx f;
    start(&f, "g", NULL, NULL, NULL);
    w3_server_health_check(f.server);
    w3_server_cache_cleanup(f.server);
    w3_server_configuration_change(f.server, "MACHINE/WEBROOT/APPHOST");
    w3_server_file_change(f.server, "/srv/www/index.html");
    w3_server_thread_cleanup(f.server);
    w3_server_stop_listening(f.server, 1);
    W3_CHECK_STR(bridge_log(), "g:GL_HEALTH_CHECK g:GL_CACHE_CLEANUP g:GL_CONFIGURATION_CHANGE "
                               "g:GL_FILE_CHANGE g:GL_THREAD_CLEANUP g:GL_STOP_LISTENING");
    fx_stop(&f);
}

static WCHAR seen_path[128];
static BOOL seen_drain;

static int look_at_providers(const char *, DWORD, BOOL, void *, void *provider)
{
    const char *log = bridge_log();
    const char *last = strrchr(log, ':');
    if (last == NULL || provider == NULL)
        return GL_NOTIFICATION_CONTINUE;
    if (strcmp(last, ":GL_CONFIGURATION_CHANGE") == 0)
        wcsncpy(seen_path,
                static_cast<IGlobalConfigurationChangeProvider *>(provider)->GetChangePath(), 127);
    else if (strcmp(last, ":GL_STOP_LISTENING") == 0)
        seen_drain =
            static_cast<IGlobalStopListeningProvider *>(provider)->DrainRequestsGracefully();
    return GL_NOTIFICATION_CONTINUE;
}

W3_TEST(providers_carry_the_event)
{
    fx f;
    start(&f, "g", NULL, NULL, NULL);
    mb_set_hook("g", look_at_providers);
    seen_path[0] = 0;
    seen_drain = FALSE;
    w3_server_configuration_change(f.server, "MACHINE/WEBROOT");
    w3_server_stop_listening(f.server, 1);
    W3_CHECK(wcscmp(seen_path, L"MACHINE/WEBROOT") == 0);
    W3_CHECK(seen_drain);
    fx_stop(&f);
}

static int handle_everything(const char *, DWORD, BOOL, void *, void *)
{
    return GL_NOTIFICATION_HANDLED;
}

W3_TEST(priority_order_and_handled_stops_later_modules)
{
    fx f;
    start(&f, "low", PRIORITY_ALIAS_LOW, "first", PRIORITY_ALIAS_FIRST);
    w3_server_health_check(f.server);
    W3_CHECK_STR(bridge_log(), "first:GL_HEALTH_CHECK low:GL_HEALTH_CHECK");
    bridge_clear_log();
    mb_set_hook("first", handle_everything);
    w3_server_health_check(f.server);
    W3_CHECK_STR(bridge_log(), "first:GL_HEALTH_CHECK");
    fx_stop(&f);
}

class Custom : public ICustomNotificationProvider
{
  public:
    VOID SetErrorStatus(HRESULT) override {}
    PCWSTR QueryNotificationType() override { return L"test.custom"; }
};

static int raise_custom(const char *, DWORD n, BOOL post, void *ctx, void *)
{
    if (n == RQ_BEGIN_REQUEST && !post && ctx != NULL) {
        Custom custom;
        BOOL expected = TRUE;
        static_cast<IHttpContext *>(ctx)->NotifyCustomNotification(&custom, &expected);
        W3_CHECK(!expected);
        IHttpServer *server = static_cast<IHttpServer *>(mb_server());
        W3_CHECK_EQ(server->NotifyCustomNotification(&custom), GL_NOTIFICATION_CONTINUE);
    }
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(custom_notifications_request_and_global)
{
    fx f;
    mb_reset();
    bridge_reset();
    mb_configure("c", NULL, RQ_BEGIN_REQUEST | RQ_CUSTOM_NOTIFICATION, 0, GL_CUSTOM_NOTIFICATION,
                 S_OK);
    mb_set_hook("c", raise_custom);
    fx_start_with_module(&f, NULL, "c", "record_module");
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(bridge_log(), "c:BEGIN_REQUEST c:CUSTOM_NOTIFICATION c:GL_CUSTOM_NOTIFICATION");
    fx_stop(&f);
}

W3_TEST(subscribed_but_not_overridden_is_logged_once_and_continues)
{
    fx f;
    fx_start_with_module(&f, NULL, "lazy", "lazy_module");
    fx_send(&f, GET_REQUEST);
    fx_send(&f, GET_REQUEST);
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 2);
    W3_CHECK_EQ(fx_count(f.log, "module 'lazy' subscribed to BEGIN_REQUEST but does not "
                                "override CHttpModule::OnBeginRequest"),
                1);
    W3_CHECK_EQ(fx_count(f.log, "module 'lazy' subscribed to POST_BEGIN_REQUEST but does not "
                                "override CHttpModule::OnPostBeginRequest"),
                1);
    w3_server_health_check(f.server);
    w3_server_health_check(f.server);
    W3_CHECK_EQ(fx_count(f.log, "CGlobalModule::OnGlobalHealthCheck"), 1);
    fx_stop(&f);
}

static WCHAR traced_name[64];
static BOOL traced_with_request;

static int look_at_trace(const char *, DWORD, BOOL, void *, void *provider)
{
    const char *log = bridge_log();
    const char *last = strrchr(log, ':');
    if (last != NULL && strcmp(last, ":GL_TRACE_EVENT") == 0 && provider != NULL) {
        IGlobalTraceEventProvider *p = static_cast<IGlobalTraceEventProvider *>(provider);
        HTTP_TRACE_EVENT *event = NULL;
        W3_CHECK_EQ(p->GetTraceEvent(&event), S_OK);
        wcsncpy(traced_name, event->pszEventName, 63);
        IHttpContext *ctx = NULL;
        traced_with_request = SUCCEEDED(p->GetCurrentHttpRequestContext(&ctx)) && ctx != NULL;
        return GL_NOTIFICATION_CONTINUE;
    }
    return RQ_NOTIFICATION_CONTINUE;
}

static int raise_trace(const char *name, DWORD n, BOOL post, void *ctx, void *provider)
{
    if (n == RQ_BEGIN_REQUEST && !post && ctx != NULL) {
        IHttpTraceContext *trace = static_cast<IHttpContext *>(ctx)->GetTraceContext();
        W3_REQUIRE(trace != NULL);
        HTTP_TRACE_CONFIGURATION config;
        memset(&config, 0, sizeof config);
        W3_CHECK_EQ(trace->GetTraceConfiguration(&config), S_OK);
        W3_CHECK(config.fProviderEnabled);
        W3_CHECK(trace->GetTraceActivityId() != NULL);
        W3_CHECK_EQ(trace->QuickTrace(L"one", L"two"), S_OK);
        return RQ_NOTIFICATION_CONTINUE;
    }
    return look_at_trace(name, n, post, ctx, provider);
}

W3_TEST(trace_events_reach_trace_subscribers)
{
    fx f;
    mb_reset();
    bridge_reset();
    mb_configure("t", NULL, RQ_BEGIN_REQUEST, 0, GL_TRACE_EVENT, S_OK);
    mb_set_hook("t", raise_trace);
    traced_name[0] = 0;
    traced_with_request = FALSE;
    fx_start_with_module(&f, NULL, "t", "record_module");
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(bridge_log(), "t:BEGIN_REQUEST t:GL_TRACE_EVENT");
    W3_CHECK(wcscmp(traced_name, L"QuickTrace") == 0);
    W3_CHECK(traced_with_request);
    fx_stop(&f);
}

class Key : public IHttpCacheKey
{
  public:
    DWORD GetHash() const override { return 7; }
    PCWSTR GetCacheName() const override { return L"test"; }
    bool GetIsEqual(IHttpCacheKey *other) const override { return other == this; }
    bool GetIsPrefix(IHttpCacheKey *) const override { return false; }
    VOID Enum(IHttpCacheSpecificData *) override {}
};

static IHttpCacheSpecificData *const FOUND = reinterpret_cast<IHttpCacheSpecificData *>(0x1000);

static int serve_cache(const char *, DWORD, BOOL, void *, void *provider)
{
    ICacheProvider *p = static_cast<ICacheProvider *>(provider);
    if (p != NULL && p->GetCacheOperation() == CACHE_OPERATION_RETRIEVE &&
        p->GetCacheKey()->GetHash() == 7) {
        p->SetCacheRecord(FOUND);
        return GL_NOTIFICATION_HANDLED;
    }
    return GL_NOTIFICATION_CONTINUE;
}

W3_TEST(cache_operations_go_to_cache_modules)
{
    fx f;
    mb_reset();
    bridge_reset();
    mb_configure("cache", NULL, 0, 0, GL_CACHE_OPERATION, S_OK);
    mb_set_hook("cache", serve_cache);
    fx_start(&f, NULL);
    W3_REQUIRE(w3_server_add_module(f.server, "cache", fx_module_path("record_module")));
    IHttpServer *server = static_cast<IHttpServer *>(mb_server());
    Key key;
    IHttpCacheSpecificData *data = NULL;
    W3_CHECK_EQ(server->DoCacheOperation(CACHE_OPERATION_RETRIEVE, &key, &data), S_OK);
    W3_CHECK(data == FOUND);
    W3_CHECK_EQ(server->DoCacheOperation(CACHE_OPERATION_DELETE, &key, &data), S_OK);
    W3_CHECK(data == NULL);
    W3_CHECK_EQ(fx_count(bridge_log(), "cache:GL_CACHE_OPERATION"), 2);
    fx_stop(&f);
}
