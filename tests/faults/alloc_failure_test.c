/* Allocation failure, swept: for every N, a server whose host memory manager refuses
 * every allocation from its Nth on serves a set of requests (filters and modules
 * loaded, keep-alive, POST, static files, a range, an asynchronous completion). Whatever
 * fails must fail as IIS documents it (the request gets 500 or 503, or its connection
 * closes; loading a module or creating the server reports the failure); once the
 * pressure ends, the next connection is served normally; and at the end every page and
 * heap block has come back. */
#include <windows.h>

#include <stdio.h>
#include <string.h>

#include "failing_memory.h"
#include "w3engine.h"
#include "w3static.h"
#include "w3test.h"

#ifdef _WIN32
#define MODULE_SUFFIX ".dll"
#else
#define MODULE_SUFFIX ".so"
#endif

#define FILE_TEXT "0123456789abcdefghijklmnopqrstuvwxyz\n"
#define MAX_RESPONSES 16

struct scenario {
    const char *filters[4];
    const char *modules[4];
    int static_files;
    const char *first_connection;  /* sent in one piece on the first connection */
    const char *second_connection; /* then this on a second one: must get 200 */
};

static const struct scenario static_site = {
    {"conn_counter", "upcase_html", NULL},
    {"secure_headers", "context_counter", NULL},
    1,
    "GET /a.txt HTTP/1.1\r\nHost: x\r\n\r\n"
    "POST /a.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
    "GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n"
    "GET /a.txt HTTP/1.1\r\nHost: x\r\nRange: bytes=0-3\r\n\r\n"
    "GET /missing.txt HTTP/1.1\r\nHost: x\r\n\r\n",
    "GET /a.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
};

static const struct scenario async_module = {
    {"conn_counter", NULL},
    {"async_worker", NULL},
    0,
    "GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n",
    "GET /three HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
};

struct output {
    char bytes[65536];
    size_t len;
};

static volatile LONG posts_waiting;

static void on_post(void *ctx, w3_conn *conn)
{
    (void)ctx;
    (void)conn;
    InterlockedIncrement(&posts_waiting);
}

static void on_output(void *ctx, const void *data, size_t len)
{
    struct output *out = ctx;
    if (len > sizeof out->bytes - out->len)
        len = sizeof out->bytes - out->len;
    memcpy(out->bytes + out->len, data, len);
    out->len += len;
}

static void on_log(void *ctx, enum w3_log_kind kind, const char *line)
{
    (void)ctx;
    (void)kind;
    (void)line;
}

/* The status of every response in `out`, in order; returns how many. */
static size_t statuses(const struct output *out, unsigned *status)
{
    size_t n = 0;
    for (size_t i = 0; i + 12 <= out->len && n < MAX_RESPONSES; i++)
        if ((i == 0 || out->bytes[i - 1] == '\n') && memcmp(out->bytes + i, "HTTP/1.1 ", 9) == 0)
            status[n++] = (unsigned)((out->bytes[i + 9] - '0') * 100 +
                                     (out->bytes[i + 10] - '0') * 10 + (out->bytes[i + 11] - '0'));
    return n;
}

static void run_completions(w3_conn *conn)
{
    DWORD started = GetTickCount();
    while (w3_conn_pending(conn) || posts_waiting > 0) {
        if (posts_waiting > 0) {
            InterlockedDecrement(&posts_waiting);
            w3_conn_resume(conn);
        } else {
            W3_REQUIRE(GetTickCount() - started < 10000);
            Sleep(1);
        }
    }
}

/* Opens a connection, sends `request`, answers completions, closes; returns nonzero if
 * the connection could be opened. */
static int exchange(w3_server *server, const char *request, struct output *out)
{
    out->len = 0;
    w3_conn_info info = {NULL, 80, NULL, 50000, 0};
    w3_conn *conn = w3_conn_open(server, &info, on_output, out);
    if (!conn)
        return 0;
    w3_conn_feed(conn, request, strlen(request));
    run_completions(conn);
    w3_conn_close(conn);
    return 1;
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[MAX_PATH];
    snprintf(path, sizeof path, "%s%s", dir, name);
    HANDLE file = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    DWORD written = 0;
    W3_REQUIRE(file != INVALID_HANDLE_VALUE);
    W3_REQUIRE(WriteFile(file, text, (DWORD)strlen(text), &written, NULL));
    CloseHandle(file);
}

static const char *site_root(void)
{
    static char root[MAX_PATH];
    if (!root[0]) {
        char temp[MAX_PATH];
        W3_REQUIRE(GetTempPathA(sizeof temp, temp) > 0);
        snprintf(root, sizeof root, "%.200sw3faults-%lu/", temp,
                 (unsigned long)GetCurrentProcessId());
        CreateDirectoryA(root, NULL);
        write_file(root, "a.txt", FILE_TEXT);
        write_file(root, "index.html", "<html><body>home</body></html>\n");
    }
    return root;
}

static int load(w3_server *server, int is_filter, const char *name)
{
    char path[MAX_PATH];
    snprintf(path, sizeof path, "%s%s" MODULE_SUFFIX, w3t_exe_dir(), name);
    return is_filter ? w3_server_add_filter(server, name, path)
                     : w3_server_add_module(server, name, path);
}

struct run {
    long calls_before_heal;
    int server_created;
    int loads_failed;
    size_t first_count;
    unsigned first[MAX_RESPONSES];
    int second_opened;
    size_t second_count;
    unsigned second[MAX_RESPONSES];
    int second_has_file;
};

/* One pass of the scenario under `mem`. */
static void run_once(const struct scenario *sc, failing_memory *mem, struct run *r)
{
    static struct output out;
    memset(r, 0, sizeof *r);
    w3_static_config files = {site_root(), NULL, 0, 0};
    w3_static *site = sc->static_files ? w3_static_create(&files) : NULL;
    w3_server_config cfg;
    w3_server_config_init(&cfg);
    cfg.document_root = site_root();
    cfg.memory_manager = failing_memory_manager(mem);
    cfg.post = on_post;
    cfg.log = on_log;
    if (site) {
        cfg.handler = w3_static_handler;
        cfg.handler_ctx = site;
    }
    w3_server *server = w3_server_create(&cfg);
    if (server) {
        r->server_created = 1;
        for (int i = 0; sc->filters[i]; i++)
            r->loads_failed += !load(server, 1, sc->filters[i]);
        for (int i = 0; sc->modules[i]; i++)
            r->loads_failed += !load(server, 0, sc->modules[i]);
        if (exchange(server, sc->first_connection, &out))
            r->first_count = statuses(&out, r->first);
        r->calls_before_heal = failing_memory_calls(mem);
        failing_memory_heal(mem);
        r->second_opened = exchange(server, sc->second_connection, &out);
        r->second_count = statuses(&out, r->second);
        r->second_has_file =
            out.len >= strlen(FILE_TEXT) && strstr(out.bytes, "\r\n\r\n" FILE_TEXT) != NULL;
        w3_server_destroy(server);
    }
    w3_static_destroy(site);
}

static void sweep(const struct scenario *sc)
{
    failing_memory *mem = failing_memory_create(0);
    W3_REQUIRE(mem);
    struct run baseline;
    run_once(sc, mem, &baseline);
    long total = baseline.calls_before_heal;
    failing_memory_destroy(mem);
    W3_REQUIRE(baseline.server_created && baseline.loads_failed == 0);
    W3_REQUIRE(baseline.first_count > 0 && baseline.second_count == 1);
    W3_CHECK_EQ(baseline.second[0], 200);
    W3_REQUIRE(total > 0);

    long faults = 0;
    for (long n = 1; n <= total; n++) {
        mem = failing_memory_create(n);
        W3_REQUIRE(mem);
        struct run r;
        run_once(sc, mem, &r);
        if (failing_memory_failed(mem)) {
            faults++;
            /* Every request answered before the fault as without it; from the fault
             * on, an error status or a closed connection. */
            W3_CHECK(r.first_count <= baseline.first_count);
            for (size_t i = 0; i < r.first_count; i++)
                if (r.first[i] != baseline.first[i] && r.first[i] != 500 && r.first[i] != 503) {
                    fprintf(stderr, "fault at allocation %ld: response %u is %u, not %u\n", n,
                            (unsigned)i, r.first[i], baseline.first[i]);
                    W3_CHECK(0);
                }
            /* The connection after the pressure is served normally. */
            if (r.server_created && r.loads_failed == 0) {
                W3_CHECK(r.second_opened);
                W3_CHECK_EQ(r.second_count, 1);
                W3_CHECK_EQ(r.second[0], 200);
            }
        }
        /* Everything came back, whatever failed. */
        W3_CHECK_EQ(failing_memory_blocks_held(mem), 0);
        W3_CHECK_EQ(failing_memory_bytes_committed(mem), 0);
        failing_memory_destroy(mem);
    }
    printf("%ld allocations per pass; pressure from each of them on: %ld runs\n", total, faults);
    W3_CHECK_EQ(faults, total);
}

W3_TEST(every_allocation_of_a_static_site_fails_cleanly)
{
    sweep(&static_site);
}

W3_TEST(every_allocation_around_an_async_completion_fails_cleanly)
{
    sweep(&async_module);
}
