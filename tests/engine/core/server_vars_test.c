/* GetServerVariable: values, and the buffer contract at its edges. */
#include <windows.h>
#include <httpfilt.h>
#include <stdio.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3test.h"

#define REQUEST                                                                                    \
    "GET /dir/page.htm?x=1&y=2 HTTP/1.1\r\nHost: example.test:8080\r\nUser-Agent: t\r\n"           \
    "X-Custom-Thing: v1\r\nx-custom-thing: v2\r\nAuthorization: Basic YWxpY2U6c2VjcmV0\r\n\r\n"

/* Names to look up and what came back, filled in from inside a notification. */
static const char *const names[] = {"URL",
                                    "QUERY_STRING",
                                    "REQUEST_METHOD",
                                    "SERVER_NAME",
                                    "SERVER_PORT",
                                    "SERVER_PORT_SECURE",
                                    "HTTPS",
                                    "SERVER_PROTOCOL",
                                    "REMOTE_ADDR",
                                    "REMOTE_HOST",
                                    "REMOTE_PORT",
                                    "LOCAL_ADDR",
                                    "HTTP_USER_AGENT",
                                    "HTTP_X_CUSTOM_THING",
                                    "HEADER_X-Custom-Thing",
                                    "INSTANCE_ID",
                                    "CONTENT_LENGTH",
                                    "CONTENT_TYPE",
                                    "PATH_INFO",
                                    "PATH_TRANSLATED",
                                    "SCRIPT_TRANSLATED",
                                    "REQUEST_FILENAME",
                                    "SCRIPT_NAME",
                                    "AUTH_TYPE",
                                    "AUTH_USER",
                                    "REMOTE_USER",
                                    "LOGON_USER",
                                    "APPL_PHYSICAL_PATH",
                                    "HTTP_URL",
                                    "ALL_HTTP",
                                    "ALL_RAW",
                                    "HTTP_VERSION",
                                    "HTTPS_KEYSIZE",
                                    "HTTPS_SECRETKEYSIZE",
                                    "HTTPS_SERVER_SUBJECT",
                                    "HTTPS_SERVER_ISSUER",
                                    "CERT_SERVER_SUBJECT",
                                    "CERT_KEYSIZE",
                                    "CERT_SUBJECT",
                                    "CERT_ISSUER",
                                    "CERT_SERIALNUMBER",
                                    "CERT_COOKIE",
                                    "CERT_FLAGS",
                                    "request_method"};
#define NAME_COUNT (sizeof names / sizeof names[0])
static char values[NAME_COUNT][512];
static DWORD errors[NAME_COUNT];
static DWORD when = SF_NOTIFY_AUTH_COMPLETE;

static DWORD collect(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type != when)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    for (size_t i = 0; i < NAME_COUNT; i++) {
        DWORD cb = sizeof values[i];
        errors[i] = 0;
        if (!pfc->GetServerVariable(pfc, (LPSTR)names[i], values[i], &cb)) {
            errors[i] = GetLastError();
            values[i][0] = '\0';
        }
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

static const char *value_of(const char *name)
{
    for (size_t i = 0; i < NAME_COUNT; i++)
        if (strcmp(names[i], name) == 0)
            return errors[i] ? "<error>" : values[i];
    return "<not asked>";
}

static DWORD error_of(const char *name)
{
    for (size_t i = 0; i < NAME_COUNT; i++)
        if (strcmp(names[i], name) == 0)
            return errors[i];
    return 0xFFFFFFFFu;
}

static DWORD ssl_ctxt_ok, ssl_ctxt_error;
static void *ssl_ctxt[2]; /* [1] catches a write past the one pointer */

/* SF_REQ_GET_PROPERTY(SF_PROPERTY_SSL_CTXT) as a filter asks it, once the request is in. */
static DWORD ask_ssl_context(HTTP_FILTER_CONTEXT *pfc)
{
    ssl_ctxt[0] = ssl_ctxt[1] = &ssl_ctxt;
    SetLastError(0);
    ssl_ctxt_ok =
        pfc->ServerSupportFunction(pfc, SF_REQ_GET_PROPERTY, ssl_ctxt, SF_PROPERTY_SSL_CTXT, 0);
    ssl_ctxt_error = GetLastError();
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

static BOOL secure_port_seen;

static DWORD collect_and_ask(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    collect(slot, pfc, type, pv);
    secure_port_seen = pfc->fIsSecurePort;
    return type == when ? ask_ssl_context(pfc) : SF_STATUS_REQ_NEXT_NOTIFICATION;
}

static void run_tls(const w3_tls_info *tls, DWORD notification)
{
    fx f;
    w3_server_config cfg;
    bridge_reset();
    bridge_set_proc(0, collect_and_ask);
    when = notification;
    fx_config(&f, &cfg);
    fx_start(&f, &cfg);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    fx_open(&f, 0);
    if (tls != NULL)
        W3_REQUIRE(w3_conn_set_tls(f.conn, tls));
    fx_send(&f, REQUEST);
    fx_stop(&f);
}

static void run(int secure, DWORD notification)
{
    fx f;
    w3_server_config cfg;
    bridge_reset();
    bridge_set_proc(0, collect);
    when = notification;
    fx_config(&f, &cfg);
    cfg.document_root = "/srv/www";
    cfg.instance_id = 7;
    fx_start(&f, &cfg);
    W3_REQUIRE(fx_add(&f, "recorder_a"));
    fx_open(&f, secure);
    fx_send(&f, REQUEST);
    fx_stop(&f);
}

W3_TEST(request_variables)
{
    run(0, SF_NOTIFY_AUTH_COMPLETE);
    W3_CHECK_STR(value_of("URL"), "/dir/page.htm");
    W3_CHECK_STR(value_of("QUERY_STRING"), "x=1&y=2");
    W3_CHECK_STR(value_of("REQUEST_METHOD"), "GET");
    W3_CHECK_STR(value_of("request_method"), "GET");
    W3_CHECK_STR(value_of("SERVER_NAME"), "example.test");
    W3_CHECK_STR(value_of("SERVER_PROTOCOL"), "HTTP/1.1");
    W3_CHECK_STR(value_of("HTTP_VERSION"), "HTTP/1.1");
    W3_CHECK_STR(value_of("HTTP_URL"), "/dir/page.htm?x=1&y=2");
    W3_CHECK_STR(value_of("PATH_INFO"), "/dir/page.htm");
    W3_CHECK_STR(value_of("SCRIPT_NAME"), "/dir/page.htm");
    /* Physical paths as IIS gives them: backslashes only, the application's with a final one. */
    W3_CHECK_STR(value_of("PATH_TRANSLATED"), "\\srv\\www\\dir\\page.htm");
    W3_CHECK_STR(value_of("SCRIPT_TRANSLATED"), "\\srv\\www\\dir\\page.htm");
    W3_CHECK_STR(value_of("REQUEST_FILENAME"), "\\srv\\www\\dir\\page.htm");
    W3_CHECK_STR(value_of("APPL_PHYSICAL_PATH"), "\\srv\\www\\");
    W3_CHECK_STR(value_of("INSTANCE_ID"), "7");
    W3_CHECK_STR(value_of("CONTENT_LENGTH"), "0");
    W3_CHECK_STR(value_of("CONTENT_TYPE"), "");
}

W3_TEST(header_variables)
{
    run(0, SF_NOTIFY_PREPROC_HEADERS);
    W3_CHECK_STR(value_of("HTTP_USER_AGENT"), "t");
    W3_CHECK_STR(value_of("HTTP_X_CUSTOM_THING"), "v1, v2");
    W3_CHECK_STR(value_of("HEADER_X-Custom-Thing"), "v1, v2");
    W3_CHECK(strstr(value_of("ALL_HTTP"), "HTTP_HOST:example.test:8080\n") != NULL);
    W3_CHECK(strstr(value_of("ALL_HTTP"), "HTTP_X_CUSTOM_THING:v1\n") != NULL);
    W3_CHECK(strstr(value_of("ALL_RAW"), "User-Agent: t\r\nX-Custom-Thing: v1\r\n") != NULL);
}

W3_TEST(connection_variables_nonsecure)
{
    run(0, SF_NOTIFY_PREPROC_HEADERS);
    W3_CHECK_STR(value_of("SERVER_PORT"), "80");
    W3_CHECK_STR(value_of("SERVER_PORT_SECURE"), "0");
    W3_CHECK_STR(value_of("HTTPS"), "off");
    W3_CHECK_STR(value_of("REMOTE_ADDR"), "192.0.2.7");
    W3_CHECK_STR(value_of("REMOTE_HOST"), "192.0.2.7");
    W3_CHECK_STR(value_of("REMOTE_PORT"), "50123");
    W3_CHECK_STR(value_of("LOCAL_ADDR"), "10.0.0.1");
}

W3_TEST(connection_variables_secure)
{
    run(1, SF_NOTIFY_PREPROC_HEADERS);
    W3_CHECK_STR(value_of("SERVER_PORT"), "443");
    W3_CHECK_STR(value_of("SERVER_PORT_SECURE"), "1");
    W3_CHECK_STR(value_of("HTTPS"), "on");
}

static const unsigned char client_der[] = {0x30, 0x03, 0x02, 0x01, 0x07};

/* The front end's TLS facts make the connection secure and fill HTTPS_* and CERT_*. */
W3_TEST(tls_facts_fill_https_and_cert_variables)
{
    w3_tls_info tls = {0};
    tls.cipher_bits = 256;
    tls.server_key_bits = 2048;
    tls.server_subject = "CN=www.example.test";
    tls.server_issuer = "O=Example CA, CN=Example Root";
    tls.client_cert = client_der;
    tls.client_cert_len = sizeof client_der;
    tls.client_subject = "O=Example, CN=alice";
    tls.client_issuer = "CN=Client CA";
    tls.client_serial = "07";
    tls.client_cookie = "c00c1e";
    tls.client_untrusted = 1;
    run_tls(&tls, SF_NOTIFY_PREPROC_HEADERS);
    W3_CHECK(secure_port_seen);
    W3_CHECK_STR(value_of("SERVER_PORT_SECURE"), "1");
    W3_CHECK_STR(value_of("HTTPS"), "on");
    W3_CHECK_STR(value_of("HTTPS_KEYSIZE"), "256");
    W3_CHECK_STR(value_of("CERT_KEYSIZE"), "256");
    W3_CHECK_STR(value_of("HTTPS_SECRETKEYSIZE"), "2048");
    W3_CHECK_STR(value_of("HTTPS_SERVER_SUBJECT"), "CN=www.example.test");
    W3_CHECK_STR(value_of("CERT_SERVER_SUBJECT"), "CN=www.example.test");
    W3_CHECK_STR(value_of("HTTPS_SERVER_ISSUER"), "O=Example CA, CN=Example Root");
    W3_CHECK_STR(value_of("CERT_SUBJECT"), "O=Example, CN=alice");
    W3_CHECK_STR(value_of("CERT_ISSUER"), "CN=Client CA");
    W3_CHECK_STR(value_of("CERT_SERIALNUMBER"), "07");
    W3_CHECK_STR(value_of("CERT_COOKIE"), "c00c1e");
    W3_CHECK_STR(value_of("CERT_FLAGS"), "3"); /* present, issuer not trusted */
    W3_CHECK(ssl_ctxt_ok);
    W3_CHECK(ssl_ctxt[0] != NULL && ssl_ctxt[0] != &ssl_ctxt);
    W3_CHECK(ssl_ctxt[1] == &ssl_ctxt);
}

W3_TEST(tls_without_client_certificate_has_empty_cert_variables)
{
    w3_tls_info tls = {0};
    tls.cipher_bits = 128;
    run_tls(&tls, SF_NOTIFY_PREPROC_HEADERS);
    W3_CHECK_STR(value_of("HTTPS"), "on");
    W3_CHECK_STR(value_of("HTTPS_KEYSIZE"), "128");
    W3_CHECK_STR(value_of("HTTPS_SERVER_SUBJECT"), "");
    W3_CHECK_STR(value_of("CERT_SUBJECT"), "");
    W3_CHECK_STR(value_of("CERT_FLAGS"), "0");
}

/* A plain connection: the variables exist and are empty; there is no SSL context. */
W3_TEST(plain_connection_has_no_tls_facts)
{
    run_tls(NULL, SF_NOTIFY_PREPROC_HEADERS);
    W3_CHECK(!secure_port_seen);
    W3_CHECK_STR(value_of("HTTPS"), "off");
    W3_CHECK_STR(value_of("HTTPS_KEYSIZE"), "");
    W3_CHECK_STR(value_of("CERT_FLAGS"), "");
    W3_CHECK(!ssl_ctxt_ok);
    W3_CHECK_EQ(ssl_ctxt_error, ERROR_NO_DATA);
    W3_CHECK(ssl_ctxt[0] == NULL);
    W3_CHECK(ssl_ctxt[1] == &ssl_ctxt);
}

W3_TEST(identity_after_authentication)
{
    run(0, SF_NOTIFY_AUTH_COMPLETE);
    W3_CHECK_STR(value_of("AUTH_TYPE"), "Basic");
    W3_CHECK_STR(value_of("AUTH_USER"), "alice");
    W3_CHECK_STR(value_of("REMOTE_USER"), "alice");
    W3_CHECK_STR(value_of("LOGON_USER"), "alice");
}

W3_TEST(request_variables_before_headers_have_no_data)
{
    run(0, SF_NOTIFY_READ_RAW_DATA);
    W3_CHECK_EQ(error_of("URL"), ERROR_NO_DATA);
    W3_CHECK_EQ(error_of("HTTP_USER_AGENT"), ERROR_NO_DATA);
    W3_CHECK_STR(value_of("REMOTE_ADDR"), "192.0.2.7");
    W3_CHECK_STR(value_of("SERVER_PORT"), "80");
}

/* The edges of the buffer contract, from inside PREPROC_HEADERS. */
static struct {
    BOOL exact_ok;
    DWORD exact_size;
    char exact[8];
    BOOL short_ok;
    DWORD short_error, short_size;
    char short_buf[8];
    BOOL zero_ok;
    DWORD zero_error, zero_size;
    BOOL null_size_ok;
    DWORD null_size_error;
    BOOL null_buf_ok;
    DWORD null_buf_error;
    BOOL null_name_ok;
    DWORD null_name_error;
    BOOL unknown_ok;
    DWORD unknown_error;
    BOOL missing_header_ok;
    DWORD missing_header_error;
} edge;

/* GetServerVariable after SetLastError(0); *error: GetLastError after it. */
static BOOL get_variable(HTTP_FILTER_CONTEXT *pfc, const char *name, void *buf, DWORD *size,
                         DWORD *error)
{
    SetLastError(0);
    BOOL ok = pfc->GetServerVariable(pfc, (LPSTR)name, buf, size);
    *error = GetLastError();
    return ok;
}

static DWORD probe_edges(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    /* REQUEST_METHOD is "GET": 4 bytes with its NUL. */
    edge.exact_size = 4;
    edge.exact_ok = pfc->GetServerVariable(pfc, "REQUEST_METHOD", edge.exact, &edge.exact_size);
    edge.short_size = 3;
    memset(edge.short_buf, 'x', sizeof edge.short_buf);
    edge.short_ok =
        get_variable(pfc, "REQUEST_METHOD", edge.short_buf, &edge.short_size, &edge.short_error);
    edge.zero_size = 0;
    edge.zero_ok = get_variable(pfc, "REQUEST_METHOD", NULL, &edge.zero_size, &edge.zero_error);
    char buf[16];
    edge.null_size_ok = get_variable(pfc, "REQUEST_METHOD", buf, NULL, &edge.null_size_error);
    DWORD cb = sizeof buf;
    edge.null_buf_ok = get_variable(pfc, "REQUEST_METHOD", NULL, &cb, &edge.null_buf_error);
    cb = sizeof buf;
    edge.null_name_ok = get_variable(pfc, NULL, buf, &cb, &edge.null_name_error);
    cb = sizeof buf;
    edge.unknown_ok = get_variable(pfc, "NO_SUCH_VARIABLE", buf, &cb, &edge.unknown_error);
    cb = sizeof buf;
    edge.missing_header_ok =
        get_variable(pfc, "HTTP_X_ABSENT", buf, &cb, &edge.missing_header_error);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

/* One request through recorder_a, with probe as its filter procedure. */
static void run_probe(bridge_proc probe)
{
    fx f;
    fx_run_recorder(&f, probe, NULL, REQUEST);
    fx_stop(&f);
}

W3_TEST(buffer_of_exact_size)
{
    run_probe(probe_edges);
    W3_CHECK(edge.exact_ok);
    W3_CHECK_EQ(edge.exact_size, 4);
    W3_CHECK_STR(edge.exact, "GET");
}

W3_TEST(buffer_one_byte_short)
{
    run_probe(probe_edges);
    W3_CHECK(!edge.short_ok);
    W3_CHECK_EQ(edge.short_error, ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(edge.short_size, 4);
    W3_CHECK_EQ(edge.short_buf[0], 'x'); /* nothing written */
}

W3_TEST(zero_size_probe)
{
    run_probe(probe_edges);
    W3_CHECK(!edge.zero_ok);
    W3_CHECK_EQ(edge.zero_error, ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(edge.zero_size, 4);
}

W3_TEST(null_size_pointer_and_null_buffer)
{
    run_probe(probe_edges);
    W3_CHECK(!edge.null_size_ok);
    W3_CHECK_EQ(edge.null_size_error, ERROR_INVALID_PARAMETER);
    W3_CHECK(!edge.null_buf_ok);
    W3_CHECK_EQ(edge.null_buf_error, ERROR_INVALID_PARAMETER);
    W3_CHECK(!edge.null_name_ok);
    W3_CHECK_EQ(edge.null_name_error, ERROR_INVALID_PARAMETER);
}

W3_TEST(unknown_variable_and_absent_header)
{
    run_probe(probe_edges);
    W3_CHECK(!edge.unknown_ok);
    W3_CHECK_EQ(edge.unknown_error, ERROR_INVALID_INDEX);
    W3_CHECK(!edge.missing_header_ok);
    W3_CHECK_EQ(edge.missing_header_error, ERROR_INVALID_INDEX);
}

static void variable_handler(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    char buf[64];
    unsigned int cb = sizeof buf;
    if (w3_request_server_variable(req, "SERVER_NAME", buf, &cb))
        w3_response_write(resp, buf, cb - 1);
}

W3_TEST(handler_reads_variables_through_the_embedding_api)
{
    fx f;
    w3_server_config cfg;
    fx_config(&f, &cfg);
    cfg.handler = variable_handler;
    cfg.server_name = "configured.test";
    fx_start(&f, &cfg);
    fx_open(&f, 0);
    fx_send(&f, "GET / HTTP/1.0\r\n\r\n"); /* no Host: the configured name */
    W3_CHECK(strstr(f.out, "\r\n\r\nconfigured.test") != NULL);
    W3_CHECK(w3_conn_wants_close(f.conn)); /* HTTP/1.0 without keep-alive */
    fx_stop(&f);
}

static struct {
    BOOL ok, probe_ok, header_ok;
    DWORD size, probe_size, probe_error, header_error;
    WCHAR text[32];
} wide;

static DWORD unicode_variables(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pv;
    if (type != SF_NOTIFY_PREPROC_HEADERS)
        return SF_STATUS_REQ_NEXT_NOTIFICATION;
    wide.probe_size = 0;
    wide.probe_ok = get_variable(pfc, "UNICODE_URL", NULL, &wide.probe_size, &wide.probe_error);
    wide.size = sizeof wide.text;
    wide.ok = pfc->GetServerVariable(pfc, "UNICODE_URL", wide.text, &wide.size);
    DWORD cb = sizeof wide.text;
    wide.header_ok =
        get_variable(pfc, "UNICODE_HTTP_HOST", wide.text + 20, &cb, &wide.header_error);
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(unicode_variables_count_bytes_of_wchars)
{
    run_probe(unicode_variables);
    /* "/dir/page.htm" is 13 characters; sizes are bytes, WCHAR's width is the platform's. */
    W3_CHECK(!wide.probe_ok);
    W3_CHECK_EQ(wide.probe_error, ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(wide.probe_size, 14 * sizeof(WCHAR));
    W3_CHECK(wide.ok);
    W3_CHECK_EQ(wide.size, 14 * sizeof(WCHAR));
    W3_CHECK(wide.text[0] == L'/' && wide.text[12] == L'm' && wide.text[13] == 0);
    W3_CHECK(!wide.header_ok); /* not with the HTTP_ and HEADER_ forms */
    W3_CHECK_EQ(wide.header_error, ERROR_INVALID_INDEX);
}
