/* A server and one connection driven through the embedding API, with the response
 * bytes and log lines captured for assertions. */
#ifndef ENGINE_FIXTURE_H
#define ENGINE_FIXTURE_H

#include <stddef.h>

#include "filter_bridge.h"
#include "w3engine.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fx {
    w3_server *server;
    w3_conn *conn;
    char out[65536];
    size_t out_len;
    char log[16384]; /* every log line, each ended by '\n' */
    size_t log_len;
} fx;

/* Full path of a filter module built next to the test executable ("recorder_a"). */
const char *fx_module_path(const char *module);
/* The default configuration: a handler answering 200 text/html "<p>hello</p>" (POST:
 * the request body back). */
void fx_config(fx *f, w3_server_config *cfg);
/* Creates f->server from cfg (NULL: fx_config's). */
void fx_start(fx *f, const w3_server_config *cfg);
int fx_add(fx *f, const char *module);
void fx_open(fx *f, int secure);
/* fx_start, then loads filter (it must load) and opens a non-secure connection. */
void fx_start_with(fx *f, const w3_server_config *cfg, const char *filter);
/* A fresh bridge with proc as recorder_a's filter procedure; fx_start_with(cfg,
 * "recorder_a"), then request is sent. */
void fx_run_recorder(fx *f, bridge_proc proc, const w3_server_config *cfg, const char *request);
/* The same with a native module: module (e.g. "record_module") loaded under name. */
void fx_start_with_module(fx *f, const w3_server_config *cfg, const char *name, const char *module);
/* Feeds text to the connection; returns w3_conn_feed's result. */
int fx_send(fx *f, const char *text);
void fx_close(fx *f);
/* Closes the connection if open and destroys the server. */
void fx_stop(fx *f);
void fx_clear_output(fx *f);
/* The value of header `name` in response bytes, in a static buffer ("" if absent). */
const char *fx_header_of(const char *response, const char *name);
/* Number of times needle occurs in hay. */
int fx_count(const char *hay, const char *needle);

#ifdef __cplusplus
}
#endif

#endif
