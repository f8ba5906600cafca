/* Acceptance: the order of the integrated pipeline. Three modules at different
 * priorities record every request notification; an ISAPI filter loaded beside them
 * appears where IIS's IsapiFilterModule delivers its notifications. */
#include <windows.h>
#include <httpserv.h>

#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

#define GET_REQUEST "GET /index.html HTTP/1.1\r\nHost: example.test\r\n\r\n"

static const DWORD ALL_DETERMINISTIC = 0xFFF;

static int add_module(fx *f, const char *name)
{
    return w3_server_add_module(f->server, name, fx_module_path("record_module"));
}

/* Modules configured low, medium, high (configuration order) so that priority, not
 * configuration order, decides. */
static void three_modules(fx *f, DWORD extra)
{
    mb_reset();
    bridge_reset();
    mb_configure("lo", PRIORITY_ALIAS_LOW, ALL_DETERMINISTIC | extra, ALL_DETERMINISTIC, 0, S_OK);
    mb_configure("md", PRIORITY_ALIAS_MEDIUM, ALL_DETERMINISTIC | extra, ALL_DETERMINISTIC, 0,
                 S_OK);
    mb_configure("hi", PRIORITY_ALIAS_HIGH, ALL_DETERMINISTIC | extra, ALL_DETERMINISTIC, 0, S_OK);
    fx_start(f, NULL);
    W3_REQUIRE(add_module(f, "lo"));
    W3_REQUIRE(add_module(f, "md"));
    W3_REQUIRE(add_module(f, "hi"));
}

/* The log without the REGISTER entries. */
static const char *calls(void)
{
    static char out[8192];
    const char *log = bridge_log();
    out[0] = '\0';
    while (*log) {
        const char *end = strchr(log, ' ');
        size_t len = end ? (size_t)(end - log) : strlen(log);
        const char *colon = (const char *)memchr(log, ':', len);
        if (colon == NULL || strncmp(colon, ":REGISTER", 9) != 0) {
            if (out[0] != '\0')
                strcat(out, " ");
            strncat(out, log, len);
        }
        log += len + (end ? 1 : 0);
    }
    return out;
}

W3_TEST(priority_order_with_reverse_post_notifications)
{
    fx f;
    three_modules(&f, 0);
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(calls(),
                 "hi:BEGIN_REQUEST md:BEGIN_REQUEST lo:BEGIN_REQUEST "
                 "lo:POST_BEGIN_REQUEST md:POST_BEGIN_REQUEST hi:POST_BEGIN_REQUEST "
                 "hi:AUTHENTICATE_REQUEST md:AUTHENTICATE_REQUEST lo:AUTHENTICATE_REQUEST "
                 "lo:POST_AUTHENTICATE_REQUEST md:POST_AUTHENTICATE_REQUEST "
                 "hi:POST_AUTHENTICATE_REQUEST "
                 "hi:AUTHORIZE_REQUEST md:AUTHORIZE_REQUEST lo:AUTHORIZE_REQUEST "
                 "lo:POST_AUTHORIZE_REQUEST md:POST_AUTHORIZE_REQUEST hi:POST_AUTHORIZE_REQUEST "
                 "hi:RESOLVE_REQUEST_CACHE md:RESOLVE_REQUEST_CACHE lo:RESOLVE_REQUEST_CACHE "
                 "lo:POST_RESOLVE_REQUEST_CACHE md:POST_RESOLVE_REQUEST_CACHE "
                 "hi:POST_RESOLVE_REQUEST_CACHE "
                 "hi:MAP_REQUEST_HANDLER md:MAP_REQUEST_HANDLER lo:MAP_REQUEST_HANDLER "
                 "lo:POST_MAP_REQUEST_HANDLER md:POST_MAP_REQUEST_HANDLER "
                 "hi:POST_MAP_REQUEST_HANDLER "
                 "hi:ACQUIRE_REQUEST_STATE md:ACQUIRE_REQUEST_STATE lo:ACQUIRE_REQUEST_STATE "
                 "lo:POST_ACQUIRE_REQUEST_STATE md:POST_ACQUIRE_REQUEST_STATE "
                 "hi:POST_ACQUIRE_REQUEST_STATE "
                 "hi:PRE_EXECUTE_REQUEST_HANDLER md:PRE_EXECUTE_REQUEST_HANDLER "
                 "lo:PRE_EXECUTE_REQUEST_HANDLER "
                 "lo:POST_PRE_EXECUTE_REQUEST_HANDLER md:POST_PRE_EXECUTE_REQUEST_HANDLER "
                 "hi:POST_PRE_EXECUTE_REQUEST_HANDLER "
                 "hi:EXECUTE_REQUEST_HANDLER md:EXECUTE_REQUEST_HANDLER "
                 "lo:EXECUTE_REQUEST_HANDLER "
                 "lo:POST_EXECUTE_REQUEST_HANDLER md:POST_EXECUTE_REQUEST_HANDLER "
                 "hi:POST_EXECUTE_REQUEST_HANDLER "
                 "hi:RELEASE_REQUEST_STATE md:RELEASE_REQUEST_STATE lo:RELEASE_REQUEST_STATE "
                 "lo:POST_RELEASE_REQUEST_STATE md:POST_RELEASE_REQUEST_STATE "
                 "hi:POST_RELEASE_REQUEST_STATE "
                 "hi:UPDATE_REQUEST_CACHE md:UPDATE_REQUEST_CACHE lo:UPDATE_REQUEST_CACHE "
                 "lo:POST_UPDATE_REQUEST_CACHE md:POST_UPDATE_REQUEST_CACHE "
                 "hi:POST_UPDATE_REQUEST_CACHE "
                 "hi:LOG_REQUEST md:LOG_REQUEST lo:LOG_REQUEST "
                 "lo:POST_LOG_REQUEST md:POST_LOG_REQUEST hi:POST_LOG_REQUEST "
                 "hi:END_REQUEST md:END_REQUEST lo:END_REQUEST "
                 "lo:POST_END_REQUEST md:POST_END_REQUEST hi:POST_END_REQUEST");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK(strstr(f.out, "<p>hello</p>") != NULL);
    fx_stop(&f);
}

W3_TEST(filter_host_at_iis_positions)
{
    fx f;
    three_modules(&f, RQ_SEND_RESPONSE | RQ_MAP_PATH);
    bridge_set_flags(0, SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_URL_MAP |
                            SF_NOTIFY_AUTHENTICATION | SF_NOTIFY_AUTH_COMPLETE |
                            SF_NOTIFY_SEND_RESPONSE | SF_NOTIFY_LOG | SF_NOTIFY_END_OF_REQUEST |
                            SF_NOTIFY_ORDER_HIGH);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    const char *log = calls();
    /* The filter host is IsapiFilterModule: MEDIUM priority, configured before the
     * modules, so among the MEDIUM ones it comes first; post-notifications and
     * RQ_SEND_RESPONSE reverse that. */
    W3_CHECK(strstr(log, "hi:BEGIN_REQUEST a:PREPROC_HEADERS md:BEGIN_REQUEST "
                         "lo:BEGIN_REQUEST lo:POST_BEGIN_REQUEST") != NULL);
    W3_CHECK(strstr(log,
                    "hi:POST_BEGIN_REQUEST hi:MAP_PATH a:URL_MAP md:MAP_PATH lo:MAP_PATH "
                    "hi:AUTHENTICATE_REQUEST a:AUTHENTICATION md:AUTHENTICATE_REQUEST") != NULL);
    W3_CHECK(strstr(log, "lo:POST_AUTHENTICATE_REQUEST md:POST_AUTHENTICATE_REQUEST "
                         "a:AUTH_COMPLETE hi:POST_AUTHENTICATE_REQUEST") != NULL);
    W3_CHECK(strstr(log, "hi:POST_UPDATE_REQUEST_CACHE lo:SEND_RESPONSE md:SEND_RESPONSE "
                         "a:SEND_RESPONSE hi:SEND_RESPONSE hi:LOG_REQUEST a:LOG md:LOG_REQUEST") !=
             NULL);
    W3_CHECK(strstr(log, "hi:POST_LOG_REQUEST hi:END_REQUEST a:END_OF_REQUEST md:END_REQUEST "
                         "lo:END_REQUEST lo:POST_END_REQUEST md:POST_END_REQUEST "
                         "hi:POST_END_REQUEST") != NULL);
    fx_stop(&f);
}

W3_TEST(configuration_order_breaks_priority_ties)
{
    fx f;
    mb_reset();
    bridge_reset();
    mb_configure("x", NULL, RQ_BEGIN_REQUEST, RQ_BEGIN_REQUEST, 0, S_OK);
    mb_configure("y", NULL, RQ_BEGIN_REQUEST, RQ_BEGIN_REQUEST, 0, S_OK);
    mb_configure("z", PRIORITY_ALIAS_FIRST, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    fx_start(&f, NULL);
    W3_REQUIRE(add_module(&f, "x"));
    W3_REQUIRE(add_module(&f, "y"));
    W3_REQUIRE(add_module(&f, "z"));
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(calls(), "z:BEGIN_REQUEST x:BEGIN_REQUEST y:BEGIN_REQUEST "
                          "y:POST_BEGIN_REQUEST x:POST_BEGIN_REQUEST");
    fx_stop(&f);
}

static int finish_in_authorize(const char *, DWORD n, BOOL post, void *ctx, void *)
{
    if (n == RQ_AUTHORIZE_REQUEST && !post) {
        IHttpResponse *resp = static_cast<IHttpContext *>(ctx)->GetResponse();
        resp->SetStatus(403, "Forbidden");
        return RQ_NOTIFICATION_FINISH_REQUEST;
    }
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(finish_request_skips_to_the_end_stages)
{
    fx f;
    three_modules(&f, RQ_SEND_RESPONSE);
    mb_set_hook("md", finish_in_authorize);
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(calls(), "hi:BEGIN_REQUEST md:BEGIN_REQUEST lo:BEGIN_REQUEST "
                          "lo:POST_BEGIN_REQUEST md:POST_BEGIN_REQUEST hi:POST_BEGIN_REQUEST "
                          "hi:AUTHENTICATE_REQUEST md:AUTHENTICATE_REQUEST lo:AUTHENTICATE_REQUEST "
                          "lo:POST_AUTHENTICATE_REQUEST md:POST_AUTHENTICATE_REQUEST "
                          "hi:POST_AUTHENTICATE_REQUEST "
                          "hi:AUTHORIZE_REQUEST md:AUTHORIZE_REQUEST "
                          "lo:SEND_RESPONSE md:SEND_RESPONSE hi:SEND_RESPONSE "
                          "hi:LOG_REQUEST md:LOG_REQUEST lo:LOG_REQUEST "
                          "lo:POST_LOG_REQUEST md:POST_LOG_REQUEST hi:POST_LOG_REQUEST "
                          "hi:END_REQUEST md:END_REQUEST lo:END_REQUEST "
                          "lo:POST_END_REQUEST md:POST_END_REQUEST hi:POST_END_REQUEST");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 403 Forbidden\r\n", 24) == 0);
    W3_CHECK(strstr(f.out, "<p>hello</p>") == NULL);
    fx_stop(&f);
}

static int disable_on_first_request;

static int disable_later(const char *, DWORD n, BOOL post, void *ctx, void *)
{
    if (n == RQ_BEGIN_REQUEST && !post && disable_on_first_request-- > 0)
        static_cast<IHttpContext *>(ctx)->DisableNotifications(
            RQ_AUTHORIZE_REQUEST | RQ_LOG_REQUEST, RQ_BEGIN_REQUEST | RQ_END_REQUEST);
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(disable_notifications_for_the_rest_of_the_request)
{
    fx f;
    mb_reset();
    bridge_reset();
    DWORD rq = RQ_BEGIN_REQUEST | RQ_AUTHORIZE_REQUEST | RQ_LOG_REQUEST | RQ_END_REQUEST;
    mb_configure("m", NULL, rq, rq, 0, S_OK);
    mb_set_hook("m", disable_later);
    disable_on_first_request = 1;
    fx_start(&f, NULL);
    W3_REQUIRE(add_module(&f, "m"));
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(calls(), "m:BEGIN_REQUEST m:POST_AUTHORIZE_REQUEST m:POST_LOG_REQUEST "
                          "m:END_REQUEST");
    bridge_clear_log();
    fx_send(&f, GET_REQUEST); /* the next request has every notification again */
    W3_CHECK_EQ(strstr(calls(), "m:AUTHORIZE_REQUEST m:POST_AUTHORIZE_REQUEST") != NULL, 1);
    fx_stop(&f);
}

static int check_is_last(const char *name, DWORD n, BOOL post, void *ctx, void *)
{
    if (n == RQ_BEGIN_REQUEST && !post) {
        BOOL last =
            static_cast<IHttpContext *>(ctx)->GetIsLastNotification(RQ_NOTIFICATION_CONTINUE);
        char entry[64];
        snprintf(entry, sizeof entry, "%s:last=%d", name, last ? 1 : 0);
        bridge_record(entry);
        DWORD next = 1;
        BOOL next_post = TRUE;
        CHttpModule *module = reinterpret_cast<CHttpModule *>(1);
        IHttpEventProvider *provider = reinterpret_cast<IHttpEventProvider *>(1);
        BOOL got = static_cast<IHttpContext *>(ctx)->GetNextNotification(
            RQ_NOTIFICATION_CONTINUE, &next, &next_post, &module, &provider);
        W3_CHECK(!got);
        W3_CHECK(module == NULL && provider == NULL);
    }
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(get_is_last_notification)
{
    fx f;
    mb_reset();
    bridge_reset();
    mb_configure("p", PRIORITY_ALIAS_HIGH, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    mb_configure("q", PRIORITY_ALIAS_LOW, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    mb_set_hook("p", check_is_last);
    mb_set_hook("q", check_is_last);
    fx_start(&f, NULL);
    W3_REQUIRE(add_module(&f, "q"));
    W3_REQUIRE(add_module(&f, "p"));
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(calls(), "p:BEGIN_REQUEST p:last=0 q:BEGIN_REQUEST q:last=1");
    fx_stop(&f);
}

W3_TEST(module_lifetimes_per_request_and_server)
{
    fx f;
    three_modules(&f, 0);
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    fx_send(&f, GET_REQUEST);
    W3_CHECK_EQ(mb_counted("create"), 6);  /* GetHttpModule once per module per request */
    W3_CHECK_EQ(mb_counted("dispose"), 6); /* Dispose at each request's end */
    W3_CHECK_EQ(mb_counted("terminate"), 0);
    fx_stop(&f);
    W3_CHECK_EQ(mb_counted("terminate"), 3); /* IHttpModuleFactory::Terminate at shutdown */
}

W3_TEST(register_module_gets_version_name_and_id)
{
    fx f;
    mb_reset();
    bridge_reset();
    mb_configure("one", NULL, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    fx_start(&f, NULL);
    W3_REQUIRE(add_module(&f, "one"));
    W3_CHECK_STR(bridge_log(), "one:REGISTER(10,id)");
    W3_CHECK_EQ(w3_server_module_count(f.server), 1);
    fx_stop(&f);
}

W3_TEST(failing_modules_are_logged_and_the_server_serves)
{
    fx f;
    mb_reset();
    bridge_reset();
    mb_configure("bad", NULL, RQ_BEGIN_REQUEST, 0, 0, E_ACCESSDENIED);
    mb_configure("good", NULL, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    fx_start(&f, NULL);
    W3_CHECK(!add_module(&f, "bad"));
    W3_CHECK_EQ(GetLastError(), (DWORD)E_ACCESSDENIED);
    W3_CHECK(!w3_server_add_module(f.server, "missing", fx_module_path("no_such_module")));
    W3_CHECK(!w3_server_add_module(f.server, "filter", fx_module_path("recorder_b")));
    W3_CHECK_EQ(GetLastError(), ERROR_PROC_NOT_FOUND);
    W3_REQUIRE(add_module(&f, "good"));
    W3_CHECK_EQ(w3_server_module_count(f.server), 1);
    W3_CHECK(strstr(f.log, "module 'bad'") != NULL && strstr(f.log, "0x80070005") != NULL);
    W3_CHECK(strstr(f.log, "module 'missing'") != NULL &&
             strstr(f.log, "could not be loaded") != NULL);
    W3_CHECK(strstr(f.log, "module 'filter'") != NULL &&
             strstr(f.log, "does not export RegisterModule") != NULL);
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(calls(), "good:BEGIN_REQUEST");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    fx_stop(&f);
}

static int next_result;
static DWORD next_notification;
static BOOL next_post;

static int take_next(const char *, DWORD n, BOOL post, void *ctx, void *)
{
    if (n == RQ_BEGIN_REQUEST && !post) {
        CHttpModule *module = NULL;
        IHttpEventProvider *provider = NULL;
        next_result = static_cast<IHttpContext *>(ctx)->GetNextNotification(
            RQ_NOTIFICATION_CONTINUE, &next_notification, &next_post, &module, &provider);
        if (next_result)
            W3_CHECK(module != NULL && provider != NULL);
    }
    return RQ_NOTIFICATION_CONTINUE;
}

W3_TEST(get_next_notification_runs_the_modules_own_next_notification_inline)
{
    fx f;
    mb_reset();
    bridge_reset();
    mb_configure("solo", NULL, RQ_BEGIN_REQUEST, RQ_BEGIN_REQUEST, 0, S_OK);
    mb_set_hook("solo", take_next);
    next_result = -1;
    fx_start(&f, NULL);
    W3_REQUIRE(add_module(&f, "solo"));
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_EQ(next_result, 1);
    W3_CHECK_EQ(next_notification, RQ_BEGIN_REQUEST);
    W3_CHECK(next_post);
    W3_CHECK_STR(calls(), "solo:BEGIN_REQUEST"); /* the post-notification was taken inline */
    W3_CHECK(strstr(f.out, "200 OK") != NULL);
    fx_stop(&f);
}

W3_TEST(get_next_notification_is_false_when_another_module_comes_between)
{
    fx f;
    mb_reset();
    bridge_reset();
    mb_configure("solo", NULL, RQ_BEGIN_REQUEST, RQ_BEGIN_REQUEST, 0, S_OK);
    mb_configure("other", PRIORITY_ALIAS_LOW, 0, RQ_BEGIN_REQUEST, 0, S_OK);
    mb_set_hook("solo", take_next);
    next_result = -1;
    fx_start(&f, NULL);
    W3_REQUIRE(add_module(&f, "solo"));
    W3_REQUIRE(add_module(&f, "other"));
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_EQ(next_result, 0);
    /* Post-notifications run in reverse: LOW "other" first, then "solo". */
    W3_CHECK_STR(calls(), "solo:BEGIN_REQUEST other:POST_BEGIN_REQUEST solo:POST_BEGIN_REQUEST");
    fx_stop(&f);
}

W3_TEST(a_second_registration_is_refused)
{
    fx f;
    mb_reset();
    bridge_reset();
    /* S_FALSE asks the recorder to register twice and report what it got. */
    mb_configure("twice", NULL, RQ_BEGIN_REQUEST, 0, GL_HEALTH_CHECK, S_FALSE);
    fx_start(&f, NULL);
    W3_REQUIRE(add_module(&f, "twice"));
    W3_CHECK(strstr(bridge_log(), "twice:AGAIN(800700b7,800700b7,80070057)") != NULL);
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    W3_CHECK_STR(calls(), "twice:BEGIN_REQUEST"); /* the first registration stands */
    fx_stop(&f);
}

/* A filter that answers in PREPROC_HEADERS and returns SF_STATUS_REQ_FINISHED. */
static DWORD answer_in_preproc(int, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *)
{
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, (PVOID) "200 OK",
                               (ULONG_PTR) "Content-Length: 2\r\n\r\n", 0);
    DWORD n = 2;
    pfc->WriteClient(pfc, (PVOID) "ok", &n, 0);
    return SF_STATUS_REQ_FINISHED;
}

W3_TEST(a_filter_finishing_the_request_skips_modules_to_the_end_stages)
{
    fx f;
    three_modules(&f, RQ_SEND_RESPONSE);
    bridge_set_flags(0, SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_LOG |
                            SF_NOTIFY_END_OF_REQUEST);
    bridge_set_proc(0, answer_in_preproc);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    /* The filter answered: no other BEGIN_REQUEST subscriber, no response of the
     * server's (so no RQ_SEND_RESPONSE), but the end stages run for everyone. */
    W3_CHECK_STR(calls(), "hi:BEGIN_REQUEST a:PREPROC_HEADERS "
                          "hi:LOG_REQUEST a:LOG md:LOG_REQUEST lo:LOG_REQUEST "
                          "lo:POST_LOG_REQUEST md:POST_LOG_REQUEST hi:POST_LOG_REQUEST "
                          "hi:END_REQUEST a:END_OF_REQUEST md:END_REQUEST lo:END_REQUEST "
                          "lo:POST_END_REQUEST md:POST_END_REQUEST hi:POST_END_REQUEST");
    W3_CHECK(strncmp(f.out, "HTTP/1.1 200 OK\r\n", 17) == 0);
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1"), 1);
    W3_CHECK(strcmp(f.out + f.out_len - 6, "\r\n\r\nok") == 0);
    W3_CHECK(w3_conn_wants_close(f.conn));
    fx_stop(&f);
}
