/* Layout of the HTTP Server API types that modules see (http.h): sizes, member offsets
 * and enumerator values. The expected numbers are MinGW-w64's http.h on x86_64 (the
 * ground truth); the native lane checks our http.h against them, the Wine lane checks
 * MinGW's own header, so both lanes hold the same numbers. Pointer members keep pointer
 * size although WCHAR is wider on Linux, so no number depends on sizeof(WCHAR). */
#include <stddef.h>

#include <winsock2.h>
#include <windows.h>
#include <http.h>

#include "w3test.h"

W3_TEST(http_byte_range)
{
    W3_CHECK_EQ(sizeof(HTTP_BYTE_RANGE), 16);
    W3_CHECK_EQ(offsetof(HTTP_BYTE_RANGE, StartingOffset), 0);
    W3_CHECK_EQ(offsetof(HTTP_BYTE_RANGE, Length), 8);
}

W3_TEST(http_version)
{
    W3_CHECK_EQ(sizeof(HTTP_VERSION), 4);
    W3_CHECK_EQ(offsetof(HTTP_VERSION, MajorVersion), 0);
    W3_CHECK_EQ(offsetof(HTTP_VERSION, MinorVersion), 2);
}

W3_TEST(http_known_header)
{
    W3_CHECK_EQ(sizeof(HTTP_KNOWN_HEADER), 16);
    W3_CHECK_EQ(offsetof(HTTP_KNOWN_HEADER, RawValueLength), 0);
    W3_CHECK_EQ(offsetof(HTTP_KNOWN_HEADER, pRawValue), 8);
}

W3_TEST(http_unknown_header)
{
    W3_CHECK_EQ(sizeof(HTTP_UNKNOWN_HEADER), 24);
    W3_CHECK_EQ(offsetof(HTTP_UNKNOWN_HEADER, NameLength), 0);
    W3_CHECK_EQ(offsetof(HTTP_UNKNOWN_HEADER, RawValueLength), 2);
    W3_CHECK_EQ(offsetof(HTTP_UNKNOWN_HEADER, pName), 8);
    W3_CHECK_EQ(offsetof(HTTP_UNKNOWN_HEADER, pRawValue), 16);
}

W3_TEST(http_data_chunk)
{
    W3_CHECK_EQ(sizeof(HTTP_DATA_CHUNK), 32);
    W3_CHECK_EQ(offsetof(HTTP_DATA_CHUNK, DataChunkType), 0);
    W3_CHECK_EQ(offsetof(HTTP_DATA_CHUNK, FromMemory.pBuffer), 8);
    W3_CHECK_EQ(offsetof(HTTP_DATA_CHUNK, FromMemory.BufferLength), 16);
    W3_CHECK_EQ(offsetof(HTTP_DATA_CHUNK, FromFileHandle.ByteRange), 8);
    W3_CHECK_EQ(offsetof(HTTP_DATA_CHUNK, FromFileHandle.FileHandle), 24);
    W3_CHECK_EQ(offsetof(HTTP_DATA_CHUNK, FromFragmentCache.FragmentNameLength), 8);
    W3_CHECK_EQ(offsetof(HTTP_DATA_CHUNK, FromFragmentCache.pFragmentName), 16);
}

W3_TEST(http_request_headers)
{
    W3_CHECK_EQ(sizeof(HTTP_REQUEST_HEADERS), 688);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_HEADERS, UnknownHeaderCount), 0);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_HEADERS, pUnknownHeaders), 8);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_HEADERS, TrailerCount), 16);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_HEADERS, pTrailers), 24);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_HEADERS, KnownHeaders), 32);
}

W3_TEST(http_response_headers)
{
    W3_CHECK_EQ(sizeof(HTTP_RESPONSE_HEADERS), 512);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_HEADERS, UnknownHeaderCount), 0);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_HEADERS, pUnknownHeaders), 8);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_HEADERS, TrailerCount), 16);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_HEADERS, pTrailers), 24);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_HEADERS, KnownHeaders), 32);
}

W3_TEST(http_transport_address)
{
    W3_CHECK_EQ(sizeof(HTTP_TRANSPORT_ADDRESS), 16);
    W3_CHECK_EQ(offsetof(HTTP_TRANSPORT_ADDRESS, pRemoteAddress), 0);
    W3_CHECK_EQ(offsetof(HTTP_TRANSPORT_ADDRESS, pLocalAddress), 8);
}

W3_TEST(http_cooked_url)
{
    W3_CHECK_EQ(sizeof(HTTP_COOKED_URL), 40);
    W3_CHECK_EQ(offsetof(HTTP_COOKED_URL, FullUrlLength), 0);
    W3_CHECK_EQ(offsetof(HTTP_COOKED_URL, HostLength), 2);
    W3_CHECK_EQ(offsetof(HTTP_COOKED_URL, AbsPathLength), 4);
    W3_CHECK_EQ(offsetof(HTTP_COOKED_URL, QueryStringLength), 6);
    W3_CHECK_EQ(offsetof(HTTP_COOKED_URL, pFullUrl), 8);
    W3_CHECK_EQ(offsetof(HTTP_COOKED_URL, pHost), 16);
    W3_CHECK_EQ(offsetof(HTTP_COOKED_URL, pAbsPath), 24);
    W3_CHECK_EQ(offsetof(HTTP_COOKED_URL, pQueryString), 32);
}

W3_TEST(http_ssl_client_cert_info)
{
    W3_CHECK_EQ(sizeof(HTTP_SSL_CLIENT_CERT_INFO), 32);
    W3_CHECK_EQ(offsetof(HTTP_SSL_CLIENT_CERT_INFO, CertFlags), 0);
    W3_CHECK_EQ(offsetof(HTTP_SSL_CLIENT_CERT_INFO, CertEncodedSize), 4);
    W3_CHECK_EQ(offsetof(HTTP_SSL_CLIENT_CERT_INFO, pCertEncoded), 8);
    W3_CHECK_EQ(offsetof(HTTP_SSL_CLIENT_CERT_INFO, Token), 16);
    W3_CHECK_EQ(offsetof(HTTP_SSL_CLIENT_CERT_INFO, CertDeniedByMapper), 24);
}

W3_TEST(http_ssl_info)
{
    W3_CHECK_EQ(sizeof(HTTP_SSL_INFO), 48);
    W3_CHECK_EQ(offsetof(HTTP_SSL_INFO, ServerCertKeySize), 0);
    W3_CHECK_EQ(offsetof(HTTP_SSL_INFO, ConnectionKeySize), 2);
    W3_CHECK_EQ(offsetof(HTTP_SSL_INFO, ServerCertIssuerSize), 4);
    W3_CHECK_EQ(offsetof(HTTP_SSL_INFO, ServerCertSubjectSize), 8);
    W3_CHECK_EQ(offsetof(HTTP_SSL_INFO, pServerCertIssuer), 16);
    W3_CHECK_EQ(offsetof(HTTP_SSL_INFO, pServerCertSubject), 24);
    W3_CHECK_EQ(offsetof(HTTP_SSL_INFO, pClientCertInfo), 32);
    W3_CHECK_EQ(offsetof(HTTP_SSL_INFO, SslClientCertNegotiated), 40);
}

W3_TEST(http_request_v1)
{
    W3_CHECK_EQ(sizeof(HTTP_REQUEST_V1), 848);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, Flags), 0);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, ConnectionId), 8);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, RequestId), 16);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, UrlContext), 24);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, Version), 32);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, Verb), 36);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, UnknownVerbLength), 40);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, RawUrlLength), 42);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, pUnknownVerb), 48);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, pRawUrl), 56);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, CookedUrl), 64);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, Address), 104);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, Headers), 120);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, BytesReceived), 808);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, EntityChunkCount), 816);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, pEntityChunks), 824);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, RawConnectionId), 832);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V1, pSslInfo), 840);
}

W3_TEST(http_request_info)
{
    W3_CHECK_EQ(sizeof(HTTP_REQUEST_INFO), 16);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_INFO, InfoType), 0);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_INFO, InfoLength), 4);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_INFO, pInfo), 8);
}

W3_TEST(http_request_v2)
{
    W3_CHECK_EQ(sizeof(HTTP_REQUEST_V2), 864);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V2, Flags), 0);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V2, Headers), 120);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V2, pSslInfo), 840);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V2, RequestInfoCount), 848);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST_V2, pRequestInfo), 856);
}

W3_TEST(http_request)
{
    W3_CHECK_EQ(sizeof(HTTP_REQUEST), 864);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST, RequestInfoCount), 848);
    W3_CHECK_EQ(offsetof(HTTP_REQUEST, pRequestInfo), 856);
}

W3_TEST(http_response_v1)
{
    W3_CHECK_EQ(sizeof(HTTP_RESPONSE_V1), 552);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V1, Flags), 0);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V1, Version), 4);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V1, StatusCode), 8);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V1, ReasonLength), 10);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V1, pReason), 16);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V1, Headers), 24);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V1, EntityChunkCount), 536);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V1, pEntityChunks), 544);
}

W3_TEST(http_response_info)
{
    W3_CHECK_EQ(sizeof(HTTP_RESPONSE_INFO), 16);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_INFO, Type), 0);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_INFO, Length), 4);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_INFO, pInfo), 8);
}

W3_TEST(http_multiple_known_headers)
{
    W3_CHECK_EQ(sizeof(HTTP_MULTIPLE_KNOWN_HEADERS), 24);
    W3_CHECK_EQ(offsetof(HTTP_MULTIPLE_KNOWN_HEADERS, HeaderId), 0);
    W3_CHECK_EQ(offsetof(HTTP_MULTIPLE_KNOWN_HEADERS, Flags), 4);
    W3_CHECK_EQ(offsetof(HTTP_MULTIPLE_KNOWN_HEADERS, KnownHeaderCount), 8);
    W3_CHECK_EQ(offsetof(HTTP_MULTIPLE_KNOWN_HEADERS, KnownHeaders), 16);
}

W3_TEST(http_response_v2)
{
    W3_CHECK_EQ(sizeof(HTTP_RESPONSE_V2), 568);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V2, Flags), 0);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V2, pEntityChunks), 544);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V2, ResponseInfoCount), 552);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE_V2, pResponseInfo), 560);
}

W3_TEST(http_response)
{
    W3_CHECK_EQ(sizeof(HTTP_RESPONSE), 568);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE, ResponseInfoCount), 552);
    W3_CHECK_EQ(offsetof(HTTP_RESPONSE, pResponseInfo), 560);
}

W3_TEST(http_cache_policy)
{
    W3_CHECK_EQ(sizeof(HTTP_CACHE_POLICY), 8);
    W3_CHECK_EQ(offsetof(HTTP_CACHE_POLICY, Policy), 0);
    W3_CHECK_EQ(offsetof(HTTP_CACHE_POLICY, SecondsToLive), 4);
}

W3_TEST(http_log_data)
{
    W3_CHECK_EQ(sizeof(HTTP_LOG_DATA), 4);
    W3_CHECK_EQ(offsetof(HTTP_LOG_DATA, Type), 0);
}

W3_TEST(http_log_fields_data)
{
    W3_CHECK_EQ(sizeof(HTTP_LOG_FIELDS_DATA), 144);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, Base), 0);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, UserNameLength), 4);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, ReferrerLength), 24);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, UserName), 32);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, UriStem), 40);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, ClientIp), 48);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, Referrer), 120);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, ServerPort), 128);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, ProtocolStatus), 130);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, Win32Status), 132);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, MethodNum), 136);
    W3_CHECK_EQ(offsetof(HTTP_LOG_FIELDS_DATA, SubStatus), 140);
}

W3_TEST(http_verb)
{
    W3_CHECK_EQ(HttpVerbUnparsed, 0);
    W3_CHECK_EQ(HttpVerbGET, 4);
    W3_CHECK_EQ(HttpVerbPOST, 6);
    W3_CHECK_EQ(HttpVerbSEARCH, 19);
    W3_CHECK_EQ(HttpVerbMaximum, 20);
}

W3_TEST(http_header_id)
{
    W3_CHECK_EQ(HttpHeaderCacheControl, 0);
    W3_CHECK_EQ(HttpHeaderContentLength, 11);
    W3_CHECK_EQ(HttpHeaderLastModified, 19);
    W3_CHECK_EQ(HttpHeaderAccept, 20);
    W3_CHECK_EQ(HttpHeaderAuthorization, 24);
    W3_CHECK_EQ(HttpHeaderCookie, 25);
    W3_CHECK_EQ(HttpHeaderHost, 28);
    W3_CHECK_EQ(HttpHeaderReferer, 36);
    W3_CHECK_EQ(HttpHeaderRange, 37);
    W3_CHECK_EQ(HttpHeaderUserAgent, 40);
    W3_CHECK_EQ(HttpHeaderRequestMaximum, 41);
    W3_CHECK_EQ(HttpHeaderAcceptRanges, 20);
    W3_CHECK_EQ(HttpHeaderAge, 21);
    W3_CHECK_EQ(HttpHeaderEtag, 22);
    W3_CHECK_EQ(HttpHeaderLocation, 23);
    W3_CHECK_EQ(HttpHeaderProxyAuthenticate, 24);
    W3_CHECK_EQ(HttpHeaderRetryAfter, 25);
    W3_CHECK_EQ(HttpHeaderServer, 26);
    W3_CHECK_EQ(HttpHeaderSetCookie, 27);
    W3_CHECK_EQ(HttpHeaderVary, 28);
    W3_CHECK_EQ(HttpHeaderWwwAuthenticate, 29);
    W3_CHECK_EQ(HttpHeaderResponseMaximum, 30);
    W3_CHECK_EQ(HttpHeaderMaximum, 41);
    W3_CHECK_EQ(sizeof(HTTP_HEADER_ID), 4);
}

W3_TEST(http_data_chunk_type)
{
    W3_CHECK_EQ(HttpDataChunkFromMemory, 0);
    W3_CHECK_EQ(HttpDataChunkFromFileHandle, 1);
    W3_CHECK_EQ(HttpDataChunkFromFragmentCache, 2);
    W3_CHECK_EQ(HttpDataChunkFromFragmentCacheEx, 3);
    W3_CHECK_EQ(HttpDataChunkMaximum, 4);
}

W3_TEST(info_types)
{
    W3_CHECK_EQ(HttpRequestInfoTypeAuth, 0);
    W3_CHECK_EQ(HttpResponseInfoTypeMultipleKnownHeaders, 0);
    W3_CHECK_EQ(HttpResponseInfoTypeChannelBind, 3);
}

W3_TEST(policy_and_log_types)
{
    W3_CHECK_EQ(HttpCachePolicyNocache, 0);
    W3_CHECK_EQ(HttpCachePolicyUserInvalidates, 1);
    W3_CHECK_EQ(HttpCachePolicyTimeToLive, 2);
    W3_CHECK_EQ(HttpCachePolicyMaximum, 3);
    W3_CHECK_EQ(HttpLogDataTypeFields, 0);
}

W3_TEST(flags)
{
    W3_CHECK_EQ(HTTP_REQUEST_FLAG_MORE_ENTITY_BODY_EXISTS, 1);
    W3_CHECK_EQ(HTTP_SEND_RESPONSE_FLAG_DISCONNECT, 1);
    W3_CHECK_EQ(HTTP_SEND_RESPONSE_FLAG_MORE_DATA, 2);
    W3_CHECK_EQ(HTTP_SEND_RESPONSE_FLAG_BUFFER_DATA, 4);
    W3_CHECK_EQ(HTTP_BYTE_RANGE_TO_EOF, 0xFFFFFFFFFFFFFFFFull);
}
