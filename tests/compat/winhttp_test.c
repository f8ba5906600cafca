/* WinHTTP as a synchronous HTTP client (IIRF's proxy is one): URLs taken apart, requests
 * to a small server this test runs on 127.0.0.1 (a thread that answers each connection
 * with a scripted response and keeps what it received), response headers and bodies
 * (by length, chunked, up to the close), redirects, options, and the documented errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <winsock2.h>
#include <windows.h>
#include <winhttp.h>

#include "w3test.h"

#define MAX_CONNECTIONS 2

/* A server that answers connection i with responses[i] (after delay_ms) and closes it. */
typedef struct script_server {
    SOCKET listener;
    u_short port;
    HANDLE thread;
    int connections;
    const char *responses[MAX_CONNECTIONS];
    DWORD delay_ms;
    char received[MAX_CONNECTIONS][4096];
} script_server;

/* Reads one request (head, and the body its Content-Length announces) into `into`. */
static void receive_request(SOCKET s, char *into, size_t size)
{
    size_t used = 0;
    long body = -1;
    while (used + 1 < size) {
        int got = recv(s, into + used, (int)(size - 1 - used), 0);
        if (got <= 0)
            break;
        used += (size_t)got;
        into[used] = '\0';
        char *end = strstr(into, "\r\n\r\n");
        if (!end)
            continue;
        if (body < 0) {
            const char *length = strstr(into, "Content-Length: ");
            body = length && length < end ? atol(length + 16) : 0;
        }
        if (used >= (size_t)(end + 4 - into) + (size_t)body)
            break;
    }
    into[used] = '\0';
}

static DWORD WINAPI serve(LPVOID arg)
{
    script_server *server = arg;
    for (int i = 0; i < server->connections; i++) {
        SOCKET s = accept(server->listener, NULL, NULL);
        if (s == INVALID_SOCKET)
            break;
        receive_request(s, server->received[i], sizeof server->received[i]);
        if (server->delay_ms)
            Sleep(server->delay_ms);
        send(s, server->responses[i], (int)strlen(server->responses[i]), 0);
        shutdown(s, SD_SEND);
        closesocket(s);
    }
    return 0;
}

static void server_start(script_server *server, int connections, const char *first,
                         const char *second)
{
    WSADATA data;
    struct sockaddr_in at;
    int len = (int)sizeof at;
    W3_REQUIRE(WSAStartup(MAKEWORD(2, 2), &data) == 0);
    server->connections = connections;
    server->responses[0] = first;
    server->responses[1] = second;
    server->listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    W3_REQUIRE(server->listener != INVALID_SOCKET);
    memset(&at, 0, sizeof at);
    at.sin_family = AF_INET;
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    W3_REQUIRE(bind(server->listener, (struct sockaddr *)&at, (int)sizeof at) == 0);
    W3_REQUIRE(listen(server->listener, 4) == 0);
    W3_REQUIRE(getsockname(server->listener, (struct sockaddr *)&at, &len) == 0);
    server->port = ntohs(at.sin_port);
    server->thread = CreateThread(NULL, 0, serve, server, 0, NULL);
    W3_REQUIRE(server->thread != NULL);
}

static void server_stop(script_server *server)
{
    closesocket(server->listener);
    W3_CHECK_EQ(WaitForSingleObject(server->thread, 10000), WAIT_OBJECT_0);
    CloseHandle(server->thread);
    WSACleanup();
}

/* A session and a connection to the server, and a request on it. */
typedef struct client {
    HINTERNET session, connection, request;
} client;

static void client_open(client *c, const script_server *server, const WCHAR *verb,
                        const WCHAR *object)
{
    c->session = WinHttpOpen(L"w3test-agent", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                             WINHTTP_NO_PROXY_BYPASS, 0);
    W3_REQUIRE(c->session != NULL);
    c->connection = WinHttpConnect(c->session, L"127.0.0.1", server->port, 0);
    W3_REQUIRE(c->connection != NULL);
    c->request = WinHttpOpenRequest(c->connection, verb, object, NULL, WINHTTP_NO_REFERER,
                                    WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    W3_REQUIRE(c->request != NULL);
}

static void client_close(client *c)
{
    W3_CHECK(WinHttpCloseHandle(c->request));
    W3_CHECK(WinHttpCloseHandle(c->connection));
    W3_CHECK(WinHttpCloseHandle(c->session));
}

/* The whole body, read in small pieces, as text. */
static const char *read_body(HINTERNET request)
{
    static char body[4096];
    size_t used = 0;
    DWORD available = 0, got = 0;
    for (;;) {
        W3_REQUIRE(WinHttpQueryDataAvailable(request, &available));
        if (available == 0)
            break;
        DWORD want = available < 4 ? available : 4;
        W3_REQUIRE(used + want < sizeof body);
        W3_REQUIRE(WinHttpReadData(request, body + used, want, &got));
        W3_REQUIRE(got > 0);
        used += got;
    }
    W3_CHECK(WinHttpReadData(request, body, sizeof body, &got));
    W3_CHECK_EQ(got, 0);
    body[used] = '\0';
    return body;
}

/* A WCHAR string as ASCII text, for comparisons. */
static const char *ascii(const WCHAR *s, size_t n)
{
    static char text[4096];
    size_t i;
    for (i = 0; i < n && i + 1 < sizeof text; i++)
        text[i] = (char)s[i];
    text[i] = '\0';
    return text;
}

static DWORD status_of(HINTERNET request)
{
    DWORD status = 0, size = sizeof status;
    W3_CHECK(WinHttpQueryHeaders(request, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                                 WINHTTP_HEADER_NAME_BY_INDEX, &status, &size,
                                 WINHTTP_NO_HEADER_INDEX));
    W3_CHECK_EQ(size, sizeof(DWORD));
    return status;
}

W3_TEST(crack_url_points_into_the_url)
{
    static const WCHAR url[] = L"http://user:secret@example.com:8080/a/b.htm?x=1#top";
    URL_COMPONENTS parts;
    memset(&parts, 0, sizeof parts);
    parts.dwStructSize = sizeof parts;
    parts.dwSchemeLength = parts.dwHostNameLength = parts.dwUserNameLength = (DWORD)-1;
    parts.dwPasswordLength = parts.dwUrlPathLength = parts.dwExtraInfoLength = (DWORD)-1;
    W3_REQUIRE(WinHttpCrackUrl(url, 0, 0, &parts));
    W3_CHECK_EQ(parts.nScheme, INTERNET_SCHEME_HTTP);
    W3_CHECK_EQ(parts.nPort, 8080);
    W3_CHECK(parts.lpszScheme == url);
    W3_CHECK_EQ(parts.dwSchemeLength, 4);
    W3_CHECK_STR(ascii(parts.lpszHostName, parts.dwHostNameLength), "example.com");
    W3_CHECK_STR(ascii(parts.lpszUserName, parts.dwUserNameLength), "user");
    W3_CHECK_STR(ascii(parts.lpszPassword, parts.dwPasswordLength), "secret");
    W3_CHECK_STR(ascii(parts.lpszUrlPath, parts.dwUrlPathLength), "/a/b.htm");
    W3_CHECK_STR(ascii(parts.lpszExtraInfo, parts.dwExtraInfoLength), "?x=1#top");
    W3_CHECK(parts.lpszUrlPath == url + 35);
}

W3_TEST(crack_url_default_ports_and_buffers)
{
    WCHAR host[64], path[64];
    URL_COMPONENTS parts;
    memset(&parts, 0, sizeof parts);
    parts.dwStructSize = sizeof parts;
    parts.lpszHostName = host;
    parts.dwHostNameLength = ARRAYSIZE(host);
    parts.lpszUrlPath = path;
    parts.dwUrlPathLength = ARRAYSIZE(path);
    W3_REQUIRE(WinHttpCrackUrl(L"HTTPS://secure.example/login", 0, 0, &parts));
    W3_CHECK_EQ(parts.nScheme, INTERNET_SCHEME_HTTPS);
    W3_CHECK_EQ(parts.nPort, INTERNET_DEFAULT_HTTPS_PORT);
    W3_CHECK_EQ(parts.dwHostNameLength, 14);
    W3_CHECK_STR(ascii(host, 64), "secure.example");
    W3_CHECK_STR(ascii(path, 64), "/login");
    W3_CHECK_EQ(parts.dwUrlPathLength, 6);

    /* Only the length asked for: the URL's own length limit applies. */
    parts.dwHostNameLength = ARRAYSIZE(host);
    parts.dwUrlPathLength = ARRAYSIZE(path);
    W3_REQUIRE(WinHttpCrackUrl(L"http://plain.example/rest/of/it", 20, 0, &parts));
    W3_CHECK_EQ(parts.nPort, INTERNET_DEFAULT_HTTP_PORT);
    W3_CHECK_STR(ascii(host, 64), "plain.example");
    W3_CHECK_EQ(parts.dwUrlPathLength, 0);

    /* A buffer too small. */
    parts.dwHostNameLength = 4;
    parts.dwUrlPathLength = ARRAYSIZE(path);
    SetLastError(0xdead);
    W3_CHECK(!WinHttpCrackUrl(L"http://plain.example/", 0, 0, &parts));
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
}

W3_TEST(crack_url_errors)
{
    URL_COMPONENTS parts;
    memset(&parts, 0, sizeof parts);
    parts.dwStructSize = sizeof parts;
    parts.dwHostNameLength = (DWORD)-1;
    SetLastError(0xdead);
    W3_CHECK(!WinHttpCrackUrl(L"ftp://files.example/x", 0, 0, &parts));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
    W3_CHECK(!WinHttpCrackUrl(L"no scheme here", 0, 0, &parts));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
    W3_CHECK(!WinHttpCrackUrl(L"http:/one.slash", 0, 0, &parts));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_INVALID_URL);
    W3_CHECK(!WinHttpCrackUrl(NULL, 0, 0, &parts));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
    parts.dwStructSize = 0;
    W3_CHECK(!WinHttpCrackUrl(L"http://x.example/", 0, 0, &parts));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
}

W3_TEST(get_reads_status_headers_and_body)
{
    script_server server = {0};
    client c;
    char expect[64];
    WCHAR text[256];
    DWORD size, index;
    server_start(&server, 1,
                 "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Test: one\r\n"
                 "X-Test: two\r\nContent-Length: 11\r\nConnection: close\r\n\r\nhello world",
                 NULL);
    client_open(&c, &server, L"GET", L"/path/page?q=1");
    W3_REQUIRE(WinHttpAddRequestHeaders(c.request, L"X-Client: yes\r\nX-Other: 2", (DWORD)-1L,
                                        WINHTTP_ADDREQ_FLAG_ADD));
    W3_REQUIRE(WinHttpSendRequest(c.request, WINHTTP_NO_ADDITIONAL_HEADERS, 0,
                                  WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
    W3_REQUIRE(WinHttpReceiveResponse(c.request, NULL));
    W3_CHECK_EQ(status_of(c.request), 200);

    size = sizeof text;
    W3_REQUIRE(WinHttpQueryHeaders(c.request, WINHTTP_QUERY_STATUS_CODE,
                                   WINHTTP_HEADER_NAME_BY_INDEX, text, &size,
                                   WINHTTP_NO_HEADER_INDEX));
    W3_CHECK_STR(ascii(text, size / sizeof(WCHAR)), "200");
    W3_CHECK_EQ(size, 3 * sizeof(WCHAR));

    /* Asking for the size: FALSE, ERROR_INSUFFICIENT_BUFFER, the bytes with the NUL. */
    size = 0;
    SetLastError(0xdead);
    W3_CHECK(!WinHttpQueryHeaders(c.request, WINHTTP_QUERY_CONTENT_TYPE,
                                  WINHTTP_HEADER_NAME_BY_INDEX, WINHTTP_NO_OUTPUT_BUFFER, &size,
                                  WINHTTP_NO_HEADER_INDEX));
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(size, 11 * sizeof(WCHAR));
    W3_REQUIRE(WinHttpQueryHeaders(c.request, WINHTTP_QUERY_CONTENT_TYPE,
                                   WINHTTP_HEADER_NAME_BY_INDEX, text, &size,
                                   WINHTTP_NO_HEADER_INDEX));
    W3_CHECK_STR(ascii(text, size / sizeof(WCHAR)), "text/plain");

    /* A repeated header, one index after the other, then none. */
    index = 0;
    size = sizeof text;
    W3_REQUIRE(
        WinHttpQueryHeaders(c.request, WINHTTP_QUERY_CUSTOM, L"x-test", text, &size, &index));
    W3_CHECK_STR(ascii(text, size / sizeof(WCHAR)), "one");
    W3_CHECK_EQ(index, 1);
    size = sizeof text;
    W3_REQUIRE(
        WinHttpQueryHeaders(c.request, WINHTTP_QUERY_CUSTOM, L"X-Test", text, &size, &index));
    W3_CHECK_STR(ascii(text, size / sizeof(WCHAR)), "two");
    W3_CHECK_EQ(index, 2);
    size = sizeof text;
    W3_CHECK(!WinHttpQueryHeaders(c.request, WINHTTP_QUERY_CUSTOM, L"X-Test", text, &size, &index));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_HEADER_NOT_FOUND);
    W3_CHECK(!WinHttpQueryHeaders(c.request, WINHTTP_QUERY_LOCATION, WINHTTP_HEADER_NAME_BY_INDEX,
                                  text, &size, WINHTTP_NO_HEADER_INDEX));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_HEADER_NOT_FOUND);

    size = sizeof index;
    W3_REQUIRE(
        WinHttpQueryHeaders(c.request, WINHTTP_QUERY_CONTENT_LENGTH | WINHTTP_QUERY_FLAG_NUMBER,
                            WINHTTP_HEADER_NAME_BY_INDEX, &index, &size, WINHTTP_NO_HEADER_INDEX));
    W3_CHECK_EQ(index, 11);

    W3_CHECK_STR(read_body(c.request), "hello world");
    client_close(&c);
    server_stop(&server);

    W3_CHECK(strncmp(server.received[0], "GET /path/page?q=1 HTTP/1.1\r\n", 29) == 0);
    W3_CHECK(strstr(server.received[0], "\r\nX-Client: yes\r\n") != NULL);
    W3_CHECK(strstr(server.received[0], "\r\nX-Other: 2\r\n") != NULL);
    W3_CHECK(strstr(server.received[0], "\r\nUser-Agent: w3test-agent\r\n") != NULL);
    snprintf(expect, sizeof expect, "\r\nHost: 127.0.0.1:%u\r\n", server.port);
    W3_CHECK(strstr(server.received[0], expect) != NULL);
}

W3_TEST(raw_headers_are_the_response_head)
{
    script_server server = {0};
    client c;
    WCHAR text[512];
    DWORD size = 0;
    server_start(&server, 1,
                 "HTTP/1.1 404 Not Found\r\nX-One: 1\r\nContent-Length: 0\r\n"
                 "Connection: close\r\n\r\n",
                 NULL);
    client_open(&c, &server, NULL, L"missing");
    W3_REQUIRE(WinHttpSendRequest(c.request, NULL, 0, NULL, 0, 0, 0));
    W3_REQUIRE(WinHttpReceiveResponse(c.request, NULL));
    W3_CHECK_EQ(status_of(c.request), 404);
    W3_CHECK(!WinHttpQueryHeaders(c.request, WINHTTP_QUERY_RAW_HEADERS_CRLF,
                                  WINHTTP_HEADER_NAME_BY_INDEX, NULL, &size,
                                  WINHTTP_NO_HEADER_INDEX));
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    W3_REQUIRE(size > 0 && size <= sizeof text);
    W3_REQUIRE(WinHttpQueryHeaders(c.request, WINHTTP_QUERY_RAW_HEADERS_CRLF,
                                   WINHTTP_HEADER_NAME_BY_INDEX, text, &size,
                                   WINHTTP_NO_HEADER_INDEX));
    const char *raw = ascii(text, size / sizeof(WCHAR));
    W3_CHECK(strncmp(raw, "HTTP/1.1 404 Not Found\r\n", 24) == 0);
    W3_CHECK(strstr(raw, "\r\nX-One: 1\r\n") != NULL);
    W3_CHECK_EQ(strlen(raw), size / sizeof(WCHAR));
    W3_CHECK(strcmp(raw + strlen(raw) - 4, "\r\n\r\n") == 0);

    size = sizeof text;
    W3_REQUIRE(WinHttpQueryHeaders(c.request, WINHTTP_QUERY_STATUS_TEXT,
                                   WINHTTP_HEADER_NAME_BY_INDEX, text, &size,
                                   WINHTTP_NO_HEADER_INDEX));
    W3_CHECK_STR(ascii(text, size / sizeof(WCHAR)), "Not Found");
    size = sizeof text;
    W3_REQUIRE(WinHttpQueryHeaders(c.request, WINHTTP_QUERY_VERSION, WINHTTP_HEADER_NAME_BY_INDEX,
                                   text, &size, WINHTTP_NO_HEADER_INDEX));
    W3_CHECK_STR(ascii(text, size / sizeof(WCHAR)), "HTTP/1.1");
    W3_CHECK_STR(read_body(c.request), "");
    client_close(&c);
    server_stop(&server);
    W3_CHECK(strncmp(server.received[0], "GET /missing HTTP/1.1\r\n", 23) == 0);
}

W3_TEST(post_writes_the_body_and_reads_chunks)
{
    script_server server = {0};
    client c;
    DWORD written = 0;
    server_start(&server, 1,
                 "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                 "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n",
                 NULL);
    client_open(&c, &server, L"POST", L"/submit");
    W3_REQUIRE(WinHttpSendRequest(c.request, L"Content-Type: text/plain\r\n", (DWORD)-1L,
                                  (LPVOID) "abc", 3, 6, 0));
    W3_REQUIRE(WinHttpWriteData(c.request, "def", 3, &written));
    W3_CHECK_EQ(written, 3);
    W3_REQUIRE(WinHttpReceiveResponse(c.request, NULL));
    W3_CHECK_EQ(status_of(c.request), 201);
    W3_CHECK_STR(read_body(c.request), "hello world");
    client_close(&c);
    server_stop(&server);
    W3_CHECK(strncmp(server.received[0], "POST /submit HTTP/1.1\r\n", 23) == 0);
    W3_CHECK(strstr(server.received[0], "\r\nContent-Length: 6\r\n") != NULL);
    W3_CHECK(strstr(server.received[0], "\r\nContent-Type: text/plain\r\n") != NULL);
    const char *body = strstr(server.received[0], "\r\n\r\n");
    W3_REQUIRE(body != NULL);
    W3_CHECK_STR(body + 4, "abcdef");
}

W3_TEST(body_without_length_ends_at_close)
{
    script_server server = {0};
    client c;
    server_start(&server, 1, "HTTP/1.0 200 OK\r\nServer: script\r\n\r\nuntil the end", NULL);
    client_open(&c, &server, L"GET", L"/");
    W3_REQUIRE(WinHttpSendRequest(c.request, NULL, 0, NULL, 0, 0, 0));
    W3_REQUIRE(WinHttpReceiveResponse(c.request, NULL));
    W3_CHECK_STR(read_body(c.request), "until the end");
    client_close(&c);
    server_stop(&server);
}

W3_TEST(redirects_are_followed_unless_the_policy_says_never)
{
    static const char moved[] = "HTTP/1.1 302 Found\r\nLocation: /next\r\nContent-Length: 0\r\n"
                                "Connection: close\r\n\r\n";
    script_server server = {0};
    client c;
    WCHAR text[64];
    DWORD size = sizeof text, policy = WINHTTP_OPTION_REDIRECT_POLICY_NEVER;
    server_start(&server, 2, moved,
                 "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nthere");
    client_open(&c, &server, L"GET", L"/first");
    W3_REQUIRE(WinHttpSendRequest(c.request, NULL, 0, NULL, 0, 0, 0));
    W3_REQUIRE(WinHttpReceiveResponse(c.request, NULL));
    W3_CHECK_EQ(status_of(c.request), 200);
    W3_CHECK_STR(read_body(c.request), "there");
    client_close(&c);
    server_stop(&server);
    W3_CHECK(strncmp(server.received[1], "GET /next HTTP/1.1\r\n", 20) == 0);

    memset(&server, 0, sizeof server);
    server_start(&server, 1, moved, NULL);
    client_open(&c, &server, L"GET", L"/first");
    W3_REQUIRE(WinHttpSetOption(c.request, WINHTTP_OPTION_REDIRECT_POLICY, &policy, sizeof policy));
    W3_REQUIRE(WinHttpSendRequest(c.request, NULL, 0, NULL, 0, 0, 0));
    W3_REQUIRE(WinHttpReceiveResponse(c.request, NULL));
    W3_CHECK_EQ(status_of(c.request), 302);
    W3_REQUIRE(WinHttpQueryHeaders(c.request, WINHTTP_QUERY_LOCATION, WINHTTP_HEADER_NAME_BY_INDEX,
                                   text, &size, WINHTTP_NO_HEADER_INDEX));
    W3_CHECK_STR(ascii(text, size / sizeof(WCHAR)), "/next");
    client_close(&c);
    server_stop(&server);
}

W3_TEST(receive_times_out)
{
    script_server server = {0};
    client c;
    server.delay_ms = 1500;
    server_start(&server, 1, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", NULL);
    client_open(&c, &server, L"GET", L"/slow");
    DWORD response_timeout = 300;
    /* The receive timeout, and the one for the response's head (Wine applies only that). */
    W3_REQUIRE(WinHttpSetTimeouts(c.request, 0, 5000, 5000, 300));
    W3_REQUIRE(WinHttpSetOption(c.request, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT,
                                &response_timeout, sizeof response_timeout));
    W3_REQUIRE(WinHttpSendRequest(c.request, NULL, 0, NULL, 0, 0, 0));
    SetLastError(0xdead);
    W3_CHECK(!WinHttpReceiveResponse(c.request, NULL));
#ifdef _WIN32
    /* Wine 8 reports the socket's WSAETIMEDOUT where Windows documents
     * ERROR_WINHTTP_TIMEOUT (which compat gives). */
    W3_CHECK(GetLastError() == ERROR_WINHTTP_TIMEOUT || GetLastError() == WSAETIMEDOUT);
#else
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_TIMEOUT);
#endif
    client_close(&c);
    server_stop(&server);
}

W3_TEST(connection_refused)
{
    script_server server = {0};
    client c;
    server_start(&server, 0, NULL, NULL);
    server_stop(&server); /* the port is free again: nothing listens there */
    client_open(&c, &server, L"GET", L"/");
    SetLastError(0xdead);
    W3_CHECK(!WinHttpSendRequest(c.request, NULL, 0, NULL, 0, 0, 0));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_CANNOT_CONNECT);
    client_close(&c);
}

W3_TEST(handles_options_and_states)
{
    script_server server = {0};
    client c;
    DWORD value = 0, size = sizeof value;
    DWORD_PTR context = 0x1234;
    server.port = 80;
    client_open(&c, &server, L"GET", L"/");

    W3_REQUIRE(WinHttpQueryOption(c.session, WINHTTP_OPTION_RECEIVE_TIMEOUT, &value, &size));
    W3_CHECK_EQ(value, 30000);
    size = 1;
    W3_CHECK(!WinHttpQueryOption(c.request, WINHTTP_OPTION_SEND_TIMEOUT, &value, &size));
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(size, sizeof(DWORD));

    W3_REQUIRE(WinHttpSetOption(c.request, WINHTTP_OPTION_CONTEXT_VALUE, &context, sizeof context));
    context = 0;
    size = sizeof context;
    W3_REQUIRE(WinHttpQueryOption(c.request, WINHTTP_OPTION_CONTEXT_VALUE, &context, &size));
    W3_CHECK_EQ(context, 0x1234);

    value = 2500;
    W3_REQUIRE(WinHttpSetOption(c.request, WINHTTP_OPTION_RECEIVE_TIMEOUT, &value, sizeof value));
    value = 0;
    size = sizeof value;
    W3_REQUIRE(WinHttpQueryOption(c.request, WINHTTP_OPTION_RECEIVE_TIMEOUT, &value, &size));
    W3_CHECK_EQ(value, 2500);

    W3_CHECK(!WinHttpSetOption(c.request, 0xfff, &value, sizeof value));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_INVALID_OPTION);
    W3_CHECK(!WinHttpSetTimeouts(c.session, -2, 0, 0, 0));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);

    /* A handle of the wrong kind, and calls out of order. */
    W3_CHECK(WinHttpConnect(c.request, L"127.0.0.1", 80, 0) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    W3_CHECK(WinHttpOpenRequest(c.session, L"GET", L"/", NULL, NULL, NULL, 0) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    W3_CHECK(!WinHttpReceiveResponse(c.request, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    size = sizeof value;
    W3_CHECK(!WinHttpQueryHeaders(c.request, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                                  NULL, &value, &size, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    W3_CHECK(
        !WinHttpAddRequestHeaders(c.request, L"no colon", (DWORD)-1L, WINHTTP_ADDREQ_FLAG_ADD));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_INVALID_HEADER);
    W3_REQUIRE(
        WinHttpAddRequestHeaders(c.request, L"X-Once: 1", (DWORD)-1L, WINHTTP_ADDREQ_FLAG_ADD));
    W3_CHECK(!WinHttpAddRequestHeaders(c.request, L"X-Once: 2", (DWORD)-1L,
                                       WINHTTP_ADDREQ_FLAG_ADD_IF_NEW));
    W3_CHECK_EQ(GetLastError(), ERROR_WINHTTP_HEADER_ALREADY_EXISTS);
    client_close(&c);

    W3_CHECK(!WinHttpCloseHandle(NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    W3_CHECK(WinHttpConnect(NULL, L"127.0.0.1", 80, 0) == NULL);
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
}
