/* httpfilt.h for POSIX: the ISAPI filter interface (HTTP_FILTER_* structures, the
 * SF_* constants, the three filter entry points). Values and layouts are those of the
 * Windows SDK header, so that a filter's source builds unchanged; on MinGW builds the
 * system's httpfilt.h is used instead. */
#ifndef W3COMPAT_HTTPFILT_H
#define W3COMPAT_HTTPFILT_H

#include "windef.h"

W3COMPAT_BEGIN_C

/* The filter interface revision this server speaks: 6.0. */
#define HTTP_FILTER_REVISION MAKELONG(0, 6)

#define SF_MAX_USERNAME (256 + 1)
#define SF_MAX_PASSWORD (256 + 1)
#define SF_MAX_AUTH_TYPE (32 + 1)
#define SF_MAX_FILTER_DESC_LEN (256 + 1)

/* Requests a filter makes through HTTP_FILTER_CONTEXT::ServerSupportFunction. */
enum SF_REQ_TYPE {
    SF_REQ_SEND_RESPONSE_HEADER,
    SF_REQ_ADD_HEADERS_ON_DENIAL,
    SF_REQ_SET_NEXT_READ_SIZE,
    SF_REQ_SET_PROXY_INFO,
    SF_REQ_GET_CONNID,
    SF_REQ_SET_CERTIFICATE_INFO,
    SF_REQ_GET_PROPERTY,
    SF_REQ_NORMALIZE_URL,
    SF_REQ_DISABLE_NOTIFICATIONS
};

/* Property ids for SF_REQ_GET_PROPERTY. */
enum SF_PROPERTY_IIS { SF_PROPERTY_SSL_CTXT, SF_PROPERTY_INSTANCE_NUM_ID };

/* What HttpFilterProc returns. */
enum SF_STATUS_TYPE {
    SF_STATUS_REQ_FINISHED = 0x8000000,
    SF_STATUS_REQ_FINISHED_KEEP_CONN,
    SF_STATUS_REQ_NEXT_NOTIFICATION,
    SF_STATUS_REQ_HANDLED_NOTIFICATION,
    SF_STATUS_REQ_ERROR,
    SF_STATUS_REQ_READ_NEXT
};

/* Passed to every HttpFilterProc call: the connection as the filter sees it. */
typedef struct _HTTP_FILTER_CONTEXT {
    DWORD cbSize;
    DWORD Revision;
    PVOID ServerContext;
    DWORD ulReserved;
    BOOL fIsSecurePort;
    PVOID pFilterContext;
    BOOL(WINAPI *GetServerVariable)
    (struct _HTTP_FILTER_CONTEXT *pfc, LPSTR lpszVariableName, LPVOID lpvBuffer, LPDWORD lpdwSize);
    BOOL(WINAPI *AddResponseHeaders)
    (struct _HTTP_FILTER_CONTEXT *pfc, LPSTR lpszHeaders, DWORD dwReserved);
    BOOL(WINAPI *WriteClient)
    (struct _HTTP_FILTER_CONTEXT *pfc, LPVOID Buffer, LPDWORD lpdwBytes, DWORD dwReserved);
    VOID *(WINAPI *AllocMem)(struct _HTTP_FILTER_CONTEXT *pfc, DWORD cbSize, DWORD dwReserved);
    BOOL(WINAPI *ServerSupportFunction)
    (struct _HTTP_FILTER_CONTEXT *pfc, enum SF_REQ_TYPE sfReq, PVOID pData, ULONG_PTR ul1,
     ULONG_PTR ul2);
} HTTP_FILTER_CONTEXT, *PHTTP_FILTER_CONTEXT;

/* SF_NOTIFY_READ_RAW_DATA and SF_NOTIFY_SEND_RAW_DATA. */
typedef struct _HTTP_FILTER_RAW_DATA {
    PVOID pvInData;
    DWORD cbInData;
    DWORD cbInBuffer;
    DWORD dwReserved;
} HTTP_FILTER_RAW_DATA, *PHTTP_FILTER_RAW_DATA;

/* SF_NOTIFY_PREPROC_HEADERS (request headers) and SF_NOTIFY_SEND_RESPONSE (response). */
typedef struct _HTTP_FILTER_PREPROC_HEADERS {
    BOOL(WINAPI *GetHeader)
    (struct _HTTP_FILTER_CONTEXT *pfc, LPSTR lpszName, LPVOID lpvBuffer, LPDWORD lpdwSize);
    BOOL(WINAPI *SetHeader)(struct _HTTP_FILTER_CONTEXT *pfc, LPSTR lpszName, LPSTR lpszValue);
    BOOL(WINAPI *AddHeader)(struct _HTTP_FILTER_CONTEXT *pfc, LPSTR lpszName, LPSTR lpszValue);
    DWORD HttpStatus;
    DWORD dwReserved;
} HTTP_FILTER_PREPROC_HEADERS, *PHTTP_FILTER_PREPROC_HEADERS;

typedef HTTP_FILTER_PREPROC_HEADERS HTTP_FILTER_SEND_RESPONSE;
typedef HTTP_FILTER_PREPROC_HEADERS *PHTTP_FILTER_SEND_RESPONSE;

/* SF_NOTIFY_AUTHENTICATION: writable user and password buffers. */
typedef struct _HTTP_FILTER_AUTHENT {
    CHAR *pszUser;
    DWORD cbUserBuff;
    CHAR *pszPassword;
    DWORD cbPasswordBuff;
} HTTP_FILTER_AUTHENT, *PHTTP_FILTER_AUTHENT;

/* SF_NOTIFY_URL_MAP: the physical path is edited in place within cbPathBuff. */
typedef struct _HTTP_FILTER_URL_MAP {
    const CHAR *pszURL;
    CHAR *pszPhysicalPath;
    DWORD cbPathBuff;
} HTTP_FILTER_URL_MAP, *PHTTP_FILTER_URL_MAP;

typedef struct _HTTP_FILTER_URL_MAP_EX {
    const CHAR *pszURL;
    CHAR *pszPhysicalPath;
    DWORD cbPathBuff;
    DWORD dwFlags;
    DWORD cchMatchingPath;
    DWORD cchMatchingURL;
    const CHAR *pszScriptMapEntry;
} HTTP_FILTER_URL_MAP_EX, *PHTTP_FILTER_URL_MAP_EX;

/* HTTP_FILTER_ACCESS_DENIED::dwReason bits. */
#define SF_DENIED_LOGON 0x00000001
#define SF_DENIED_RESOURCE 0x00000002
#define SF_DENIED_FILTER 0x00000004
#define SF_DENIED_APPLICATION 0x00000008
#define SF_DENIED_BY_CONFIG 0x00010000

/* SF_NOTIFY_ACCESS_DENIED. */
typedef struct _HTTP_FILTER_ACCESS_DENIED {
    const CHAR *pszURL;
    const CHAR *pszPhysicalPath;
    DWORD dwReason;
} HTTP_FILTER_ACCESS_DENIED, *PHTTP_FILTER_ACCESS_DENIED;

/* SF_NOTIFY_LOG: the string pointers may be replaced, not written through. */
typedef struct _HTTP_FILTER_LOG {
    const CHAR *pszClientHostName;
    const CHAR *pszClientUserName;
    const CHAR *pszServerName;
    const CHAR *pszOperation;
    const CHAR *pszTarget;
    const CHAR *pszParameters;
    DWORD dwHttpStatus;
    DWORD dwWin32Status;
    DWORD dwBytesSent;
    DWORD dwBytesRecvd;
    DWORD msTimeForProcessing;
} HTTP_FILTER_LOG, *PHTTP_FILTER_LOG;

/* SF_NOTIFY_AUTH_COMPLETE: request headers plus the identity the server settled on. */
typedef struct _HTTP_FILTER_AUTH_COMPLETE_INFO {
    BOOL(WINAPI *GetHeader)
    (struct _HTTP_FILTER_CONTEXT *pfc, LPSTR lpszName, LPVOID lpvBuffer, LPDWORD lpdwSize);
    BOOL(WINAPI *SetHeader)(struct _HTTP_FILTER_CONTEXT *pfc, LPSTR lpszName, LPSTR lpszValue);
    BOOL(WINAPI *AddHeader)(struct _HTTP_FILTER_CONTEXT *pfc, LPSTR lpszName, LPSTR lpszValue);
    BOOL(WINAPI *GetUserToken)(struct _HTTP_FILTER_CONTEXT *pfc, HANDLE *phToken);
    DWORD HttpStatus;
    BOOL fResetAuth;
    DWORD dwReserved;
} HTTP_FILTER_AUTH_COMPLETE_INFO, *PHTTP_FILTER_AUTH_COMPLETE_INFO;

/* HTTP_FILTER_VERSION::dwFlags: which connections, which notifications, what priority. */
#define SF_NOTIFY_SECURE_PORT 0x00000001
#define SF_NOTIFY_NONSECURE_PORT 0x00000002

#define SF_NOTIFY_READ_RAW_DATA 0x00008000
#define SF_NOTIFY_PREPROC_HEADERS 0x00004000
#define SF_NOTIFY_AUTHENTICATION 0x00002000
#define SF_NOTIFY_URL_MAP 0x00001000
#define SF_NOTIFY_ACCESS_DENIED 0x00000800
#define SF_NOTIFY_SEND_RESPONSE 0x00000040
#define SF_NOTIFY_SEND_RAW_DATA 0x00000400
#define SF_NOTIFY_LOG 0x00000200
#define SF_NOTIFY_END_OF_REQUEST 0x00000080
#define SF_NOTIFY_END_OF_NET_SESSION 0x00000100
#define SF_NOTIFY_AUTH_COMPLETE 0x04000000

#define SF_NOTIFY_ORDER_HIGH 0x00080000
#define SF_NOTIFY_ORDER_MEDIUM 0x00040000
#define SF_NOTIFY_ORDER_LOW 0x00020000
#define SF_NOTIFY_ORDER_DEFAULT SF_NOTIFY_ORDER_LOW
#define SF_NOTIFY_ORDER_MASK (SF_NOTIFY_ORDER_HIGH | SF_NOTIFY_ORDER_MEDIUM | SF_NOTIFY_ORDER_LOW)

/* Filled in by the filter's GetFilterVersion. */
typedef struct _HTTP_FILTER_VERSION {
    DWORD dwServerFilterVersion;
    DWORD dwFilterVersion;
    CHAR lpszFilterDesc[SF_MAX_FILTER_DESC_LEN];
    DWORD dwFlags;
} HTTP_FILTER_VERSION, *PHTTP_FILTER_VERSION;

/* The filter's exports. Declared without WINBASEAPI: a filter defines them, and
 * w3compat_add_filter exports exactly these names. */
DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification);
BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer);
BOOL WINAPI TerminateFilter(DWORD dwFlags);

W3COMPAT_END_C

#endif
