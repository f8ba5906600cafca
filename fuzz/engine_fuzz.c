/* Fuzz target: raw client bytes into the engine, through the public embedding API, with
 * sample ISAPI filters and native modules loaded. The first bytes of an input choose
 * how it is delivered; the rest is what the client sends.
 *
 *   byte 0, bits 0-1: the server: 0 = static files with three filters, one of them
 *                  rewriting the raw bytes sent, and three modules (small header and
 *                  body limits); 1 = the async_worker module, whose handler completes
 *                  from another thread (w3_post_fn); 2 = static files with filters and
 *                  modules that leave the body alone, so that file ranges can go to
 *                  the connection's file output; 3 = static files behind
 *                  fuzz_filter.c, which calls back into the server with strings the
 *                  request's X-Fuzz header gives it, and fuzz_extension.c at
 *                  /fuzz.dll, which does the same with its query string
 *   byte 0, bits 2-3: number of feeds, 1 to 3
 *   byte 0, bit 4: file ranges go to a file output instead of the output callback
 *   byte 0, bit 5: the connection came over a secure port
 *   bytes 1-2: where the data is split between feeds
 *
 * Invariants besides memory safety: whatever the engine sends starts with an HTTP/1.x
 * status line (except where the fuzzing filter writes bytes of its own), and a request
 * waiting for a module's completion gets it. */
#include <windows.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_target.h"
#include "w3engine.h"
#include "w3static.h"

#ifdef _WIN32
#define MODULE_SUFFIX ".dll"
#else
#define MODULE_SUFFIX ".so"
#endif

enum { SERVER_STATIC, SERVER_ASYNC, SERVER_PLAIN, SERVER_FILTER, SERVER_COUNT };

static w3_server *servers[SERVER_COUNT];
static w3_static *site_files;
static volatile LONG posts_waiting;

static void on_post(void *ctx, w3_conn *conn)
{
    (void)ctx;
    (void)conn;
    InterlockedIncrement(&posts_waiting);
}

static void on_log(void *ctx, enum w3_log_kind kind, const char *line)
{
    (void)ctx;
    (void)kind;
    (void)line;
}

/* path = a followed by b; a path too long for MAX_PATH stops the run. */
static void join(char *path, const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la + lb >= MAX_PATH)
        fuzz_fail("path too long");
    memcpy(path, a, la);
    memcpy(path + la, b, lb + 1);
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[MAX_PATH];
    join(path, dir, name);
    HANDLE file = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    DWORD written = 0;
    if (file == INVALID_HANDLE_VALUE || !WriteFile(file, text, (DWORD)strlen(text), &written, NULL))
        fuzz_fail("cannot write the site's files");
    CloseHandle(file);
}

/* A small site in the temporary folder: a default document, a text file, an HTML page
 * below a folder. */
static void make_site(char *root)
{
    char temp[MAX_PATH], name[64];
    if (!GetTempPathA(sizeof temp, temp))
        fuzz_fail("no temporary folder");
    snprintf(name, sizeof name, "w3fuzz-site-%lu/", (unsigned long)GetCurrentProcessId());
    join(root, temp, name);
    CreateDirectoryA(root, NULL);
    char sub[MAX_PATH];
    join(sub, root, "sub");
    CreateDirectoryA(sub, NULL);
    write_file(root, "index.html", "<html><body>index page</body></html>\n");
    write_file(root, "a.txt", "0123456789abcdefghijklmnopqrstuvwxyz\n");
    write_file(root, "sub/page.htm", "<p>below a folder</p>\n");
}

static void exe_dir(char *dir, size_t size)
{
    DWORD n = GetModuleFileNameA(NULL, dir, (DWORD)size);
    if (n == 0 || n >= size)
        fuzz_fail("cannot find the fuzzer's own folder");
    size_t cut = 0;
    for (size_t i = 0; dir[i]; i++)
        if (dir[i] == '/' || dir[i] == '\\')
            cut = i + 1;
    dir[cut] = '\0';
}

/* The file of a filter, module or extension built beside the fuzzer. */
static void built_file(char *path, const char *dir, const char *name)
{
    char file[64];
    snprintf(file, sizeof file, "%s" MODULE_SUFFIX, name);
    join(path, dir, file);
}

static void load(w3_server *server, int is_filter, const char *dir, const char *name)
{
    char path[MAX_PATH];
    built_file(path, dir, name);
    int ok = is_filter ? w3_server_add_filter(server, name, path)
                       : w3_server_add_module(server, name, path);
    if (!ok)
        fuzz_fail(path);
}

static void load_extension(w3_server *server, const char *dir, const char *name, const char *url)
{
    char path[MAX_PATH];
    built_file(path, dir, name);
    if (!w3_server_add_extension(server, name, path, url))
        fuzz_fail(path);
}

static void start_servers(void)
{
    static char root[MAX_PATH];
    static const char *const defaults[] = {"index.html"};
    char dir[MAX_PATH];
    make_site(root);
    exe_dir(dir, sizeof dir);

    w3_static_config files = {root, defaults, 1, 1};
    site_files = w3_static_create(&files);

    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.document_root = root;
    cfg.handler = w3_static_handler;
    cfg.handler_ctx = site_files;
    cfg.log = on_log;
    cfg.post = on_post;
    /* Small limits, so that short inputs reach them. */
    cfg.max_header_bytes = 2048;
    cfg.max_body_bytes = 4096;
    cfg.max_header_count = 20;
    servers[SERVER_STATIC] = w3_server_create(&cfg);
    load(servers[SERVER_STATIC], 1, dir, "header_rewrite");
    load(servers[SERVER_STATIC], 1, dir, "conn_counter");
    load(servers[SERVER_STATIC], 1, dir, "upcase_html");
    load(servers[SERVER_STATIC], 0, dir, "secure_headers");
    load(servers[SERVER_STATIC], 0, dir, "context_counter");
    load(servers[SERVER_STATIC], 0, dir, "request_counter");

    cfg.max_header_bytes = cfg.max_body_bytes = cfg.max_header_count = 0;
    servers[SERVER_PLAIN] = w3_server_create(&cfg);
    load(servers[SERVER_PLAIN], 1, dir, "conn_counter");
    load(servers[SERVER_PLAIN], 0, dir, "secure_headers");

    servers[SERVER_FILTER] = w3_server_create(&cfg);
    load(servers[SERVER_FILTER], 1, dir, "fuzz_filter");
    load(servers[SERVER_FILTER], 1, dir, "conn_counter");
    load_extension(servers[SERVER_FILTER], dir, "fuzz_extension", "/fuzz.dll");

    cfg.handler = NULL;
    cfg.handler_ctx = NULL;
    servers[SERVER_ASYNC] = w3_server_create(&cfg);
    load(servers[SERVER_ASYNC], 1, dir, "conn_counter");
    load(servers[SERVER_ASYNC], 0, dir, "async_worker");
}

struct output_check {
    char start[8];
    size_t seen;
};

static void on_output(void *ctx, const void *data, size_t len)
{
    struct output_check *out = ctx;
    size_t take = sizeof out->start - out->seen;
    if (take > len)
        take = len;
    memcpy(out->start + out->seen, data, take);
    out->seen += take;
}

static void on_file_output(void *ctx, const char *path, unsigned long long offset,
                           unsigned long long length)
{
    (void)ctx;
    (void)path;
    (void)offset;
    (void)length;
}

/* Answers every completion a module posted until the connection waits for none. */
static void run_completions(w3_conn *conn)
{
    DWORD started = GetTickCount();
    while (w3_conn_pending(conn) || posts_waiting > 0) {
        if (posts_waiting > 0) {
            InterlockedDecrement(&posts_waiting);
            w3_conn_resume(conn);
            started = GetTickCount();
        } else if (GetTickCount() - started > 10000) {
            fuzz_fail("a request waited 10 s for its module's completion");
        } else {
            Sleep(0);
        }
    }
}

/* Ends the servers before the leak check at exit: modules and filters free what they
 * hold when they are unloaded. */
static void stop_servers(void)
{
    for (unsigned i = 0; i < SERVER_COUNT; i++)
        w3_server_destroy(servers[i]);
    w3_static_destroy(site_files);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    start_servers();
    atexit(stop_servers);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    uint8_t mode = data[0];
    unsigned server = mode & 3;
    unsigned feeds = 1 + ((mode >> 2) & 3) % 3;
    size_t body = size - 3;
    size_t cut1 = body ? data[1] % (body + 1) : 0;
    size_t cut2 = cut1 + (body - cut1 ? data[2] % (body - cut1 + 1) : 0);
    size_t cuts[4] = {0, feeds > 1 ? cut1 : body, feeds > 2 ? cut2 : body, body};
    data += 3;

    w3_conn_info info = {NULL, 80, NULL, 50000, (mode & 32) != 0};
    struct output_check out = {{0}, 0};
    w3_conn *conn = w3_conn_open(servers[server], &info, on_output, &out);
    if (!conn)
        fuzz_fail("w3_conn_open failed");
    if (mode & 16)
        w3_conn_set_file_output(conn, on_file_output, NULL);
    for (unsigned i = 0; i < 3; i++) {
        if (cuts[i + 1] > cuts[i] && w3_conn_feed(conn, data + cuts[i], cuts[i + 1] - cuts[i]))
            break;
        run_completions(conn);
    }
    run_completions(conn);
    w3_conn_close(conn);
    if (server != SERVER_FILTER && out.seen > 0 &&
        (out.seen < 7 || memcmp(out.start, "HTTP/1.", 7) != 0))
        fuzz_fail("the response does not start with an HTTP/1.x status line");
    return 0;
}
