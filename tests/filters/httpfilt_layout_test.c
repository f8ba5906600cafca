/* httpfilt.h layouts and constants. Natively this checks our header; under Wine the
 * same numbers are checked against MinGW's, so both headers agree with each other. */
#include <windows.h>
#include <httpfilt.h>

#include "w3layout.h"

W3_TEST(filter_context_layout)
{
    SIZE(HTTP_FILTER_CONTEXT, 72, 44);
    OFF(HTTP_FILTER_CONTEXT, cbSize, 0, 0);
    OFF(HTTP_FILTER_CONTEXT, Revision, 4, 4);
    OFF(HTTP_FILTER_CONTEXT, ServerContext, 8, 8);
    OFF(HTTP_FILTER_CONTEXT, ulReserved, 16, 12);
    OFF(HTTP_FILTER_CONTEXT, fIsSecurePort, 20, 16);
    OFF(HTTP_FILTER_CONTEXT, pFilterContext, 24, 20);
    OFF(HTTP_FILTER_CONTEXT, GetServerVariable, 32, 24);
    OFF(HTTP_FILTER_CONTEXT, AddResponseHeaders, 40, 28);
    OFF(HTTP_FILTER_CONTEXT, WriteClient, 48, 32);
    OFF(HTTP_FILTER_CONTEXT, AllocMem, 56, 36);
    OFF(HTTP_FILTER_CONTEXT, ServerSupportFunction, 64, 40);
    W3_CHECK_EQ(sizeof(PHTTP_FILTER_CONTEXT), sizeof(void *));
}

W3_TEST(raw_data_layout)
{
    SIZE(HTTP_FILTER_RAW_DATA, 24, 16);
    OFF(HTTP_FILTER_RAW_DATA, pvInData, 0, 0);
    OFF(HTTP_FILTER_RAW_DATA, cbInData, 8, 4);
    OFF(HTTP_FILTER_RAW_DATA, cbInBuffer, 12, 8);
    OFF(HTTP_FILTER_RAW_DATA, dwReserved, 16, 12);
}

W3_TEST(preproc_headers_layout)
{
    SIZE(HTTP_FILTER_PREPROC_HEADERS, 32, 20);
    OFF(HTTP_FILTER_PREPROC_HEADERS, GetHeader, 0, 0);
    OFF(HTTP_FILTER_PREPROC_HEADERS, SetHeader, 8, 4);
    OFF(HTTP_FILTER_PREPROC_HEADERS, AddHeader, 16, 8);
    OFF(HTTP_FILTER_PREPROC_HEADERS, HttpStatus, 24, 12);
    OFF(HTTP_FILTER_PREPROC_HEADERS, dwReserved, 28, 16);
    SIZE(HTTP_FILTER_SEND_RESPONSE, 32, 20);
    W3_CHECK_EQ(sizeof(*(PHTTP_FILTER_SEND_RESPONSE)0), sizeof(HTTP_FILTER_PREPROC_HEADERS));
}

W3_TEST(authent_layout)
{
    SIZE(HTTP_FILTER_AUTHENT, 32, 16);
    OFF(HTTP_FILTER_AUTHENT, pszUser, 0, 0);
    OFF(HTTP_FILTER_AUTHENT, cbUserBuff, 8, 4);
    OFF(HTTP_FILTER_AUTHENT, pszPassword, 16, 8);
    OFF(HTTP_FILTER_AUTHENT, cbPasswordBuff, 24, 12);
}

W3_TEST(url_map_layout)
{
    SIZE(HTTP_FILTER_URL_MAP, 24, 12);
    OFF(HTTP_FILTER_URL_MAP, pszURL, 0, 0);
    OFF(HTTP_FILTER_URL_MAP, pszPhysicalPath, 8, 4);
    OFF(HTTP_FILTER_URL_MAP, cbPathBuff, 16, 8);
    SIZE(HTTP_FILTER_URL_MAP_EX, 40, 28);
    OFF(HTTP_FILTER_URL_MAP_EX, pszURL, 0, 0);
    OFF(HTTP_FILTER_URL_MAP_EX, pszPhysicalPath, 8, 4);
    OFF(HTTP_FILTER_URL_MAP_EX, cbPathBuff, 16, 8);
    OFF(HTTP_FILTER_URL_MAP_EX, dwFlags, 20, 12);
    OFF(HTTP_FILTER_URL_MAP_EX, cchMatchingPath, 24, 16);
    OFF(HTTP_FILTER_URL_MAP_EX, cchMatchingURL, 28, 20);
    OFF(HTTP_FILTER_URL_MAP_EX, pszScriptMapEntry, 32, 24);
}

W3_TEST(access_denied_layout)
{
    SIZE(HTTP_FILTER_ACCESS_DENIED, 24, 12);
    OFF(HTTP_FILTER_ACCESS_DENIED, pszURL, 0, 0);
    OFF(HTTP_FILTER_ACCESS_DENIED, pszPhysicalPath, 8, 4);
    OFF(HTTP_FILTER_ACCESS_DENIED, dwReason, 16, 8);
}

W3_TEST(log_layout)
{
    SIZE(HTTP_FILTER_LOG, 72, 44);
    OFF(HTTP_FILTER_LOG, pszClientHostName, 0, 0);
    OFF(HTTP_FILTER_LOG, pszClientUserName, 8, 4);
    OFF(HTTP_FILTER_LOG, pszServerName, 16, 8);
    OFF(HTTP_FILTER_LOG, pszOperation, 24, 12);
    OFF(HTTP_FILTER_LOG, pszTarget, 32, 16);
    OFF(HTTP_FILTER_LOG, pszParameters, 40, 20);
    OFF(HTTP_FILTER_LOG, dwHttpStatus, 48, 24);
    OFF(HTTP_FILTER_LOG, dwWin32Status, 52, 28);
    OFF(HTTP_FILTER_LOG, dwBytesSent, 56, 32);
    OFF(HTTP_FILTER_LOG, dwBytesRecvd, 60, 36);
    OFF(HTTP_FILTER_LOG, msTimeForProcessing, 64, 40);
}

W3_TEST(auth_complete_layout)
{
    SIZE(HTTP_FILTER_AUTH_COMPLETE_INFO, 48, 28);
    OFF(HTTP_FILTER_AUTH_COMPLETE_INFO, GetHeader, 0, 0);
    OFF(HTTP_FILTER_AUTH_COMPLETE_INFO, SetHeader, 8, 4);
    OFF(HTTP_FILTER_AUTH_COMPLETE_INFO, AddHeader, 16, 8);
    OFF(HTTP_FILTER_AUTH_COMPLETE_INFO, GetUserToken, 24, 12);
    OFF(HTTP_FILTER_AUTH_COMPLETE_INFO, HttpStatus, 32, 16);
    OFF(HTTP_FILTER_AUTH_COMPLETE_INFO, fResetAuth, 36, 20);
    OFF(HTTP_FILTER_AUTH_COMPLETE_INFO, dwReserved, 40, 24);
}

W3_TEST(filter_version_layout)
{
    SIZE(HTTP_FILTER_VERSION, 272, 272);
    OFF(HTTP_FILTER_VERSION, dwServerFilterVersion, 0, 0);
    OFF(HTTP_FILTER_VERSION, dwFilterVersion, 4, 4);
    OFF(HTTP_FILTER_VERSION, lpszFilterDesc, 8, 8);
    OFF(HTTP_FILTER_VERSION, dwFlags, 268, 268);
    W3_CHECK_EQ(sizeof(((HTTP_FILTER_VERSION *)0)->lpszFilterDesc), 257);
}

W3_TEST(size_constants)
{
    W3_CHECK_EQ(HTTP_FILTER_REVISION, 0x00060000);
    W3_CHECK_EQ(SF_MAX_USERNAME, 257);
    W3_CHECK_EQ(SF_MAX_PASSWORD, 257);
    W3_CHECK_EQ(SF_MAX_AUTH_TYPE, 33);
    W3_CHECK_EQ(SF_MAX_FILTER_DESC_LEN, 257);
}

W3_TEST(request_type_values)
{
    W3_CHECK_EQ(SF_REQ_SEND_RESPONSE_HEADER, 0);
    W3_CHECK_EQ(SF_REQ_ADD_HEADERS_ON_DENIAL, 1);
    W3_CHECK_EQ(SF_REQ_SET_NEXT_READ_SIZE, 2);
    W3_CHECK_EQ(SF_REQ_SET_PROXY_INFO, 3);
    W3_CHECK_EQ(SF_REQ_GET_CONNID, 4);
    W3_CHECK_EQ(SF_REQ_SET_CERTIFICATE_INFO, 5);
    W3_CHECK_EQ(SF_REQ_GET_PROPERTY, 6);
    W3_CHECK_EQ(SF_REQ_NORMALIZE_URL, 7);
    W3_CHECK_EQ(SF_REQ_DISABLE_NOTIFICATIONS, 8);
    W3_CHECK_EQ(SF_PROPERTY_SSL_CTXT, 0);
    W3_CHECK_EQ(SF_PROPERTY_INSTANCE_NUM_ID, 1);
    W3_CHECK_EQ(sizeof(enum SF_REQ_TYPE), 4);
}

W3_TEST(status_values)
{
    W3_CHECK_EQ(SF_STATUS_REQ_FINISHED, 0x08000000);
    W3_CHECK_EQ(SF_STATUS_REQ_FINISHED_KEEP_CONN, 0x08000001);
    W3_CHECK_EQ(SF_STATUS_REQ_NEXT_NOTIFICATION, 0x08000002);
    W3_CHECK_EQ(SF_STATUS_REQ_HANDLED_NOTIFICATION, 0x08000003);
    W3_CHECK_EQ(SF_STATUS_REQ_ERROR, 0x08000004);
    W3_CHECK_EQ(SF_STATUS_REQ_READ_NEXT, 0x08000005);
}

W3_TEST(denied_reason_values)
{
    W3_CHECK_EQ(SF_DENIED_LOGON, 0x1);
    W3_CHECK_EQ(SF_DENIED_RESOURCE, 0x2);
    W3_CHECK_EQ(SF_DENIED_FILTER, 0x4);
    W3_CHECK_EQ(SF_DENIED_APPLICATION, 0x8);
    W3_CHECK_EQ(SF_DENIED_BY_CONFIG, 0x10000);
}

W3_TEST(notify_flag_values)
{
    W3_CHECK_EQ(SF_NOTIFY_SECURE_PORT, 0x1);
    W3_CHECK_EQ(SF_NOTIFY_NONSECURE_PORT, 0x2);
    W3_CHECK_EQ(SF_NOTIFY_READ_RAW_DATA, 0x8000);
    W3_CHECK_EQ(SF_NOTIFY_PREPROC_HEADERS, 0x4000);
    W3_CHECK_EQ(SF_NOTIFY_AUTHENTICATION, 0x2000);
    W3_CHECK_EQ(SF_NOTIFY_URL_MAP, 0x1000);
    W3_CHECK_EQ(SF_NOTIFY_ACCESS_DENIED, 0x800);
    W3_CHECK_EQ(SF_NOTIFY_SEND_RESPONSE, 0x40);
    W3_CHECK_EQ(SF_NOTIFY_SEND_RAW_DATA, 0x400);
    W3_CHECK_EQ(SF_NOTIFY_LOG, 0x200);
    W3_CHECK_EQ(SF_NOTIFY_END_OF_REQUEST, 0x80);
    W3_CHECK_EQ(SF_NOTIFY_END_OF_NET_SESSION, 0x100);
    W3_CHECK_EQ(SF_NOTIFY_AUTH_COMPLETE, 0x04000000);
    W3_CHECK_EQ(SF_NOTIFY_ORDER_HIGH, 0x80000);
    W3_CHECK_EQ(SF_NOTIFY_ORDER_MEDIUM, 0x40000);
    W3_CHECK_EQ(SF_NOTIFY_ORDER_LOW, 0x20000);
    W3_CHECK_EQ(SF_NOTIFY_ORDER_DEFAULT, SF_NOTIFY_ORDER_LOW);
    W3_CHECK_EQ(SF_NOTIFY_ORDER_MASK, 0xE0000);
}

/* The entry-point prototypes are the ones a filter defines. */
_Static_assert(__builtin_types_compatible_p(__typeof__(&GetFilterVersion),
                                            BOOL(WINAPI *)(HTTP_FILTER_VERSION *)),
               "GetFilterVersion prototype");
_Static_assert(__builtin_types_compatible_p(__typeof__(&HttpFilterProc),
                                            DWORD(WINAPI *)(HTTP_FILTER_CONTEXT *, DWORD, VOID *)),
               "HttpFilterProc prototype");
_Static_assert(__builtin_types_compatible_p(__typeof__(&TerminateFilter), BOOL(WINAPI *)(DWORD)),
               "TerminateFilter prototype");
