/* WinHTTP's handles (session, connection, request) and what the functions share.
 * Internal.
 *
 * A handle copies what it needs from its parent when it is made (agent, server, timeouts,
 * redirect policy), so closing a parent leaves its children working, as in WinHTTP. */
#ifndef W3COMPAT_POSIX_WH_INTERNAL_H
#define W3COMPAT_POSIX_WH_INTERNAL_H

#include <stddef.h>

#include <windows.h>
#include <winhttp.h>

/* The timeouts, in milliseconds (0 or less: none). W3WH_RESPONSE bounds the wait for a
 * response's head (WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT), together with W3WH_RECEIVE
 * (each read of the head waits for the shorter one). */
enum { W3WH_RESOLVE, W3WH_CONNECT, W3WH_SEND, W3WH_RECEIVE, W3WH_RESPONSE, W3WH_TIMEOUTS };

typedef struct w3wh_header {
    char *name;
    char *value;
} w3wh_header;

typedef struct w3wh_headers {
    w3wh_header *items;
    size_t count;
    size_t capacity;
} w3wh_headers;

/* Where a request is: WinHttpSendRequest, then WinHttpReceiveResponse. */
enum w3wh_state { W3WH_OPENED, W3WH_SENT, W3WH_RECEIVED };

/* How the response body ends. */
enum w3wh_framing { W3WH_BODY_NONE, W3WH_BODY_LENGTH, W3WH_BODY_CHUNKED, W3WH_BODY_CLOSE };

typedef struct w3wh_request {
    char *verb;
    char *path; /* the object name, starting with '/' */
    char *version;
    BOOL secure;
    DWORD disabled; /* WINHTTP_OPTION_DISABLE_FEATURE */
    w3wh_headers request_headers;
    enum w3wh_state state;
    int fd;
    DWORD body_to_write; /* of the total announced at WinHttpSendRequest */
    BOOL had_body;       /* the request announced a body (Content-Length > 0) */
    /* the response */
    char *status_line;
    DWORD status;
    w3wh_headers response_headers;
    enum w3wh_framing framing;
    unsigned long long body_left; /* of the length, or of the current chunk */
    BOOL body_done;
    BOOL chunk_data_end; /* a chunk's data was read: its CRLF comes next */
    char *in;
    size_t in_start, in_end, in_size;
} w3wh_request;

typedef struct w3wh_handle {
    unsigned magic;
    DWORD type; /* WINHTTP_HANDLE_TYPE_* */
    struct w3wh_handle *next;
    DWORD_PTR context;
    WINHTTP_STATUS_CALLBACK callback;
    DWORD notifications;
    int timeouts[W3WH_TIMEOUTS];
    DWORD redirect_policy;
    char *agent;
    char *host;
    INTERNET_PORT port;
    w3wh_request request;
} w3wh_handle;

/* A new handle of `type` that inherits parent's settings (parent NULL: the defaults),
 * registered as live; NULL with ERROR_NOT_ENOUGH_MEMORY. */
w3wh_handle *w3wh_new(DWORD type, const w3wh_handle *parent);
/* The live handle h, if its type is in `types` (a mask of 1 << WINHTTP_HANDLE_TYPE_*);
 * otherwise NULL with ERROR_INVALID_HANDLE or ERROR_WINHTTP_INCORRECT_HANDLE_TYPE. */
w3wh_handle *w3wh_get(HINTERNET h, unsigned types);
#define W3WH_ANY 0xEu
#define W3WH_ONLY(type) (1u << (type))

/* Text: a malloc'd UTF-8 copy of n WCHARs of s (n == (DWORD)-1: up to the NUL). */
char *w3wh_narrow(LPCWSTR s, DWORD n);
char *w3wh_strdup(const char *s);
/* Writes text (n bytes, each widened to one WCHAR) as a WinHTTP string result: fails
 * with ERROR_INSUFFICIENT_BUFFER and the bytes needed (with the NUL) when `buffer`
 * cannot hold it, else stores it and its size in bytes (without the NUL). */
BOOL w3wh_put_text(const char *text, size_t n, LPVOID buffer, LPDWORD length);

/* Header lists. */
BOOL w3wh_headers_add(w3wh_headers *list, const char *name, size_t name_len, const char *value,
                      size_t value_len);
/* The index-th header called name (case-insensitive), or NULL. */
w3wh_header *w3wh_headers_find(const w3wh_headers *list, const char *name, DWORD index);
void w3wh_headers_remove(w3wh_headers *list, w3wh_header *h);
void w3wh_headers_clear(w3wh_headers *list);

/* The request's socket: connect (if not connected), send, and the response's bytes. */
BOOL w3wh_connect(w3wh_handle *h);
BOOL w3wh_send(w3wh_handle *h, const void *data, size_t n);
/* Reads more bytes into the input buffer, waiting at most timeout_ms: > 0 read, 0 at the
 * end, or -1 with the last error set. */
long w3wh_fill(w3wh_handle *h, int timeout_ms);
void w3wh_disconnect(w3wh_handle *h);
/* Forgets the previous response (a request sent again). */
void w3wh_reset_response(w3wh_request *r);

/* Sends the request line, headers and optional data (WinHttpSendRequest's work). */
BOOL w3wh_send_request(w3wh_handle *h, const void *optional, DWORD optional_len, DWORD total_len);
/* Reads the rest of the body and throws it away (before a redirect). */
BOOL w3wh_drain_body(w3wh_handle *h);

#endif
