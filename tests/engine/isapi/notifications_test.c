/* The notification structures and their writable fields. */
#include <windows.h>
#include <httpfilt.h>
#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3test.h"

static char handler_seen[600];

static void report_request(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    char path[256];
    unsigned int cb = sizeof path;
    if (!w3_request_server_variable(req, "PATH_TRANSLATED", path, &cb))
        strcpy(path, "?");
    snprintf(handler_seen, sizeof handler_seen, "%s %s user=%s path=%s", w3_request_method(req),
             w3_request_url(req), w3_request_user(req), path);
    w3_response_add_header(resp, "Content-Type", "text/html");
    w3_response_write(resp, "body", 4);
}

static void run(fx *f, bridge_proc proc, w3_server_config *cfg, const char *request)
{
    w3_server_config local;
    if (cfg == NULL) {
        fx_config(f, &local);
        cfg = &local;
    }
    cfg->handler = report_request;
    cfg->document_root = "/srv";
    handler_seen[0] = '\0';
    fx_run_recorder(f, proc, cfg, request);
}

static DWORD rewrite_raw(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    if (type != SF_NOTIFY_READ_RAW_DATA)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_RAW_DATA *raw = pv;
    static const char replacement[] =
        "GET /a/much/longer/replacement/path HTTP/1.1\r\nHost: x\r\n\r\n";
    char *mine = pfc->AllocMem(pfc, sizeof replacement, 0);
    memcpy(mine, replacement, sizeof replacement);
    raw->pvInData = mine;
    raw->cbInData = sizeof replacement - 1;
    raw->cbInBuffer = sizeof replacement;
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(read_raw_data_buffer_can_be_replaced_by_a_larger_one)
{
    fx f;
    run(&f, rewrite_raw, NULL, "GET /short HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(handler_seen, "GET /a/much/longer/replacement/path ", 36) == 0);
    fx_stop(&f);
}

static DWORD raw_in_data, raw_in_buffer;

static DWORD note_raw(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type == SF_NOTIFY_READ_RAW_DATA) {
        raw_in_data = ((HTTP_FILTER_RAW_DATA *)pv)->cbInData;
        raw_in_buffer = ((HTTP_FILTER_RAW_DATA *)pv)->cbInBuffer;
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(read_raw_data_sizes)
{
    fx f;
    run(&f, note_raw, NULL, "GET / HTTP/1.1\r\n\r\n");
    W3_CHECK_EQ(raw_in_data, 18);
    W3_CHECK(raw_in_buffer >= raw_in_data);
    fx_stop(&f);
}

static char map_url[64];
static DWORD map_size;

static DWORD remap(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type != SF_NOTIFY_URL_MAP)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_URL_MAP *map = pv;
    snprintf(map_url, sizeof map_url, "%s|%s", map->pszURL, map->pszPhysicalPath);
    map_size = map->cbPathBuff;
    snprintf(map->pszPhysicalPath, map->cbPathBuff, "/elsewhere/file.txt");
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(url_map_physical_path_is_edited_in_place)
{
    fx f;
    run(&f, remap, NULL, "GET /docs/a.txt?v=1 HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_STR(map_url, "/docs/a.txt|\\srv\\docs\\a.txt"); /* IIS: backslashes only */
    W3_CHECK(map_size >= MAX_PATH);
    W3_CHECK(strstr(handler_seen, "path=/elsewhere/file.txt") != NULL);
    fx_stop(&f);
}

static char authent_seen[128];

static DWORD change_user(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type != SF_NOTIFY_AUTHENTICATION)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_AUTHENT *au = pv;
    snprintf(authent_seen, sizeof authent_seen, "%s:%s %lu %lu", au->pszUser, au->pszPassword,
             (unsigned long)au->cbUserBuff, (unsigned long)au->cbPasswordBuff);
    snprintf(au->pszUser, au->cbUserBuff, "mapped");
    snprintf(au->pszPassword, au->cbPasswordBuff, "pw");
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

static char logon_seen[64];

static int logon(void *ctx, const char *user, const char *password)
{
    (void)ctx;
    snprintf(logon_seen, sizeof logon_seen, "%s/%s", user, password);
    return strcmp(user, "mapped") == 0;
}

W3_TEST(authentication_user_and_password_are_writable)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.logon = logon;
    /* alice:secret */
    run(&f, change_user, &cfg,
        "GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Basic YWxpY2U6c2VjcmV0\r\n\r\n");
    W3_CHECK_STR(authent_seen, "alice:secret 257 257");
    W3_CHECK_STR(logon_seen, "mapped/pw");
    W3_CHECK(strstr(handler_seen, "user=mapped") != NULL);
    W3_CHECK(strstr(f.log, " mapped ") != NULL); /* the request log names the user */
    fx_stop(&f);
}

W3_TEST(anonymous_request_has_empty_user)
{
    fx f;
    authent_seen[0] = '\0';
    run(&f, change_user, NULL, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(authent_seen, ": 257 257", 9) == 0);
    fx_stop(&f);
}

static DWORD denied_reason;
static char denied_url[64];

static DWORD note_denial(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type == SF_NOTIFY_ACCESS_DENIED) {
        HTTP_FILTER_ACCESS_DENIED *ad = pv;
        denied_reason = ad->dwReason;
        snprintf(denied_url, sizeof denied_url, "%s|%s", ad->pszURL, ad->pszPhysicalPath);
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(access_denied_by_configuration)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.deny_anonymous = 1;
    run(&f, note_denial, &cfg, "GET /private/x HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(denied_reason, SF_DENIED_LOGON | SF_DENIED_BY_CONFIG);
    W3_CHECK_STR(denied_url, "/private/x|\\srv\\private\\x");
    W3_CHECK_STR(handler_seen, ""); /* the handler never ran */
    fx_stop(&f);
}

W3_TEST(access_denied_by_failed_logon)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.logon = logon;
    run(&f, note_denial, &cfg,
        "GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Basic YWxpY2U6c2VjcmV0\r\n\r\n");
    W3_CHECK_EQ(denied_reason, SF_DENIED_LOGON);
    W3_CHECK(strncmp(f.out, "HTTP/1.1 401 ", 13) == 0);
    fx_stop(&f);
}

static void deny_in_handler(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    (void)req;
    w3_response_set_status(resp, 401, "Unauthorized");
}

W3_TEST(access_denied_by_the_application)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.handler = deny_in_handler;
    fx_run_recorder(&f, note_denial, &cfg, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(denied_reason, SF_DENIED_APPLICATION);
    W3_CHECK(strstr(bridge_log(), "a:AUTH_COMPLETE a:ACCESS_DENIED a:SEND_RESPONSE") != NULL);
    fx_stop(&f);
}

static DWORD rewrite_log(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type != SF_NOTIFY_LOG)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_LOG *lg = pv;
    W3_CHECK_STR(lg->pszOperation, "GET");
    W3_CHECK_STR(lg->pszTarget, "/secret/path");
    W3_CHECK_STR(lg->pszParameters, "token=abc");
    W3_CHECK_STR(lg->pszClientHostName, "192.0.2.7");
    W3_CHECK_STR(lg->pszServerName, "x");
    W3_CHECK_EQ(lg->dwHttpStatus, 200);
    W3_CHECK(lg->dwBytesSent > 4);
    W3_CHECK(lg->dwBytesRecvd > 20);
    lg->pszTarget = "/masked";
    lg->pszParameters = "";
    lg->dwHttpStatus = 299;
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(log_fields_can_be_replaced_and_the_log_line_shows_them)
{
    fx f;
    run(&f, rewrite_log, NULL, "GET /secret/path?token=abc HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.log, "request: 192.0.2.7 - x GET /masked - 299 0 ") != NULL);
    W3_CHECK(strstr(f.log, "secret") == NULL);
    fx_stop(&f);
}

static DWORD enlarge_sent_body(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    if (type != SF_NOTIFY_SEND_RAW_DATA)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    HTTP_FILTER_RAW_DATA *raw = pv;
    if (raw->cbInData == 4 && memcmp(raw->pvInData, "body", 4) == 0) {
        char *bigger = pfc->AllocMem(pfc, 16, 0);
        memcpy(bigger, "BODY+MORE", 9);
        raw->pvInData = bigger;
        raw->cbInData = 9;
        raw->cbInBuffer = 16;
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(send_raw_data_buffer_can_be_replaced)
{
    fx f;
    run(&f, enlarge_sent_body, NULL, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(f.out, "\r\n\r\nBODY+MORE") != NULL);
    fx_stop(&f);
}

static DWORD preproc_status;

static DWORD note_preproc_status(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type == SF_NOTIFY_PREPROC_HEADERS)
        preproc_status = ((HTTP_FILTER_PREPROC_HEADERS *)pv)->HttpStatus;
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(preproc_headers_http_status)
{
    fx f;
    run(&f, note_preproc_status, NULL, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(preproc_status, 200);
    fx_stop(&f);
}
