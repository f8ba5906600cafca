#include "engine_fixture.h"

#include <stdio.h>
#include <string.h>

#include "w3test.h"

const char *fx_module_path(const char *module)
{
    static char path[1024];
#ifdef _WIN32
    snprintf(path, sizeof path, "%s%s.dll", w3t_exe_dir(), module);
#else
    snprintf(path, sizeof path, "%s%s.so", w3t_exe_dir(), module);
#endif
    return path;
}

static void capture_output(void *ctx, const void *data, size_t len)
{
    fx *f = ctx;
    if (f->out_len + len >= sizeof f->out)
        len = sizeof f->out - f->out_len - 1;
    memcpy(f->out + f->out_len, data, len);
    f->out_len += len;
    f->out[f->out_len] = '\0';
}

static void capture_log(void *ctx, enum w3_log_kind kind, const char *line)
{
    fx *f = ctx;
    int n = snprintf(f->log + f->log_len, sizeof f->log - f->log_len, "%s %s\n",
                     kind == W3_LOG_ERROR ? "error:" : "request:", line);
    if (n > 0 && f->log_len + (size_t)n < sizeof f->log)
        f->log_len += (size_t)n;
}

static void hello(void *ctx, w3_request *req, w3_response *resp)
{
    (void)ctx;
    w3_response_add_header(resp, "Content-Type", "text/html");
    size_t len;
    const void *body = w3_request_body(req, &len);
    if (strcmp(w3_request_method(req), "POST") == 0)
        w3_response_write(resp, body, len);
    else
        w3_response_write(resp, "<p>hello</p>", 12);
}

void fx_config(fx *f, w3_server_config *cfg)
{
    w3_server_config_init(cfg);
    cfg->handler = hello;
    cfg->log = capture_log;
    cfg->log_ctx = f;
}

void fx_start(fx *f, const w3_server_config *cfg)
{
    w3_server_config def;
    memset(f, 0, sizeof *f);
    if (cfg == NULL) {
        fx_config(f, &def);
        cfg = &def;
    }
    f->server = w3_server_create(cfg);
    W3_REQUIRE(f->server != NULL);
}

int fx_add(fx *f, const char *module)
{
    return w3_server_add_filter(f->server, module, fx_module_path(module));
}

void fx_open(fx *f, int secure)
{
    w3_conn_info info = {"10.0.0.1", secure ? 443 : 80, "192.0.2.7", 50123, secure};
    f->conn = w3_conn_open(f->server, &info, capture_output, f);
    W3_REQUIRE(f->conn != NULL);
}

void fx_start_with(fx *f, const w3_server_config *cfg, const char *filter)
{
    fx_start(f, cfg);
    W3_REQUIRE(fx_add(f, filter));
    fx_open(f, 0);
}

void fx_run_recorder(fx *f, bridge_proc proc, const w3_server_config *cfg, const char *request)
{
    bridge_reset();
    bridge_set_proc(0, proc);
    fx_start_with(f, cfg, "recorder_a");
    fx_send(f, request);
}

void fx_start_with_module(fx *f, const w3_server_config *cfg, const char *name, const char *module)
{
    fx_start(f, cfg);
    W3_REQUIRE(w3_server_add_module(f->server, name, fx_module_path(module)));
    fx_open(f, 0);
}

int fx_send(fx *f, const char *text)
{
    return w3_conn_feed(f->conn, text, strlen(text));
}

void fx_close(fx *f)
{
    if (f->conn != NULL)
        w3_conn_close(f->conn);
    f->conn = NULL;
}

void fx_stop(fx *f)
{
    fx_close(f);
    w3_server_destroy(f->server);
    f->server = NULL;
}

void fx_clear_output(fx *f)
{
    f->out_len = 0;
    f->out[0] = '\0';
}

const char *fx_header_of(const char *response, const char *name)
{
    static char value[256];
    char needle[64];
    snprintf(needle, sizeof needle, "\r\n%s: ", name);
    const char *at = strstr(response, needle);
    value[0] = '\0';
    if (at != NULL) {
        at += strlen(needle);
        size_t n = strcspn(at, "\r");
        if (n >= sizeof value)
            n = sizeof value - 1;
        memcpy(value, at, n);
        value[n] = '\0';
    }
    return value;
}

int fx_count(const char *hay, const char *needle)
{
    int n = 0;
    size_t len = strlen(needle);
    for (const char *p = strstr(hay, needle); p != NULL; p = strstr(p + len, needle))
        n++;
    return n;
}
