/* Native modules' private header: the engine functions behind the native-module
 * interfaces (httpserv.h), which the C++ bridge (bridge/) forwards IHttpRequest,
 * IHttpResponse and IHttpContext methods to (HRESULTs are those the IIS reference
 * documents for each method), and what the bridge gives the rest of native/. */
#ifndef W3E_NATIVE_H
#define W3E_NATIVE_H

#include "core/server.h"
#include "core/conn.h"
#include "core/request.h"
#include "core/response.h"
#include "core/pipeline.h"
#include "core/module.h"
#include "core/extension.h"
#include "core/child_request.h"

/* The header name of an HTTP_HEADER_ID (ids mean different headers in requests and
 * responses); NULL if out of range. */
const char *w3e_request_header_name(unsigned long id);
const char *w3e_response_header_name(unsigned long id);

/* module_request.c */
/* GetHeader of the request's or the response's headers: the value of `name` and its
 * length; NULL (and 0) when absent. */
const char *w3e_header_value(w3e_arena *arena, w3e_headers *h, const char *name,
                             unsigned short *cch);
/* SetHeader: sets `name` in `h` to value (len bytes), replacing it or appending ",value"
 * (IIS's fReplace). */
HRESULT w3e_header_change(w3e_arena *arena, w3e_headers *h, const char *name, const char *value,
                          size_t len, int replace);
HRESULT w3e_mreq_delete_header(w3_request *req, const char *name);
HRESULT w3e_mreq_set_method(w3_request *req, const char *method);
HRESULT w3e_mreq_set_url(w3_request *req, const char *url, size_t len, int reset_query);
/* Copies up to cb unread body bytes (inserted ones first); ERROR_HANDLE_EOF at the end. */
HRESULT w3e_mreq_read_body(w3_request *req, void *buf, DWORD cb, DWORD *received);
HRESULT w3e_mreq_insert_body(w3_request *req, const void *buf, DWORD cb);
DWORD w3e_mreq_remaining(const w3_request *req);
/* Nothing to read now, and more of the body is still to arrive from the client. */
int w3e_mreq_body_on_its_way(const w3_request *req);
/* A server variable's value in the request's pool (SetServerVariable's first). */
HRESULT w3e_mreq_server_variable(w3_request *req, const char *name, const char **value, DWORD *len);
HRESULT w3e_mreq_set_server_variable(w3_request *req, const char *name, const char *value);

/* module_response.c */
HRESULT w3e_mresp_set_status(w3_request *req, unsigned short status, const char *reason,
                             unsigned short substatus);
HRESULT w3e_mresp_delete_header(w3_request *req, const char *name);
/* Appends (or, prepend nonzero, inserts before) body bytes. */
HRESULT w3e_mresp_write(w3_request *req, const void *data, size_t len, int prepend);
/* Appends len bytes (all to the end when len is HTTP_BYTE_RANGE_TO_EOF) from offset. */
HRESULT w3e_mresp_write_file(w3_request *req, HANDLE file, ULONGLONG offset, ULONGLONG len);
void w3e_mresp_clear(w3_request *req);
void w3e_mresp_clear_headers(w3_request *req);
/* Sends status, headers (RQ_SEND_RESPONSE first) and the body so far. */
HRESULT w3e_mresp_flush(w3_request *req, int more_data, DWORD *sent);
HRESULT w3e_mresp_redirect(w3_request *req, const char *url, int reset_status, int include_query);

/* The C++ bridge (bridge/): native modules. */
extern const w3e_module_class w3e_native_module_class;
/* Calls RegisterModule; 0 (and a log line) on failure. */
int w3e_native_register(w3_server *server, w3e_module *m, FARPROC register_module);
/* Server objects (IHttpServer) for the bridge; freed by w3e_bridge_server_free. */
int w3e_bridge_server_init(w3_server *server);
void w3e_bridge_server_free(w3_server *server);
/* GL_PRE_BEGIN_REQUEST with an IPreBeginRequestProvider over the request. */
DWORD w3e_bridge_pre_begin(w3_request *req);
/* GL_APPLICATION_START, _RESOLVE_MODULES or _STOP for the server's one application. */
void w3e_bridge_application_event(w3_server *server, DWORD notification);
/* Frees the request's bridge objects (module context container cleanup). */
void w3e_bridge_request_end(w3_request *req);
/* The connection's (IHttpConnection's container cleanup). */
void w3e_bridge_conn_end(w3_conn *conn);

/* native_hooks.c: the native-module kind's hooks (extension.h). */
extern const w3e_extension w3e_native_extension;
/* not_overridden.c: routes httpserv.h's "handler not overridden" reports to the server
 * log, naming the module and notification (once per module and notification). */
void w3e_modules_install_reporter(void);

#endif
