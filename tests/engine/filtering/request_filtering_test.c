/* RequestFilteringModule, driven through the embedding API: what a denied request gets
 * (404 with IIS's substatus in the log record, no handler call) and what passes, with
 * IIS's defaults and with rules from an applicationHost.config. */
#include <stdio.h>
#include <string.h>

#include <windows.h>

#include "engine_fixture.h"
#include "w3engine.h"
#include "w3test.h"

typedef struct seen {
    unsigned status, substatus;
    int handled; /* the handler ran */
} seen;

static seen g_seen;

static void record(void *ctx, const w3_log_record *rec)
{
    (void)ctx;
    g_seen.status = rec->status;
    g_seen.substatus = rec->substatus;
}

static void answer(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx, (void)req;
    g_seen.handled = 1;
    w3_response_set_status(resp, 200, "OK");
    w3_response_write(resp, "ok", 2);
}

static void start(fx *f, const char *config_path)
{
    w3_server_config cfg;
    fx_config(f, &cfg);
    cfg.handler = answer;
    cfg.request_log = record;
    cfg.config_path = config_path;
    fx_start(f, &cfg);
    fx_open(f, 0);
}

/* Sends `request` (a whole request) and returns what the log recorded. */
static seen send_text(fx *f, const char *request)
{
    memset(&g_seen, 0, sizeof g_seen);
    fx_clear_output(f);
    fx_send(f, request);
    return g_seen;
}

static seen get(fx *f, const char *url)
{
    char request[12000];
    snprintf(request, sizeof request, "GET %s HTTP/1.1\r\nHost: x\r\n\r\n", url);
    return send_text(f, request);
}

#define CHECK_DENIED(s, st, sub)                                                                   \
    do {                                                                                           \
        seen s_ = (s);                                                                             \
        W3_CHECK_EQ_I(s_.status, st);                                                              \
        W3_CHECK_EQ_I(s_.substatus, sub);                                                          \
        W3_CHECK_EQ_I(s_.handled, 0);                                                              \
    } while (0)

W3_TEST(defaults_hide_web_config_bin_and_app_data)
{
    fx f;
    start(&f, NULL);
    CHECK_DENIED(get(&f, "/web.config"), 404, 8);
    CHECK_DENIED(get(&f, "/bin/app.dll"), 404, 8);
    CHECK_DENIED(get(&f, "/App_Data/db.mdf"), 404, 8);
    CHECK_DENIED(get(&f, "/sub/APP_CODE/x.cs"), 404, 8);
    CHECK_DENIED(get(&f, "/%62in/x"), 404, 8); /* decoded before it is compared */
    seen ok = get(&f, "/binder/web.config.txt");
    W3_CHECK_EQ_I(ok.status, 200);
    W3_CHECK_EQ_I(ok.handled, 1);
    W3_CHECK(strstr(f.out, "404") == NULL);
    fx_stop(&f);
}

W3_TEST(defaults_deny_double_escaping_and_long_urls)
{
    fx f;
    start(&f, NULL);
    CHECK_DENIED(get(&f, "/a%2541.txt"), 404, 11);
    CHECK_DENIED(get(&f, "/a+b.txt"), 404, 11);
    W3_CHECK_EQ_I(get(&f, "/a%41.txt?x=a+b").status, 200); /* '+' in the query is fine */
    char url[6000] = "/";
    memset(url + 1, 'a', 4096);
    url[4097] = '\0';
    CHECK_DENIED(get(&f, url), 404, 14);
    url[4096] = '\0';
    W3_CHECK_EQ_I(get(&f, url).status, 200); /* 4096 bytes: maxUrl */
    char query[3000] = "/q?";
    memset(query + 3, 'b', 2049);
    query[3 + 2049] = '\0';
    CHECK_DENIED(get(&f, query), 404, 15);
    fx_stop(&f);
}

static const char app_host[] =
    "<configuration><system.webServer><security><requestFiltering"
    " allowHighBitCharacters='false'>"
    "<verbs allowUnlisted='false'><add verb='GET' allowed='true'/></verbs>"
    "<denyUrlSequences><add sequence='..'/></denyUrlSequences>"
    "<fileExtensions><add fileExtension='.config' allowed='false'/></fileExtensions>"
    "<alwaysAllowedUrls><add url='/bin/open.txt'/></alwaysAllowedUrls>"
    "<hiddenSegments><remove segment='bin'/><add segment='private'/></hiddenSegments>"
    "<requestLimits maxAllowedContentLength='10'>"
    "<headerLimits><add header='X-Small' sizeLimit='4'/></headerLimits></requestLimits>"
    "</requestFiltering></security></system.webServer></configuration>";

static const char *write_app_host(void)
{
    static char path[MAX_PATH];
    DWORD n = GetCurrentDirectoryA(sizeof path - 64, path);
    W3_REQUIRE(n > 0);
    strcat(path, "/request_filtering.config");
    FILE *file = fopen(path, "wb");
    W3_REQUIRE(file != NULL);
    fputs(app_host, file);
    fclose(file);
    return path;
}

W3_TEST(rules_from_the_configuration)
{
    fx f;
    const char *path = write_app_host();
    start(&f, path);
    CHECK_DENIED(send_text(&f, "POST /a.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"), 404,
                 6);
    CHECK_DENIED(get(&f, "/a..b"), 404, 5);
    CHECK_DENIED(get(&f, "/app.config"), 404, 7);
    CHECK_DENIED(get(&f, "/private/x.txt"), 404, 8);
    CHECK_DENIED(get(&f, "/App_Data/x.txt"), 404, 8); /* IIS's defaults stay beside */
    CHECK_DENIED(get(&f, "/caf%C3%A9.txt"), 404, 12);
    W3_CHECK_EQ_I(get(&f, "/bin/x.txt").status, 200); /* <remove> took a default away */
    W3_CHECK_EQ_I(get(&f, "/bin/open.txt").status, 200);
    CHECK_DENIED(send_text(&f, "GET /a.txt HTTP/1.1\r\nHost: x\r\nX-Small: 12345\r\n\r\n"), 431, 0);
    W3_CHECK_EQ_I(send_text(&f, "GET /a.txt HTTP/1.1\r\nHost: x\r\nX-Small: 1234\r\n\r\n").status,
                  200);
    CHECK_DENIED(send_text(&f, "GET /a.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n"), 413,
                 1);
    fx_stop(&f);
    DeleteFileA(path);
}
