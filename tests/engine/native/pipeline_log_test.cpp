/* What a module's IHttpResponse::SetStatus puts in the request log record: the
 * substatus (sc-substatus) and the Win32 code of the error to report (sc-win32-status). */
#include <windows.h>
#include <httpserv.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

static USHORT set_status, set_substatus;
static HRESULT set_error;
static unsigned logged_status, logged_substatus;
static unsigned long logged_win32;
static int records;

static int answer(const char *, DWORD n, BOOL post, void *ctx, void *)
{
    if (post || n != RQ_EXECUTE_REQUEST_HANDLER)
        return RQ_NOTIFICATION_CONTINUE;
    IHttpResponse *resp = static_cast<IHttpContext *>(ctx)->GetResponse();
    resp->SetStatus(set_status, "Set", set_substatus, set_error);
    return RQ_NOTIFICATION_FINISH_REQUEST;
}

static void capture(void *, const w3_log_record *rec)
{
    records++;
    logged_status = rec->status;
    logged_substatus = rec->substatus;
    logged_win32 = rec->win32_status;
}

static void run(fx *f, USHORT status, USHORT substatus, HRESULT error)
{
    mb_reset();
    bridge_reset();
    set_status = status;
    set_substatus = substatus;
    set_error = error;
    records = 0;
    mb_configure("m", NULL, RQ_EXECUTE_REQUEST_HANDLER, 0, 0, S_OK);
    mb_set_hook("m", answer);
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.request_log = capture;
    fx_start_with_module(f, &cfg, "m", "record_module");
    fx_send(f, "GET /x HTTP/1.1\r\nHost: h\r\n\r\n");
}

W3_TEST(substatus_and_win32_error_of_set_status_are_logged)
{
    fx f;
    run(&f, 404, 3, HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND));
    W3_CHECK_EQ(records, 1);
    W3_CHECK_EQ(logged_status, 404);
    W3_CHECK_EQ(logged_substatus, 3);
    W3_CHECK_EQ(logged_win32, ERROR_FILE_NOT_FOUND);
    fx_stop(&f);
}

W3_TEST(an_error_outside_win32_is_not_a_win32_status)
{
    fx f;
    run(&f, 500, 19, E_FAIL);
    W3_CHECK_EQ(records, 1);
    W3_CHECK_EQ(logged_status, 500);
    W3_CHECK_EQ(logged_substatus, 19);
    W3_CHECK_EQ(logged_win32, 0);
    fx_stop(&f);
}

W3_TEST(no_error_logs_win32_status_0)
{
    fx f;
    run(&f, 200, 0, S_OK);
    W3_CHECK_EQ(records, 1);
    W3_CHECK_EQ(logged_win32, 0);
    fx_stop(&f);
}
