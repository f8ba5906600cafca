/* Response bodies with file ranges (w3_response_send_file): handed to the connection's
 * file output in order with the output bytes, or read into the output by the engine
 * (no file output, or a SEND_RAW_DATA filter) with the same bytes on the wire. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "w3static.h"
#include "w3test.h"

#define FILE_BYTES 100000

/* What went to the client, in order: bytes, and "<FILE offset length>" where a file
 * range was handed over. */
typedef struct transcript {
    char data[512 * 1024];
    size_t len;
    char path[512]; /* the last file range's */
    unsigned long long offset, length;
    int files;
    unsigned long long bytes_logged;
} transcript;

static void put(transcript *t, const void *data, size_t len)
{
    W3_REQUIRE(t->len + len < sizeof t->data);
    memcpy(t->data + t->len, data, len);
    t->len += len;
    t->data[t->len] = '\0';
}

static void on_output(void *ctx, const void *data, size_t len)
{
    put(ctx, data, len);
}

static void on_file(void *ctx, const char *path, unsigned long long offset,
                    unsigned long long length)
{
    transcript *t = ctx;
    char mark[64];
    snprintf(t->path, sizeof t->path, "%s", path);
    t->offset = offset;
    t->length = length;
    t->files++;
    put(t, mark, (size_t)snprintf(mark, sizeof mark, "<FILE %llu %llu>", offset, length));
}

static void on_record(void *ctx, const w3_log_record *rec)
{
    ((transcript *)ctx)->bytes_logged += rec->bytes_sent;
}

/* root/data.txt: FILE_BYTES bytes of a repeating pattern; root/small.txt: "small". */
/* Each test process has a root of its own: CTest runs the cases side by side. */
static char root[64], data_path[96], small_path[96], none_path[96];

static const char *make_root(char *expected)
{
    snprintf(root, sizeof root, "file_output_root_%lu", (unsigned long)GetCurrentProcessId());
    snprintf(data_path, sizeof data_path, "%s/data.txt", root);
    snprintf(small_path, sizeof small_path, "%s/small.txt", root);
    snprintf(none_path, sizeof none_path, "%s/none.txt", root);
    CreateDirectoryA(root, NULL);
    FILE *f = fopen(data_path, "wb");
    W3_REQUIRE(f != NULL);
    for (int i = 0; i < FILE_BYTES; i++)
        expected[i] = (char)('a' + (i * 7 + i / 26) % 26);
    fwrite(expected, 1, FILE_BYTES, f);
    fclose(f);
    f = fopen(small_path, "wb");
    W3_REQUIRE(f != NULL);
    fputs("small", f);
    fclose(f);
    return root;
}

static void remove_root(void)
{
    DeleteFileA(data_path);
    DeleteFileA(small_path);
    RemoveDirectoryA(root);
}

typedef struct site {
    w3_server *server;
    w3_static *files;
    w3_conn *conn;
    transcript t;
    char expected[FILE_BYTES];
} site;

/* The site's connection; file_output: with a file-output callback. */
static void open_conn(site *s, int file_output)
{
    w3_conn_info info = {0};
    s->conn = w3_conn_open(s->server, &info, on_output, &s->t);
    W3_REQUIRE(s->conn != NULL);
    if (file_output)
        w3_conn_set_file_output(s->conn, on_file, &s->t);
}

/* A static file server; `filter` (NULL: none) is a recorder filter to load first. */
static site *open_site(const char *filter, int file_output)
{
    site *s = calloc(1, sizeof *s);
    W3_REQUIRE(s != NULL);
    w3_static_config sc = {make_root(s->expected), NULL, 0, 0};
    s->files = w3_static_create(&sc);
    W3_REQUIRE(s->files != NULL);
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.handler = w3_static_handler;
    cfg.handler_ctx = s->files;
    cfg.request_log = on_record;
    cfg.request_log_ctx = &s->t;
    s->server = w3_server_create(&cfg);
    W3_REQUIRE(s->server != NULL);
    if (filter != NULL)
        W3_REQUIRE(w3_server_add_filter(s->server, filter, fx_module_path(filter)));
    open_conn(s, file_output);
    return s;
}

static void close_site(site *s)
{
    w3_conn_close(s->conn);
    w3_server_destroy(s->server);
    w3_static_destroy(s->files);
    free(s);
    remove_root();
}

static void feed(site *s, const char *text)
{
    w3_conn_feed(s->conn, text, strlen(text));
}

static const char *ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), m = strlen(tail);
    return n >= m && strcmp(s + n - m, tail) == 0 ? s + n - m : NULL;
}

W3_TEST(file_output_gets_the_range_after_the_headers_and_before_the_next_response)
{
    site *s = open_site(NULL, 1);
    feed(s, "GET /data.txt HTTP/1.1\r\nHost: x\r\n\r\n"
            "GET /small.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(s->t.files, 2);
    const char *head_end = strstr(s->t.data, "\r\n\r\n");
    W3_REQUIRE(head_end != NULL);
    W3_CHECK(strstr(s->t.data, "Content-Length: 100000\r\n") < head_end);
    /* The headers, the file, then the second response: its headers, its file. */
    W3_CHECK(strncmp(head_end + 4, "<FILE 0 100000>HTTP/1.1 200 OK\r\n", 32) == 0);
    W3_CHECK(strstr(head_end, "Content-Length: 5\r\n") != NULL);
    W3_CHECK(ends_with(s->t.data, "\r\n\r\n<FILE 0 5>") != NULL);
    W3_CHECK(ends_with(s->t.path, "small.txt") != NULL);
    /* The log counts the files' bytes as sent. */
    W3_CHECK_EQ(s->t.bytes_logged, s->t.len - strlen("<FILE 0 100000><FILE 0 5>") + FILE_BYTES + 5);
    close_site(s);
}

W3_TEST(file_output_gets_a_single_range)
{
    site *s = open_site(NULL, 1);
    feed(s, "GET /data.txt HTTP/1.1\r\nHost: x\r\nRange: bytes=1000-1999\r\n\r\n");
    W3_CHECK(ends_with(s->t.path, "data.txt") != NULL);
    W3_CHECK(strncmp(s->t.data, "HTTP/1.1 206 ", 13) == 0);
    W3_CHECK(strstr(s->t.data, "Content-Range: bytes 1000-1999/100000\r\n") != NULL);
    W3_CHECK(strstr(s->t.data, "Content-Length: 1000\r\n") != NULL);
    W3_CHECK(ends_with(s->t.data, "\r\n\r\n<FILE 1000 1000>") != NULL);
    close_site(s);
}

W3_TEST(head_hands_over_no_file)
{
    site *s = open_site(NULL, 1);
    feed(s, "HEAD /data.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(s->t.files, 0);
    W3_CHECK(strstr(s->t.data, "Content-Length: 100000\r\n") != NULL);
    W3_CHECK(ends_with(s->t.data, "\r\n\r\n") != NULL);
    close_site(s);
}

/* The bytes of the response after its headers, NUL-terminated in `out`. */
static size_t body_after_headers(const transcript *t, const char *from, char *out, size_t cap)
{
    const char *start = strstr(from, "\r\n\r\n");
    W3_REQUIRE(start != NULL);
    start += 4;
    size_t n = (size_t)(t->data + t->len - start);
    W3_REQUIRE(n < cap);
    memcpy(out, start, n);
    out[n] = '\0';
    return n;
}

W3_TEST(without_file_output_the_same_bytes_arrive_inline)
{
    site *with = open_site(NULL, 1), *without = open_site(NULL, 0);
    const char *get = "GET /data.txt HTTP/1.1\r\nHost: x\r\nRange: bytes=10-\r\n\r\n";
    feed(with, get);
    feed(without, get);
    W3_CHECK_EQ(without->t.files, 0);
    static char body[FILE_BYTES + 1];
    size_t n = body_after_headers(&without->t, without->t.data, body, sizeof body);
    W3_CHECK_EQ(n, FILE_BYTES - 10);
    W3_CHECK_MEM(body, without->expected + 10, FILE_BYTES - 10);
    /* The headers are the same but for the Date, which may have ticked. */
    const char *date_w = strstr(with->t.data, "Date: "),
               *date_wo = strstr(without->t.data, "Date: ");
    W3_REQUIRE(date_w != NULL && date_wo != NULL);
    W3_CHECK_MEM(with->t.data, without->t.data, (size_t)(date_w - with->t.data));
    W3_CHECK_EQ(with->t.bytes_logged, without->t.bytes_logged);
    close_site(with);
    close_site(without);
}

/* Upper-cases what SEND_RAW_DATA sees, and counts the bytes. */
static size_t raw_bytes_seen;

static DWORD shout(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv)
{
    (void)slot;
    (void)pfc;
    if (type == SF_NOTIFY_SEND_RAW_DATA) {
        HTTP_FILTER_RAW_DATA *raw = pv;
        char *p = raw->pvInData;
        for (DWORD i = 0; i < raw->cbInData; i++)
            if (p[i] >= 'a' && p[i] <= 'z')
                p[i] = (char)(p[i] - 'a' + 'A');
        raw_bytes_seen += raw->cbInData;
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

W3_TEST(send_raw_data_filter_sees_the_file_bytes)
{
    bridge_reset();
    bridge_set_flags(0, SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_SEND_RAW_DATA);
    bridge_set_proc(0, shout);
    raw_bytes_seen = 0;
    site *s = open_site("recorder_a", 1);
    feed(s, "GET /data.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK_EQ(s->t.files, 0);
    static char body[FILE_BYTES + 1];
    W3_CHECK_EQ(body_after_headers(&s->t, s->t.data, body, sizeof body), FILE_BYTES);
    for (int i = 0; i < FILE_BYTES; i++)
        s->expected[i] = (char)(s->expected[i] - 'a' + 'A');
    W3_CHECK_MEM(body, s->expected, FILE_BYTES);
    W3_CHECK_EQ(raw_bytes_seen, s->t.len);
    close_site(s);
    bridge_reset();
}

/* A handler that writes around two file ranges, the second of a missing file when
 * the request asks for it. */
static void mixed(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    int missing = strstr(w3_request_url(req), "missing") != NULL;
    w3_response_write(resp, "<", 1);
    w3_response_send_file(resp, small_path, 1, 3);
    w3_response_write(resp, "|", 1);
    w3_response_send_file(resp, missing ? none_path : data_path, 0, 4);
    w3_response_write(resp, ">", 1);
}

static site *open_mixed(int file_output)
{
    site *s = open_site(NULL, file_output);
    w3_conn_close(s->conn);
    w3_server_destroy(s->server);
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.handler = mixed;
    s->server = w3_server_create(&cfg);
    W3_REQUIRE(s->server != NULL);
    open_conn(s, file_output);
    return s;
}

W3_TEST(written_bytes_and_file_ranges_keep_their_order)
{
    site *s = open_mixed(1);
    feed(s, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(s->t.data, "Content-Length: 10\r\n") != NULL);
    W3_CHECK(ends_with(s->t.data, "\r\n\r\n<<FILE 1 3>|<FILE 0 4>>") != NULL);
    W3_CHECK_EQ(s->t.files, 2);
    close_site(s);
    s = open_mixed(0);
    feed(s, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strstr(s->t.data, "Content-Length: 10\r\n") != NULL);
    char expected[16];
    snprintf(expected, sizeof expected, "\r\n\r\n<mal|%.4s>", s->expected);
    W3_CHECK(ends_with(s->t.data, expected) != NULL);
    close_site(s);
}

W3_TEST(unreadable_file_read_by_the_engine_gives_500)
{
    site *s = open_mixed(0);
    feed(s, "GET /missing HTTP/1.1\r\nHost: x\r\n\r\n");
    W3_CHECK(strncmp(s->t.data, "HTTP/1.1 500 ", 13) == 0);
    W3_CHECK(strstr(s->t.data, "<mal") == NULL);
    close_site(s);
}
