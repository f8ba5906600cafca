/* floor_server PORT PROCESSES: the least an HTTP server on libuv can do per request, as a
 * peer for http_bench.sh's realistic case. It reads, finds the end of each request head
 * and writes a fixed response of the realistic case's size: no parsing, no pipeline, no
 * log. What it reaches bounds what w3host, on the same event loop and system calls, can
 * reach. Processes share the port as w3host's workers do (SO_REUSEPORT). Linux only. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <uv.h>

static const char response[] = "HTTP/1.1 200 OK\r\n"
                               "Content-Type: text/plain\r\n"
                               "Server: Microsoft-IIS/10.0\r\n"
                               "X-Client: 127.0.0.1\r\n"
                               "X-Frame-Options: DENY\r\n"
                               "Date: Wed, 02 Dec 2026 12:00:00 GMT\r\n"
                               "Content-Length: 17\r\n"
                               "\r\n"
                               "Hello, 127.0.0.1\n";

typedef struct {
    uv_tcp_t tcp;
    unsigned matched; /* bytes of "\r\n\r\n" seen at the end of what was read */
    char buf[4096];
} floor_conn;

static void on_close(uv_handle_t *handle)
{
    free(handle);
}

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf)
{
    (void)suggested;
    floor_conn *c = (floor_conn *)handle;
    *buf = uv_buf_init(c->buf, sizeof c->buf);
}

/* The request heads that end in data (one may have begun in an earlier read). */
static unsigned heads_ended(floor_conn *c, const char *data, size_t len)
{
    static const char end[] = "\r\n\r\n";
    unsigned heads = 0;
    for (size_t i = 0; i < len; i++) {
        if (data[i] == end[c->matched])
            c->matched++;
        else
            c->matched = data[i] == '\r' ? 1 : 0;
        if (c->matched == 4) {
            heads++;
            c->matched = 0;
        }
    }
    return heads;
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf)
{
    floor_conn *c = (floor_conn *)stream;
    if (nread < 0) {
        uv_close((uv_handle_t *)stream, on_close);
        return;
    }
    for (unsigned n = heads_ended(c, buf->base, (size_t)nread); n > 0; n--) {
        uv_buf_t out = uv_buf_init((char *)response, sizeof response - 1);
        /* Responses this small always fit the socket's buffer; if one does not, the
         * client is not the benchmark's: drop it. */
        if (uv_try_write(stream, &out, 1) != (int)out.len) {
            uv_close((uv_handle_t *)stream, on_close);
            return;
        }
    }
}

static void on_connection(uv_stream_t *server, int status)
{
    if (status < 0)
        return;
    floor_conn *c = calloc(1, sizeof *c);
    if (c == NULL)
        return;
    uv_tcp_init(server->loop, &c->tcp);
    if (uv_accept(server, (uv_stream_t *)&c->tcp) != 0) {
        uv_close((uv_handle_t *)&c->tcp, on_close);
        return;
    }
    uv_tcp_nodelay(&c->tcp, 1);
    uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
}

static int serve(int port)
{
    uv_loop_t *loop = uv_default_loop();
    uv_tcp_t server;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    struct sockaddr_in addr;
    uv_ip4_addr("127.0.0.1", port, &addr);
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) != 0 ||
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
        bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0 || uv_tcp_init(loop, &server) != 0 ||
        uv_tcp_open(&server, fd) != 0 ||
        uv_listen((uv_stream_t *)&server, 511, on_connection) != 0) {
        perror("floor_server: cannot listen");
        return 1;
    }
    return uv_run(loop, UV_RUN_DEFAULT);
}

int main(int argc, char **argv)
{
    int port = argc == 3 ? atoi(argv[1]) : 0, processes = argc == 3 ? atoi(argv[2]) : 0;
    if (port <= 0 || processes <= 0) {
        fprintf(stderr, "usage: floor_server PORT PROCESSES\n");
        return 2;
    }
    for (int i = 1; i < processes; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGTERM); /* the benchmark stops the first process only */
            break;
        }
        if (pid < 0) {
            perror("floor_server: fork");
            return 1;
        }
    }
    return serve(port);
}
