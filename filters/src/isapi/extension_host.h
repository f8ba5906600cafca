/* The ISAPI extension host (IIS's IsapiModule): loaded extensions, the state of one
 * HttpExtensionProc call, and the functions its files share. */
#ifndef W3E_EXTENSION_HOST_H
#define W3E_EXTENSION_HOST_H

#include <windows.h>
#include <httpext.h>

#include "isapi.h"

typedef BOOL(WINAPI *w3e_ext_version_proc)(HSE_VERSION_INFO *);
typedef DWORD(WINAPI *w3e_ext_proc)(EXTENSION_CONTROL_BLOCK *);
typedef BOOL(WINAPI *w3e_ext_terminate_proc)(DWORD);

/* One loaded extension DLL. */
typedef struct w3e_isapi_ext {
    char *name;
    char *path;
    HMODULE module;
    w3e_ext_proc proc;
    w3e_ext_terminate_proc terminate;
    struct w3e_isapi_ext *next;
} w3e_isapi_ext;

/* URLs mapped to an extension: a --extension pattern, or a <handlers> entry of
 * IsapiModule (a script map to its scriptProcessor, or, without one, IIS's ISAPI-dll:
 * the .dll the URL names under the site, loaded at its first request). */
typedef struct w3e_ext_map {
    char *pattern;
    char *verbs;        /* "GET,POST"; NULL or "*" for every verb */
    w3e_isapi_ext *ext; /* loaded with the mapping (--extension) */
    char *processor;    /* else scriptProcessor, loaded at its first request; or, NULL
                         * too, the URL's own .dll */
    int gated;          /* <isapiCgiRestriction> decides (handlers, not --extension) */
    int require_file;   /* resourceType="File": 404 when the URL names no file */
    struct w3e_ext_map *next;
} w3e_ext_map;

/* An <isapiCgiRestriction> entry. */
typedef struct w3e_ext_restriction {
    char *path;
    int allowed;
    struct w3e_ext_restriction *next;
} w3e_ext_restriction;

/* The host module's state: the mappings in configuration order, the DLLs loaded (in
 * load order), the restriction list, and the health an extension reported
 * (HSE_REQ_REPORT_UNHEALTHY), which the embedder reads with w3_server_unhealthy. */
typedef struct w3e_ext_host {
    w3e_ext_map *maps;
    w3e_isapi_ext *exts;
    w3e_ext_restriction *restrictions;
    int not_listed_allowed; /* notListedIsapisAllowed */
    volatile LONG unhealthy;
    char reason[256];
} w3e_ext_host;

/* HSE_REQ_EXEC_URL's child request, kept until the completion runs it on the server's
 * thread. */
typedef struct w3e_ext_exec {
    char *url, *method;
    w3e_headers headers; /* with own_headers: pszChildHeaders, else the parent's */
    int own_headers;
    char *entity; /* NULL for the parent's */
    DWORD entity_len;
    DWORD flags; /* HSE_EXEC_URL_* */
} w3e_ext_exec;

/* One HttpExtensionProc call. The ECB's ConnID points here. */
typedef struct w3e_ext_call {
    DWORD magic;
    EXTENSION_CONTROL_BLOCK ecb;
    w3_request *req;
    w3e_isapi_ext *ext;
    DWORD read;      /* body bytes handed out so far: lpbData's, then ReadClient's */
    int header_sent; /* SEND_RESPONSE_HEADER(_EX) or a redirect answered */
    int keep_conn;   /* SEND_RESPONSE_HEADER_EX's fKeepConn */
    /* HSE_REQ_IO_COMPLETION's function and context, and the one asynchronous operation
     * (WriteClient, ASYNC_READ_CLIENT, TRANSMIT_FILE, EXEC_URL) whose completion is on
     * its way, delivered on the server's thread to op_fn (TRANSMIT_FILE's pfnHseIO may
     * stand in for io_fn) with op_error. */
    PFN_HSE_IO_COMPLETION io_fn;
    void *io_ctx;
    int io_outstanding;
    PFN_HSE_IO_COMPLETION op_fn;
    void *op_ctx;
    DWORD op_error;
    w3e_ext_exec *exec;              /* an EXEC_URL waiting for the completion to run it */
    HSE_EXEC_URL_STATUS exec_status; /* how the last child ended */
    int flush;                       /* HSE_REQ_SET_FLUSH_FLAG */
    int in_proc;                     /* the server's thread is in HttpExtensionProc */
    int in_completion;               /* the server's thread is delivering a completion to it */
    volatile LONG done; /* 0: the extension runs; 1: DONE_WITH_SESSION came; 2: waiting */
    DWORD done_status;  /* the HSE_STATUS_* DONE_WITH_SESSION gave */
} w3e_ext_call;

#define W3E_EXT_CALL_MAGIC 0x57334543u /* "W3EC" */

/* IIS's default UploadReadAheadSize: the body preloaded into lpbData. */
#define W3E_EXT_PRELOAD (48u * 1024u)

/* extension_module.c */
extern const w3e_module_class w3e_extension_module_class;
extern const w3e_extension w3e_isapi_extension_host;

/* extension_ecb.c: the ECB and its callbacks. */
/* Fills call->ecb for the request; path_info is the URL path after the extension's. */
int w3e_ecb_fill(w3e_ext_call *call, const char *path_info);
/* The call a ConnID names, or NULL (ERROR_INVALID_PARAMETER set). */
w3e_ext_call *w3e_ext_call_of(HCONN conn);

/* The host's state in a server, NULL before the host module is registered. */
w3e_ext_host *w3e_ext_host_of(w3_server *server);
/* Loads the extension at `path` (once: a DLL loaded already is shared) and calls
 * GetExtensionVersion; NULL after logging why, with the Win32 error set. */
w3e_isapi_ext *w3e_ext_load(w3_server *server, const char *name, const char *path);
/* Appends a mapping (the host takes requests from then on). */
void w3e_ext_add_map(w3_server *server, w3e_ext_map *map);

/* extension_map.c: which extension a request goes to. */
typedef struct w3e_ext_target {
    w3e_isapi_ext *ext;    /* NULL: none, or `status` answers */
    const char *path_info; /* the URL path after the extension's part */
    unsigned status, substatus;
} w3e_ext_target;
/* Nonzero if a mapping takes the request; *t says which extension or which error. */
int w3e_ext_route(w3_request *req, w3e_ext_host *host, w3e_ext_target *t);

/* extension_async.c: asynchronous operations. */
/* Starts the one asynchronous operation of a call: its completion, for `fn` (NULL for
 * HSE_REQ_IO_COMPLETION's) with `bytes` and `error`, comes through the embedder on the
 * server's thread, never inside this call. FALSE with the Win32 error set when another
 * is outstanding, nothing is to be told, or the embedder cannot post. */
BOOL w3e_ext_start_io(w3e_ext_call *call, PFN_HSE_IO_COMPLETION fn, void *ctx, DWORD bytes,
                      DWORD error);
/* HSE_REQ_ASYNC_READ_CLIENT and HSE_REQ_TRANSMIT_FILE. */
BOOL w3e_ext_async_read(w3e_ext_call *call, void *buffer, DWORD *size);
/* Copies up to `size` body bytes after the preload and earlier reads into `buffer` and
 * moves past them (extension_ecb.c); returns how many (0: the body is all read). */
DWORD w3e_ext_take_body(w3e_ext_call *call, void *buffer, DWORD size);
BOOL w3e_ext_transmit_file(w3e_ext_call *call, const HSE_TF_INFO *info);

/* extension_exec.c: HSE_REQ_EXEC_URL and its status. */
BOOL w3e_ext_exec_url(w3e_ext_call *call, const HSE_EXEC_URL_INFO *info);
BOOL w3e_ext_exec_unicode_url(w3e_ext_call *call, const HSE_EXEC_UNICODE_URL_INFO *info);
/* Runs the child an EXEC_URL left in call->exec (from the completion). */
void w3e_ext_exec_run(w3e_ext_call *call, w3e_module *host);
BOOL w3e_ext_exec_status(w3e_ext_call *call, HSE_EXEC_URL_STATUS *status);

/* extension_support.c: ServerSupportFunction. */
BOOL WINAPI w3e_ext_server_support(HCONN conn, DWORD request, LPVOID buffer, LPDWORD size,
                                   LPDWORD data_type);
/* SEND_RESPONSE_HEADER's work: status ("302 Found", NULL for 200 OK) and header text
 * whose bytes after a blank line start the body. */
BOOL w3e_ext_send_header(w3e_ext_call *call, const char *status, size_t status_len,
                         const char *headers, size_t headers_len);

#endif
