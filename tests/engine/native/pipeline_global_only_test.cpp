/* Modules loaded for their global notifications only (w3_server_add_global_module, IIS's
 * <globalModules> entry that <modules> does not enable): RegisterModule runs, the
 * CGlobalModule gets its notifications, the request notifications never run. */
#include <windows.h>
#include <httpserv.h>

#include <stdio.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

#define GET_REQUEST "GET / HTTP/1.1\r\nHost: example.test\r\n\r\n"

static const DWORD REQUEST =
    RQ_BEGIN_REQUEST | RQ_EXECUTE_REQUEST_HANDLER | RQ_SEND_RESPONSE | RQ_END_REQUEST;
static const DWORD GLOBAL = GL_PRE_BEGIN_REQUEST | GL_HEALTH_CHECK;

/* `name` subscribes to REQUEST (and POST_BEGIN_REQUEST) and to GLOBAL. */
static void configure(const char *name)
{
    mb_configure(name, NULL, REQUEST, RQ_BEGIN_REQUEST, GLOBAL, S_OK);
}

/* A server with one module "g" configured; the factory's creations so far. */
static int start_with_g(fx *f)
{
    mb_reset();
    bridge_reset();
    configure("g");
    int created = mb_counted("create");
    fx_start(f, NULL);
    return created;
}

static void two_requests_and_a_health_check(fx *f)
{
    fx_open(f, 0);
    bridge_clear_log();
    fx_send(f, GET_REQUEST);
    fx_send(f, GET_REQUEST);
    w3_server_health_check(f->server);
}

W3_TEST(global_only_module_gets_global_notifications_only)
{
    fx f;
    int created = start_with_g(&f);
    W3_REQUIRE(w3_server_add_global_module(f.server, "g", fx_module_path("record_module")));
    W3_CHECK_EQ(w3_server_module_count(f.server), 1);
    two_requests_and_a_health_check(&f);
    W3_CHECK_STR(bridge_log(), "g:GL_PRE_BEGIN_REQUEST g:GL_PRE_BEGIN_REQUEST g:GL_HEALTH_CHECK");
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 2);
    W3_CHECK_EQ(mb_counted("create"), created); /* no request asked its factory */
    int terminated = mb_counted("terminate"), global_terminated = mb_counted("global_terminate");
    fx_stop(&f);
    W3_CHECK_EQ(mb_counted("terminate"), terminated + 1);
    W3_CHECK_EQ(mb_counted("global_terminate"), global_terminated + 1);
}

W3_TEST(same_module_added_normally_gets_both)
{
    fx f;
    int created = start_with_g(&f);
    W3_REQUIRE(w3_server_add_module(f.server, "g", fx_module_path("record_module")));
    two_requests_and_a_health_check(&f);
    const char *one = "g:GL_PRE_BEGIN_REQUEST g:BEGIN_REQUEST g:POST_BEGIN_REQUEST "
                      "g:EXECUTE_REQUEST_HANDLER g:SEND_RESPONSE g:END_REQUEST ";
    char expected[512];
    snprintf(expected, sizeof expected, "%s%sg:GL_HEALTH_CHECK", one, one);
    W3_CHECK_STR(bridge_log(), expected);
    W3_CHECK_EQ(mb_counted("create"), created + 2);
    fx_stop(&f);
}

W3_TEST(global_only_beside_a_request_module_keeps_configuration_order)
{
    fx f;
    mb_reset();
    bridge_reset();
    configure("req");
    configure("glob");
    fx_start(&f, NULL);
    W3_REQUIRE(w3_server_add_global_module(f.server, "glob", fx_module_path("record_module")));
    W3_REQUIRE(w3_server_add_module(f.server, "req", fx_module_path("record_module")));
    fx_open(&f, 0);
    bridge_clear_log();
    fx_send(&f, GET_REQUEST);
    w3_server_health_check(f.server);
    W3_CHECK_STR(bridge_log(), "glob:GL_PRE_BEGIN_REQUEST req:GL_PRE_BEGIN_REQUEST "
                               "req:BEGIN_REQUEST req:POST_BEGIN_REQUEST "
                               "req:EXECUTE_REQUEST_HANDLER req:SEND_RESPONSE req:END_REQUEST "
                               "glob:GL_HEALTH_CHECK req:GL_HEALTH_CHECK");
    W3_CHECK_EQ(fx_count(f.out, "HTTP/1.1 200 OK"), 1);
    fx_stop(&f);
}

W3_TEST(global_only_failures_are_reported_like_add_module)
{
    fx f;
    mb_reset();
    bridge_reset();
    configure("late");
    fx_start(&f, NULL);
    SetLastError(0);
    W3_CHECK(!w3_server_add_global_module(f.server, "gone", fx_module_path("no_such_module")));
    W3_CHECK(GetLastError() != 0);
    W3_CHECK_EQ(fx_count(f.log, "module 'gone'"), 1);
    W3_CHECK(!w3_server_add_global_module(f.server, "", fx_module_path("record_module")));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    fx_open(&f, 0);
    W3_CHECK(!w3_server_add_global_module(f.server, "late", fx_module_path("record_module")));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_STATE);
    W3_CHECK_EQ(w3_server_module_count(f.server), 0);
    fx_stop(&f);
}
