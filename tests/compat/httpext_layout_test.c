/* httpext.h layouts and constants. Natively this checks our header; under Wine the same
 * numbers are checked against MinGW's, so both headers agree with each other. */
#include <windows.h>
#include <httpext.h>
#include <stddef.h>

#include "w3test.h"

/* Expected offsets for 64-bit (LP64 and LLP64 agree: DWORD 4, pointers 8) and 32-bit. */
#define P64(a, b) (sizeof(void *) == 8 ? (a) : (b))
#define OFF(type, field, off64, off32) W3_CHECK_EQ(offsetof(type, field), P64(off64, off32))
#define SIZE(type, size64, size32) W3_CHECK_EQ(sizeof(type), P64(size64, size32))

W3_TEST(version_and_status_values)
{
    W3_CHECK_EQ(HSE_VERSION, 0x00060000);
    W3_CHECK_EQ(HSE_STATUS_SUCCESS, 1);
    W3_CHECK_EQ(HSE_STATUS_SUCCESS_AND_KEEP_CONN, 2);
    W3_CHECK_EQ(HSE_STATUS_PENDING, 3);
    W3_CHECK_EQ(HSE_STATUS_ERROR, 4);
    W3_CHECK_EQ(HSE_TERM_ADVISORY_UNLOAD, 1);
    W3_CHECK_EQ(HSE_TERM_MUST_UNLOAD, 2);
    W3_CHECK_EQ(HSE_LOG_BUFFER_LEN, 80);
    W3_CHECK_EQ(HSE_MAX_EXT_DLL_NAME_LEN, 256);
}

W3_TEST(server_support_request_numbers)
{
    W3_CHECK_EQ(HSE_REQ_SEND_URL_REDIRECT_RESP, 1);
    W3_CHECK_EQ(HSE_REQ_SEND_URL, 2);
    W3_CHECK_EQ(HSE_REQ_SEND_RESPONSE_HEADER, 3);
    W3_CHECK_EQ(HSE_REQ_DONE_WITH_SESSION, 4);
    W3_CHECK_EQ(HSE_REQ_MAP_URL_TO_PATH, 1001);
    W3_CHECK_EQ(HSE_APPEND_LOG_PARAMETER, 1003);
    W3_CHECK_EQ(HSE_REQ_IO_COMPLETION, 1005);
    W3_CHECK_EQ(HSE_REQ_TRANSMIT_FILE, 1006);
    W3_CHECK_EQ(HSE_REQ_IS_KEEP_CONN, 1008);
    W3_CHECK_EQ(HSE_REQ_ASYNC_READ_CLIENT, 1010);
    W3_CHECK_EQ(HSE_REQ_GET_IMPERSONATION_TOKEN, 1011);
    W3_CHECK_EQ(HSE_REQ_MAP_URL_TO_PATH_EX, 1012);
    W3_CHECK_EQ(HSE_REQ_ABORTIVE_CLOSE, 1014);
    W3_CHECK_EQ(HSE_REQ_GET_CERT_INFO_EX, 1015);
    W3_CHECK_EQ(HSE_REQ_SEND_RESPONSE_HEADER_EX, 1016);
    W3_CHECK_EQ(HSE_REQ_CLOSE_CONNECTION, 1017);
    W3_CHECK_EQ(HSE_REQ_IS_CONNECTED, 1018);
    W3_CHECK_EQ(HSE_REQ_MAP_UNICODE_URL_TO_PATH, 1023);
    W3_CHECK_EQ(HSE_REQ_MAP_UNICODE_URL_TO_PATH_EX, 1024);
    W3_CHECK_EQ(HSE_REQ_EXEC_UNICODE_URL, 1025);
    W3_CHECK_EQ(HSE_REQ_EXEC_URL, 1026);
    W3_CHECK_EQ(HSE_REQ_GET_EXEC_URL_STATUS, 1027);
    W3_CHECK_EQ(HSE_REQ_SEND_CUSTOM_ERROR, 1028);
    W3_CHECK_EQ(HSE_REQ_IS_IN_PROCESS, 1030);
    W3_CHECK_EQ(HSE_REQ_REPORT_UNHEALTHY, 1032);
    W3_CHECK_EQ(HSE_REQ_NORMALIZE_URL, 1033);
    W3_CHECK_EQ(HSE_REQ_VECTOR_SEND, 1037);
    W3_CHECK_EQ(HSE_REQ_SET_FLUSH_FLAG, 1043);
    W3_CHECK_EQ(HSE_REQ_CANCEL_IO, 1049);
    W3_CHECK_EQ(HSE_REQ_GET_CHANNEL_BINDING_TOKEN, 1050);
}

W3_TEST(io_and_url_flags)
{
    W3_CHECK_EQ(HSE_IO_SYNC, 0x1);
    W3_CHECK_EQ(HSE_IO_ASYNC, 0x2);
    W3_CHECK_EQ(HSE_IO_DISCONNECT_AFTER_SEND, 0x4);
    W3_CHECK_EQ(HSE_IO_SEND_HEADERS, 0x8);
    W3_CHECK_EQ(HSE_IO_FINAL_SEND, 0x10);
    W3_CHECK_EQ(HSE_IO_CACHE_RESPONSE, 0x20);
    W3_CHECK_EQ(HSE_IO_TRY_SKIP_CUSTOM_ERRORS, 0x40);
    W3_CHECK_EQ(HSE_IO_NODELAY, 0x1000);
    W3_CHECK_EQ(HSE_URL_FLAGS_READ, 0x1);
    W3_CHECK_EQ(HSE_URL_FLAGS_EXECUTE, 0x4);
    W3_CHECK_EQ(HSE_URL_FLAGS_SCRIPT, 0x200);
    W3_CHECK_EQ(HSE_URL_FLAGS_MASK, 0x3ff);
    W3_CHECK_EQ(HSE_EXEC_URL_NO_HEADERS, 0x02);
    W3_CHECK_EQ(HSE_EXEC_URL_IGNORE_CURRENT_INTERCEPTOR, 0x04);
    W3_CHECK_EQ(HSE_EXEC_URL_DISABLE_CUSTOM_ERROR, 0x20);
    W3_CHECK_EQ(HSE_VECTOR_ELEMENT_TYPE_FILE_HANDLE, 1);
}

W3_TEST(version_info_layout)
{
    SIZE(HSE_VERSION_INFO, 260, 260);
    OFF(HSE_VERSION_INFO, dwExtensionVersion, 0, 0);
    OFF(HSE_VERSION_INFO, lpszExtensionDesc, 4, 4);
}

W3_TEST(extension_control_block_layout)
{
    SIZE(EXTENSION_CONTROL_BLOCK, 192, 144);
    OFF(EXTENSION_CONTROL_BLOCK, cbSize, 0, 0);
    OFF(EXTENSION_CONTROL_BLOCK, dwVersion, 4, 4);
    OFF(EXTENSION_CONTROL_BLOCK, ConnID, 8, 8);
    OFF(EXTENSION_CONTROL_BLOCK, dwHttpStatusCode, 16, 12);
    OFF(EXTENSION_CONTROL_BLOCK, lpszLogData, 20, 16);
    OFF(EXTENSION_CONTROL_BLOCK, lpszMethod, 104, 96);
    OFF(EXTENSION_CONTROL_BLOCK, lpszQueryString, 112, 100);
    OFF(EXTENSION_CONTROL_BLOCK, lpszPathInfo, 120, 104);
    OFF(EXTENSION_CONTROL_BLOCK, lpszPathTranslated, 128, 108);
    OFF(EXTENSION_CONTROL_BLOCK, cbTotalBytes, 136, 112);
    OFF(EXTENSION_CONTROL_BLOCK, cbAvailable, 140, 116);
    OFF(EXTENSION_CONTROL_BLOCK, lpbData, 144, 120);
    OFF(EXTENSION_CONTROL_BLOCK, lpszContentType, 152, 124);
    OFF(EXTENSION_CONTROL_BLOCK, GetServerVariable, 160, 128);
    OFF(EXTENSION_CONTROL_BLOCK, WriteClient, 168, 132);
    OFF(EXTENSION_CONTROL_BLOCK, ReadClient, 176, 136);
    OFF(EXTENSION_CONTROL_BLOCK, ServerSupportFunction, 184, 140);
    W3_CHECK_EQ(sizeof(LPEXTENSION_CONTROL_BLOCK), sizeof(void *));
}

W3_TEST(url_map_layouts)
{
    SIZE(HSE_URL_MAPEX_INFO, 280, 280);
    OFF(HSE_URL_MAPEX_INFO, dwFlags, 260, 260);
    OFF(HSE_URL_MAPEX_INFO, cchMatchingPath, 264, 264);
    OFF(HSE_URL_MAPEX_INFO, cchMatchingURL, 268, 268);
    OFF(HSE_URL_MAPEX_INFO, dwReserved2, 276, 276);
    /* WCHAR is 2 bytes on Windows and wchar_t (4) on Linux: see docs/wchar.md. */
    W3_CHECK_EQ(sizeof(HSE_UNICODE_URL_MAPEX_INFO), MAX_PATH * sizeof(WCHAR) + 12);
    W3_CHECK_EQ(offsetof(HSE_UNICODE_URL_MAPEX_INFO, dwFlags), MAX_PATH * sizeof(WCHAR));
    W3_CHECK_EQ(offsetof(HSE_UNICODE_URL_MAPEX_INFO, cchMatchingURL), MAX_PATH * sizeof(WCHAR) + 8);
}

W3_TEST(transmit_file_layout)
{
    SIZE(HSE_TF_INFO, 72, 44);
    OFF(HSE_TF_INFO, pfnHseIO, 0, 0);
    OFF(HSE_TF_INFO, pContext, 8, 4);
    OFF(HSE_TF_INFO, hFile, 16, 8);
    OFF(HSE_TF_INFO, pszStatusCode, 24, 12);
    OFF(HSE_TF_INFO, BytesToWrite, 32, 16);
    OFF(HSE_TF_INFO, Offset, 36, 20);
    OFF(HSE_TF_INFO, pHead, 40, 24);
    OFF(HSE_TF_INFO, HeadLength, 48, 28);
    OFF(HSE_TF_INFO, pTail, 56, 32);
    OFF(HSE_TF_INFO, TailLength, 64, 36);
    OFF(HSE_TF_INFO, dwFlags, 68, 40);
}

W3_TEST(send_header_ex_layout)
{
    SIZE(HSE_SEND_HEADER_EX_INFO, 32, 20);
    OFF(HSE_SEND_HEADER_EX_INFO, pszStatus, 0, 0);
    OFF(HSE_SEND_HEADER_EX_INFO, pszHeader, 8, 4);
    OFF(HSE_SEND_HEADER_EX_INFO, cchStatus, 16, 8);
    OFF(HSE_SEND_HEADER_EX_INFO, cchHeader, 20, 12);
    OFF(HSE_SEND_HEADER_EX_INFO, fKeepConn, 24, 16);
}

W3_TEST(exec_url_layouts)
{
    SIZE(HSE_EXEC_URL_INFO, 48, 24);
    OFF(HSE_EXEC_URL_INFO, pszUrl, 0, 0);
    OFF(HSE_EXEC_URL_INFO, pszMethod, 8, 4);
    OFF(HSE_EXEC_URL_INFO, pszChildHeaders, 16, 8);
    OFF(HSE_EXEC_URL_INFO, pUserInfo, 24, 12);
    OFF(HSE_EXEC_URL_INFO, pEntity, 32, 16);
    OFF(HSE_EXEC_URL_INFO, dwExecUrlFlags, 40, 20);
    SIZE(HSE_EXEC_URL_USER_INFO, 24, 12);
    SIZE(HSE_EXEC_URL_ENTITY_INFO, 16, 8);
    OFF(HSE_EXEC_URL_ENTITY_INFO, lpbData, 8, 4);
    SIZE(HSE_EXEC_URL_STATUS, 8, 8);
    OFF(HSE_EXEC_URL_STATUS, uHttpSubStatus, 2, 2);
    OFF(HSE_EXEC_URL_STATUS, dwWin32Error, 4, 4);
    SIZE(HSE_EXEC_UNICODE_URL_INFO, 48, 24);
}

W3_TEST(custom_error_and_trace_layouts)
{
    SIZE(HSE_CUSTOM_ERROR_INFO, 16, 12);
    OFF(HSE_CUSTOM_ERROR_INFO, uHttpSubError, 8, 4);
    OFF(HSE_CUSTOM_ERROR_INFO, fAsync, 12, 8);
    SIZE(HSE_TRACE_INFO, 28, 28);
    OFF(HSE_TRACE_INFO, TraceContextId, 4, 4);
    OFF(HSE_TRACE_INFO, dwReserved2, 24, 24);
}

W3_TEST(response_vector_layout)
{
    SIZE(HSE_VECTOR_ELEMENT, 32, 24);
    OFF(HSE_VECTOR_ELEMENT, pvContext, 8, 4);
    OFF(HSE_VECTOR_ELEMENT, cbOffset, 16, 8);
    OFF(HSE_VECTOR_ELEMENT, cbSize, 24, 16);
    SIZE(HSE_RESPONSE_VECTOR, 40, 20);
    OFF(HSE_RESPONSE_VECTOR, pszStatus, 8, 4);
    OFF(HSE_RESPONSE_VECTOR, pszHeaders, 16, 8);
    OFF(HSE_RESPONSE_VECTOR, nElementCount, 24, 12);
    OFF(HSE_RESPONSE_VECTOR, lpElementArray, 32, 16);
}

W3_TEST(client_certificate_layouts)
{
    SIZE(CERT_CONTEXT, 40, 20);
    OFF(CERT_CONTEXT, pbCertEncoded, 8, 4);
    OFF(CERT_CONTEXT, cbCertEncoded, 16, 8);
    OFF(CERT_CONTEXT, pCertInfo, 24, 12);
    OFF(CERT_CONTEXT, hCertStore, 32, 16);
    SIZE(CERT_CONTEXT_EX, 48, 28);
    OFF(CERT_CONTEXT_EX, cbAllocated, 40, 20);
    OFF(CERT_CONTEXT_EX, dwCertificateFlags, 44, 24);
    SIZE(CERT_INFO, 208, 112);
    OFF(CERT_INFO, SerialNumber, 8, 4);
    OFF(CERT_INFO, SignatureAlgorithm, 24, 12);
    OFF(CERT_INFO, Issuer, 48, 24);
    OFF(CERT_INFO, NotBefore, 64, 32);
    OFF(CERT_INFO, NotAfter, 72, 40);
    OFF(CERT_INFO, Subject, 80, 48);
    OFF(CERT_INFO, SubjectPublicKeyInfo, 96, 56);
    OFF(CERT_INFO, IssuerUniqueId, 144, 80);
    OFF(CERT_INFO, SubjectUniqueId, 168, 92);
    OFF(CERT_INFO, cExtension, 192, 104);
    OFF(CERT_INFO, rgExtension, 200, 108);
    W3_CHECK_EQ(X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, 0x00010001);
}

/* The entry points' types as an extension DLL's loader uses them. */
static BOOL WINAPI version_stub(HSE_VERSION_INFO *info)
{
    info->dwExtensionVersion = HSE_VERSION;
    return TRUE;
}

W3_TEST(entry_point_types)
{
    PFN_GETEXTENSIONVERSION get_version = version_stub;
    HSE_VERSION_INFO info = {0, {0}};
    W3_CHECK(get_version(&info));
    W3_CHECK_EQ(info.dwExtensionVersion, HSE_VERSION);
}
