/* The core's private header: its objects' headers, and what only the core's own files
 * call (parsing, the pipeline's stages, the request log, sending). */
#ifndef W3E_CORE_H
#define W3E_CORE_H

#include "server.h"
#include "conn.h"
#include "request.h"
#include "response.h"
#include "pipeline.h"
#include "module.h"
#include "extension.h"
#include "child_request.h"

/* conn.c */
/* After a pending request resumed: ends it if it is over, then processes input that
 * waited. */
void w3e_conn_continue(w3_conn *conn);
/* The end of a connection whose close waited for a pending request's completion. */
void w3e_conn_finish_close(w3_conn *conn);

/* conn_rules.c: what a connection's requests must satisfy beyond llhttp's grammar. */
/* HTTP/1.1 requests must name the host (RFC 9112 section 3.2); HTTP/1.0 need not. */
int w3e_conn_host_present_if_required(const w3_conn *conn);
/* Nonzero once the request line of the request being received has no HTTP version. */
int w3e_conn_http09(const w3_conn *conn);
/* Whether the server serves the host the request names (w3_server_config.host_check). */
int w3e_conn_host_served(w3_conn *conn);
/* Whether the connection stays open after the request whose headers just ended. */
int w3e_conn_may_keep_alive(w3_conn *conn);

/* pipeline.c: the request's stages in IIS order. */
/* Acts on a handler's status (after a pending one completed, too); nonzero if the
 * pipeline goes on. */
int w3e_pipeline_status(w3_request *req, w3e_module *m, DWORD status);
void w3e_pipeline_headers_done(w3_request *req);
void w3e_pipeline_message_done(w3_request *req);
/* Answers with status and a short HTML body unless a response went out already, then
 * runs the end stages (RQ_LOG_REQUEST, RQ_END_REQUEST). */
void w3e_pipeline_fail(w3_request *req, unsigned status);
/* The same with the response the request has (w3e_response_invalid_hostname). */
void w3e_pipeline_answer(w3_request *req);
/* Runs the pipeline as far as it can go (not past a pending handler, nor past the
 * authentication stages before the body arrived). */
void w3e_pipeline_run(w3_request *req);
/* Ends the request's module instances if the pipeline did not (connection closed). */
void w3e_pipeline_abandon(w3_request *req);

/* request.c */
w3_request *w3e_request_begin(w3_conn *conn);
void w3e_request_end(w3_request *req);

/* request_log.c */
/* The record RQ_LOG_REQUEST hands to filters (SF_NOTIFY_LOG), from the request now;
 * left unfilled when neither a filter nor the embedder's log reads it. */
void w3e_request_log_fill(w3_request *req);
/* Reports the request to the embedder (after RQ_LOG_REQUEST). */
void w3e_request_log_write(w3_request *req);

/* response.c */
/* Sends bytes through the SEND_RAW_DATA chain. Returns nonzero if it must close. */
int w3e_send_raw(w3_request *req, const void *data, size_t len);

/* response_file.c: response bodies that hold file ranges besides written bytes. */
/* The body's length: bytes written and file ranges. */
unsigned long long w3e_body_length(const w3_request *req);
/* Loads the file ranges unless they can go to the embedder's file output as they are
 * (it has one, no filter takes SEND_RAW_DATA, the request is not a child). 0 on failure
 * as w3e_body_load_files. */
int w3e_body_prepare(w3_request *req);
/* Sends the body in order: bytes through SEND_RAW_DATA, file ranges to the file output
 * (w3e_body_prepare ran). Nonzero if the connection must close. */
int w3e_body_send(w3_request *req);

#endif
