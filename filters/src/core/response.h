/* The response: status, headers and body (bytes and file ranges), and sending it. */
#ifndef W3E_RESPONSE_H
#define W3E_RESPONSE_H

#include <windows.h>

#include "w3engine.h"

/* A file range of the response body (w3_response_send_file): it goes out after the
 * first `at` bytes of resp_body, before the rest. */
typedef struct w3e_body_file {
    struct w3e_body_file *next;
    size_t at;
    char *path;
    unsigned long long offset, length;
} w3e_body_file;

/* response.c */
const char *w3e_reason_for(unsigned status);
/* Replaces the response by `status` with a short HTML body. */
void w3e_response_error(w3_request *req, unsigned status);
/* HTTP.sys's 400 for a host name no site serves (w3_invalid_hostname_page). */
void w3e_response_invalid_hostname(w3_request *req);
int w3e_response_set_status_line(w3_request *req, const char *line);
/* Runs ACCESS_DENIED (for 401) and SEND_RESPONSE, then serialises and sends the
 * response through SEND_RAW_DATA. */
void w3e_response_send(w3_request *req);
/* Adds what the server adds to every response (Content-Length, Date, Server, the
 * headers of AddResponseHeaders), once per response (w3e_response_error starts over). */
void w3e_response_finish_headers(w3_request *req);
/* Sends status and headers (after RQ_SEND_RESPONSE) and the body so far, leaving the
 * response open for more body (a module's Flush). Nonzero on success. */
int w3e_response_send_partial(w3_request *req);

/* response_file.c: response bodies that hold file ranges besides written bytes. */
/* Empties the body (bytes and file ranges). */
void w3e_body_clear(w3_request *req);
/* Reads the file ranges into resp_body, in place, for whatever needs the bytes in
 * memory (SEND_RAW_DATA filters, a module reading the response, a child's parent).
 * 0 (and an error logged naming the file) if a file cannot be read whole. */
int w3e_body_load_files(w3_request *req);

#endif
