/* Loading filters: GetFilterVersion, missing exports, port bits, TerminateFilter. */
#include <windows.h>
#include <httpfilt.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3test.h"

#define GET_REQUEST "GET / HTTP/1.1\r\nHost: example.test\r\n\r\n"

W3_TEST(version_false_unloads_and_logs_file_and_reason)
{
    fx f;
    bridge_reset();
    bridge_fail_version(0, ERROR_ACCESS_DENIED);
    fx_start(&f, NULL);
    SetLastError(0);
    W3_CHECK(!fx_add(&f, "recorder_a"));
    W3_CHECK_EQ(GetLastError(), ERROR_ACCESS_DENIED);
    W3_CHECK_EQ(w3_server_filter_count(f.server), 0);
    W3_CHECK(strstr(f.log, fx_module_path("recorder_a")) != NULL);
    W3_CHECK(strstr(f.log, "GetFilterVersion returned FALSE") != NULL);
    fx_open(&f, 0);
    fx_send(&f, GET_REQUEST);
    fx_stop(&f);
    W3_CHECK_STR(bridge_log(), ""); /* not called, not even TerminateFilter */
}

W3_TEST(version_false_with_s_ok_is_not_logged)
{
    fx f;
    bridge_reset();
    bridge_fail_version(0, 0);
    fx_start(&f, NULL);
    W3_CHECK(!fx_add(&f, "recorder_a"));
    W3_CHECK_EQ(w3_server_filter_count(f.server), 0);
    W3_CHECK_STR(f.log, "");
    fx_stop(&f);
}

W3_TEST(missing_http_filter_proc_is_refused)
{
    fx f;
    bridge_reset();
    fx_start(&f, NULL);
    SetLastError(0);
    W3_CHECK(!fx_add(&f, "noproc_filter"));
    W3_CHECK_EQ(GetLastError(), ERROR_PROC_NOT_FOUND);
    W3_CHECK(strstr(f.log, fx_module_path("noproc_filter")) != NULL);
    W3_CHECK(strstr(f.log, "HttpFilterProc") != NULL);
    W3_CHECK_EQ(w3_server_filter_count(f.server), 0);
    fx_stop(&f);
}

W3_TEST(missing_file_is_refused)
{
    fx f;
    bridge_reset();
    fx_start(&f, NULL);
    SetLastError(0);
    W3_CHECK(!fx_add(&f, "no_such_filter"));
    W3_CHECK(GetLastError() != 0);
    W3_CHECK(strstr(f.log, "no_such_filter") != NULL);
    W3_CHECK(strstr(f.log, "could not be loaded") != NULL);
    fx_stop(&f);
}

W3_TEST(bad_arguments)
{
    fx f;
    fx_start(&f, NULL);
    SetLastError(0);
    W3_CHECK(!w3_server_add_filter(f.server, NULL, "x"));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    W3_CHECK(!w3_server_add_filter(f.server, "x", ""));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    fx_stop(&f);
}

W3_TEST(filters_load_before_the_first_connection)
{
    fx f;
    bridge_reset();
    fx_start(&f, NULL);
    fx_open(&f, 0);
    SetLastError(0);
    W3_CHECK(!fx_add(&f, "recorder_a"));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_STATE);
    fx_stop(&f);
}

W3_TEST(terminate_filter_runs_at_shutdown)
{
    fx f;
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_END_OF_NET_SESSION);
    bridge_set_flags(1, SF_NOTIFY_END_OF_NET_SESSION);
    fx_start(&f, NULL);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    W3_REQUIRE(fx_add(&f, "recorder_b"));
    W3_CHECK_EQ(w3_server_filter_count(f.server), 2);
    fx_open(&f, 0);
    fx_close(&f);
    W3_CHECK_STR(bridge_log(), "a:END_OF_NET_SESSION b:END_OF_NET_SESSION");
    fx_stop(&f);
    W3_CHECK_STR(bridge_log(), "a:END_OF_NET_SESSION b:END_OF_NET_SESSION a:TERMINATE b:TERMINATE");
}

static DWORD secure_seen[2];

static DWORD note_secure(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)type;
    (void)pv;
    secure_seen[pfc->fIsSecurePort ? 1 : 0] |= 1u << slot;
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

static void run_on_port(int secure)
{
    fx f;
    fx_start(&f, NULL);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    W3_REQUIRE(fx_add(&f, "recorder_b"));
    W3_REQUIRE(fx_add(&f, "recorder_c"));
    fx_open(&f, secure);
    fx_send(&f, GET_REQUEST);
    fx_stop(&f);
}

W3_TEST(secure_and_nonsecure_port_bits)
{
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_SECURE_PORT | SF_NOTIFY_PREPROC_HEADERS);
    bridge_set_flags(1, SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_PREPROC_HEADERS);
    bridge_set_flags(2,
                     SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_PREPROC_HEADERS);
    for (int i = 0; i < 3; i++)
        bridge_set_proc(i, note_secure);
    run_on_port(0);
    W3_CHECK_STR(bridge_log(),
                 "b:PREPROC_HEADERS c:PREPROC_HEADERS a:TERMINATE b:TERMINATE c:TERMINATE");
    bridge_clear_log();
    run_on_port(1);
    W3_CHECK_STR(bridge_log(),
                 "a:PREPROC_HEADERS c:PREPROC_HEADERS a:TERMINATE b:TERMINATE c:TERMINATE");
    W3_CHECK_EQ(secure_seen[0], 0x6); /* b and c saw fIsSecurePort FALSE */
    W3_CHECK_EQ(secure_seen[1], 0x5); /* a and c saw TRUE */
}

static DWORD flags_seen;

static DWORD note_context(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)type;
    (void)pv;
    flags_seen =
        pfc->cbSize == sizeof(HTTP_FILTER_CONTEXT) && pfc->Revision == HTTP_FILTER_REVISION;
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(context_size_and_revision)
{
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_PREPROC_HEADERS);
    bridge_set_proc(0, note_context);
    fx f;
    fx_start_with(&f, NULL, "recorder_a");
    fx_send(&f, GET_REQUEST);
    fx_stop(&f);
    W3_CHECK_EQ(flags_seen, 1);
}
