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

/* One loaded extension and the URLs mapped to it. */
typedef struct w3e_isapi_ext {
    char *name;
    char *path;
    char *pattern;
    HMODULE module;
    w3e_ext_proc proc;
    w3e_ext_terminate_proc terminate;
    struct w3e_isapi_ext *next;
} w3e_isapi_ext;

/* One HttpExtensionProc call. The ECB's ConnID points here. */
typedef struct w3e_ext_call {
    DWORD magic;
    EXTENSION_CONTROL_BLOCK ecb;
    w3_request *req;
    w3e_isapi_ext *ext;
    DWORD read;      /* body bytes handed out so far: lpbData's, then ReadClient's */
    int header_sent; /* SEND_RESPONSE_HEADER(_EX) or a redirect answered */
    int keep_conn;   /* SEND_RESPONSE_HEADER_EX's fKeepConn */
    /* HSE_REQ_IO_COMPLETION's function and context, and an asynchronous WriteClient
     * whose completion is on its way (delivered on the server's thread). */
    PFN_HSE_IO_COMPLETION io_fn;
    void *io_ctx;
    int io_outstanding;
    int in_completion;  /* the server's thread is delivering a completion to it */
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

/* extension_support.c: ServerSupportFunction. */
BOOL WINAPI w3e_ext_server_support(HCONN conn, DWORD request, LPVOID buffer, LPDWORD size,
                                   LPDWORD data_type);
/* SEND_RESPONSE_HEADER's work: status ("302 Found", NULL for 200 OK) and header text
 * whose bytes after a blank line start the body. */
BOOL w3e_ext_send_header(w3e_ext_call *call, const char *status, size_t status_len,
                         const char *headers, size_t headers_len);

#endif
