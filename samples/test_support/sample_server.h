/* What the sample tests share: servers and connections made with the installed
 * harness (w3harness.h), as a user's own tests make them; a failed harness call ends
 * the case with the harness's message. */
#ifndef SAMPLE_SERVER_H
#define SAMPLE_SERVER_H

#include "w3harness.h"
#include "w3test.h"

/* Ends the case unless the harness call succeeds (it already printed why). */
#define SAMPLE_OK(call) W3_REQUIRE((call) == W3H_OK)

/* The site's handler: 200 text/html "<p>hello</p>"; a POST gets its body back. */
void sample_hello(void *ctx, w3_request *req, w3_response *resp);

/* A server answered by handler (NULL: sample_hello). */
w3h_server *sample_server(w3_handler_fn handler);
/* Loads the sample filter or module built beside the test (e.g. "basic_auth"). */
void sample_add_filter(w3h_server *server, const char *name);
void sample_add_module(w3h_server *server, const char *name);

/* A connection from 192.0.2.7:50123 to 10.0.0.1, port 80 (secure: 443, over TLS). */
w3h_conn *sample_open(w3h_server *server, int secure);
/* Sends text as the client wrote it and reads the next response, which must be whole. */
void sample_get(w3h_conn *conn, const char *text, w3h_response *resp);

#endif
