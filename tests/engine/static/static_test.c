/* The static file handler, driven through the engine's embedding API (no sockets): the
 * same requests natively and, cross-compiled, over the real Win32 file API under Wine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <windows.h>

#include "engine_fixture.h"
#include "w3engine.h"
#include "w3static.h"
#include "w3test.h"

typedef struct captured {
    char data[256 * 1024];
    size_t len;
} captured;

static void capture(void *ctx, const void *data, size_t len)
{
    captured *c = ctx;
    if (c->len + len < sizeof c->data) {
        memcpy(c->data + c->len, data, len);
        c->len += len;
        c->data[c->len] = '\0';
    }
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    W3_REQUIRE(f != NULL);
    fputs(text, f);
    fclose(f);
}

/* A site below the working directory: root/index.html, root/a.txt, root/sub/, and
 * outside.txt beside the root. */
static const char *make_site(const char *name)
{
    static char root[256];
    snprintf(root, sizeof root, "%s_root", name);
    CreateDirectoryA(root, NULL);
    char path[512];
    snprintf(path, sizeof path, "%s/index.html", root);
    write_file(path, "<p>home</p>");
    snprintf(path, sizeof path, "%s/a.txt", root);
    write_file(path, "0123456789");
    snprintf(path, sizeof path, "%s/sub", root);
    CreateDirectoryA(path, NULL);
    snprintf(path, sizeof path, "%s/sub/b.css", root);
    write_file(path, "b{}");
    write_file("outside.txt", "OUTSIDE");
    return root;
}

typedef struct site {
    w3_server *server;
    w3_static *files;
} site;

static site open_site(const char *name, int browse)
{
    static const char *const docs[] = {"index.html"};
    w3_static_config sc = {make_site(name), docs, 1, browse};
    site s;
    s.files = w3_static_create(&sc);
    W3_REQUIRE(s.files != NULL);
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.handler = w3_static_handler;
    cfg.handler_ctx = s.files;
    s.server = w3_server_create(&cfg);
    W3_REQUIRE(s.server != NULL);
    return s;
}

static void close_site(site *s)
{
    w3_server_destroy(s->server);
    w3_static_destroy(s->files);
}

/* Sends one raw request and returns the response bytes. */
static const char *exchange(site *s, const char *raw)
{
    static captured out;
    out.len = 0;
    out.data[0] = '\0';
    w3_conn_info info = {0};
    w3_conn *conn = w3_conn_open(s->server, &info, capture, &out);
    W3_REQUIRE(conn != NULL);
    w3_conn_feed(conn, raw, strlen(raw));
    w3_conn_close(conn);
    return out.data;
}

static const char *get(site *s, const char *path, const char *extra_headers)
{
    char raw[2048];
    snprintf(raw, sizeof raw, "GET %s HTTP/1.1\r\nHost: t\r\n%s\r\n", path, extra_headers);
    return exchange(s, raw);
}

static unsigned status_of(const char *response)
{
    unsigned status = 0;
    sscanf(response, "HTTP/1.1 %u", &status);
    return status;
}

static const char *body_of(const char *response)
{
    const char *end = strstr(response, "\r\n\r\n");
    return end != NULL ? end + 4 : "";
}

W3_TEST(serves_a_file_with_type_and_validators)
{
    site s = open_site("serve", 0);
    const char *r = get(&s, "/a.txt", "");
    W3_CHECK_EQ(status_of(r), 200);
    W3_CHECK_STR(body_of(r), "0123456789");
    W3_CHECK_STR(fx_header_of(r, "Content-Type"), "text/plain");
    W3_CHECK(fx_header_of(r, "ETag")[0] == '"');
    W3_CHECK(strstr(fx_header_of(r, "Last-Modified"), " GMT") != NULL);
    close_site(&s);
}

W3_TEST(conditional_requests_get_304)
{
    site s = open_site("cond", 0);
    const char *r = get(&s, "/a.txt", "");
    char etag[256], modified[256], hdr[600];
    snprintf(etag, sizeof etag, "%s", fx_header_of(r, "ETag"));
    snprintf(modified, sizeof modified, "%s", fx_header_of(r, "Last-Modified"));
    snprintf(hdr, sizeof hdr, "If-None-Match: \"x\", %s\r\n", etag);
    W3_CHECK_EQ(status_of(get(&s, "/a.txt", hdr)), 304);
    snprintf(hdr, sizeof hdr, "If-Modified-Since: %s\r\n", modified);
    W3_CHECK_EQ(status_of(get(&s, "/a.txt", hdr)), 304);
    W3_CHECK_EQ(
        status_of(get(&s, "/a.txt", "If-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT\r\n")), 200);
    W3_CHECK_EQ(status_of(get(&s, "/a.txt", "If-None-Match: \"nope\"\r\n")), 200);
    close_site(&s);
}

W3_TEST(single_range_206_and_416)
{
    site s = open_site("range", 0);
    const char *r = get(&s, "/a.txt", "Range: bytes=2-4\r\n");
    W3_CHECK_EQ(status_of(r), 206);
    W3_CHECK_STR(body_of(r), "234");
    W3_CHECK_STR(fx_header_of(r, "Content-Range"), "bytes 2-4/10");
    r = get(&s, "/a.txt", "Range: bytes=7-\r\n");
    W3_CHECK_STR(body_of(r), "789");
    r = get(&s, "/a.txt", "Range: bytes=10-20\r\n");
    W3_CHECK_EQ(status_of(r), 416);
    W3_CHECK_STR(fx_header_of(r, "Content-Range"), "bytes */10");
    close_site(&s);
}

W3_TEST(default_document_redirect_and_listing)
{
    site s = open_site("dirs", 0);
    W3_CHECK_STR(body_of(get(&s, "/", "")), "<p>home</p>");
    const char *r = get(&s, "/sub?q=1", "");
    W3_CHECK_EQ(status_of(r), 301);
    W3_CHECK_STR(fx_header_of(r, "Location"), "/sub/?q=1");
    W3_CHECK_EQ(status_of(get(&s, "/sub/", "")), 403);
    close_site(&s);
    s = open_site("dirs", 1);
    r = get(&s, "/sub/", "");
    W3_CHECK_EQ(status_of(r), 200);
    W3_CHECK(strstr(r, "<a href=\"b.css\">b.css</a>") != NULL);
    close_site(&s);
}

W3_TEST(paths_cannot_leave_the_root)
{
    static const char *const attempts[] = {
        "/../outside.txt",
        "/%2e%2e/outside.txt",
        "/%2E%2e%2foutside.txt",
        "/sub/../../outside.txt",
        "/..%5coutside.txt",
        "/..\\outside.txt",
        "/%c0%ae%c0%ae/outside.txt",
        "/%e0%80%ae./outside.txt",
        "/a.txt%00.html",
        "/%zz",
        "/a.txt::$DATA",
        "/con",
        "/sub/NUL.txt",
        "/Com1.html",
        "/lpt9",
        "/a.txt.",
    };
    site s = open_site("escape", 0);
    for (size_t i = 0; i < sizeof attempts / sizeof *attempts; i++) {
        const char *r = get(&s, attempts[i], "");
        unsigned status = status_of(r);
        if (status != 400 && status != 404)
            W3_CHECK_STR(attempts[i], "answered with neither 400 nor 404");
        W3_CHECK(strstr(r, "OUTSIDE") == NULL);
    }
    W3_CHECK_EQ(status_of(get(&s, "/sub/../a.txt", "")), 200);
    W3_CHECK_EQ(status_of(get(&s, "/sub/%62.css", "")), 200);
    close_site(&s);
}

W3_TEST(methods_and_unknown_types)
{
    site s = open_site("methods", 0);
    const char *r = exchange(&s, "DELETE /a.txt HTTP/1.1\r\nHost: t\r\n\r\n");
    W3_CHECK_EQ(status_of(r), 405);
    W3_CHECK_STR(fx_header_of(r, "Allow"), "GET, HEAD");
    r = exchange(&s, "HEAD /a.txt HTTP/1.1\r\nHost: t\r\n\r\n");
    W3_CHECK_EQ(status_of(r), 200);
    W3_CHECK_STR(fx_header_of(r, "Content-Length"), "10");
    W3_CHECK_STR(body_of(r), "");
    write_file("methods_root/data.unknownext", "x");
    W3_CHECK_EQ(status_of(get(&s, "/data.unknownext", "")), 404);
    close_site(&s);
}

/* A virtual directory maps its URL path (and what is below it, in any case) to its own
 * folder; a path that only starts with the same letters stays with the root. */
W3_TEST(virtual_directory_maps_its_path)
{
    static const char *const docs[] = {"index.html"};
    w3_static_config sc = {make_site("vdir"), docs, 1, 0};
    CreateDirectoryA("vdir_other", NULL);
    write_file("vdir_other/x.txt", "from the virtual directory");
    site s;
    s.files = w3_static_create(&sc);
    W3_REQUIRE(s.files != NULL);
    w3_virtual_dir dirs[] = {{"/v", "vdir_other", "/"}};
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.handler = w3_static_handler;
    cfg.handler_ctx = s.files;
    cfg.virtual_dirs = dirs;
    cfg.virtual_dir_count = 1;
    s.server = w3_server_create(&cfg);
    W3_REQUIRE(s.server != NULL);
    const char *r = get(&s, "/v/x.txt", "");
    W3_CHECK_EQ(status_of(r), 200);
    W3_CHECK_STR(body_of(r), "from the virtual directory");
    W3_CHECK_STR(body_of(get(&s, "/V/x.txt", "")), "from the virtual directory");
    W3_CHECK_EQ(status_of(get(&s, "/vx.txt", "")), 404);
    W3_CHECK_EQ(status_of(get(&s, "/v/a.txt", "")), 404); /* the root's file is not there */
    W3_CHECK_STR(body_of(get(&s, "/a.txt", "")), "0123456789");
    W3_CHECK_EQ(status_of(get(&s, "/v/../a.txt", "")), 200); /* ".." leaves it */
    close_site(&s);
}
