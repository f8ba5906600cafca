/* IHttpRequest over the engine's request. */
#include "bridge_context.h"

#include <string.h>

namespace w3b
{

PCSTR Request::GetHeader(PCSTR name, USHORT *cch) const
{
    return w3e_header_value(req_->arena, &req_->headers, name, cch);
}

PCSTR Request::GetHeader(HTTP_HEADER_ID id, USHORT *cch) const
{
    return GetHeader(w3e_request_header_name((unsigned long)id), cch);
}

HRESULT Request::SetHeader(PCSTR name, PCSTR value, USHORT cch, BOOL replace)
{
    return w3e_header_change(req_->arena, &req_->headers, name, value, cch, replace);
}

HRESULT Request::SetHeader(HTTP_HEADER_ID id, PCSTR value, USHORT cch, BOOL replace)
{
    return SetHeader(w3e_request_header_name((unsigned long)id), value, cch, replace);
}

HRESULT Request::DeleteHeader(PCSTR name)
{
    return w3e_mreq_delete_header(req_, name);
}

HRESULT Request::DeleteHeader(HTTP_HEADER_ID id)
{
    return w3e_mreq_delete_header(req_, w3e_request_header_name((unsigned long)id));
}

HRESULT Request::SetUrl(PCSTR url, DWORD cch, BOOL reset_query)
{
    return w3e_mreq_set_url(req_, url, cch, reset_query);
}

HRESULT Request::SetUrl(PCWSTR url, DWORD cch, BOOL reset_query)
{
    char *u = narrow(req_->arena, url, cch);
    if (url == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    if (u == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    return w3e_mreq_set_url(req_, u, strlen(u), reset_query);
}

PCWSTR Request::GetForwardedUrl() const
{
    return req_->original_url ? wide(req_->arena, req_->url) : NULL;
}

/* An IPv4 address text into a sockaddr_in, without Winsock calls. */
static PSOCKADDR to_sockaddr(SOCKADDR_STORAGE *out, const char *addr, unsigned short port)
{
    unsigned char bytes[4];
    unsigned part = 0, value = 0, digits = 0;
    for (const char *p = addr;; p++) {
        if (*p >= '0' && *p <= '9' && digits < 3) {
            value = value * 10 + (unsigned)(*p - '0');
            digits++;
        } else if ((*p == '.' || *p == '\0') && digits != 0 && value < 256 && part < 4) {
            bytes[part++] = (unsigned char)value;
            value = digits = 0;
            if (*p == '\0')
                break;
        } else {
            return NULL;
        }
    }
    if (part != 4)
        return NULL;
    memset(out, 0, sizeof *out);
    SOCKADDR_IN *in = reinterpret_cast<SOCKADDR_IN *>(out);
    in->sin_family = AF_INET;
    unsigned char *port_bytes = reinterpret_cast<unsigned char *>(&in->sin_port);
    port_bytes[0] = (unsigned char)(port >> 8); /* network order */
    port_bytes[1] = (unsigned char)port;
    memcpy(&in->sin_addr, bytes, 4);
    return reinterpret_cast<PSOCKADDR>(out);
}

PSOCKADDR Request::GetLocalAddress() const
{
    PSOCKADDR a = to_sockaddr(&local_, req_->conn->local_addr, req_->conn->local_port);
    if (a == NULL)
        W3B_NOT_SUPPORTED(req_->conn->server, "IHttpRequest::GetLocalAddress for IPv6");
    return a;
}

PSOCKADDR Request::GetRemoteAddress() const
{
    PSOCKADDR a = to_sockaddr(&remote_, req_->conn->remote_addr, req_->conn->remote_port);
    if (a == NULL)
        W3B_NOT_SUPPORTED(req_->conn->server, "IHttpRequest::GetRemoteAddress for IPv6");
    return a;
}

HRESULT Request::ReadEntityBody(VOID *buf, DWORD cb, BOOL async, DWORD *received, BOOL *pending)
{
    DWORD got = 0;
    if (pending != NULL)
        *pending = FALSE;
    /* The body has arrived before the handler stages run (from RQ_AUTHORIZE_REQUEST on),
     * so the read completes now; asynchronous reads report that completion through
     * OnAsyncCompletion. Earlier, the body is still on its way and cannot be waited for. */
    if (w3e_mreq_body_on_its_way(req_)) {
        if (received != NULL)
            *received = 0;
        return W3B_NOT_SUPPORTED(req_->conn->server,
                                 "IHttpRequest::ReadEntityBody before RQ_AUTHORIZE_REQUEST");
    }
    HRESULT hr = w3e_mreq_read_body(req_, buf, cb, &got);
    if (received != NULL)
        *received = got;
    if (SUCCEEDED(hr))
        complete_async(req_, async, got, pending);
    return hr;
}

VOID Request::GetHttpVersion(USHORT *major, USHORT *minor) const
{
    if (major != NULL)
        *major = req_->conn->parser.http_major;
    if (minor != NULL)
        *minor = req_->conn->parser.http_minor;
}

/* The certificate the client sent in the TLS handshake, for the request's lifetime.
 * CertFlags carries CERT_TRUST_IS_UNTRUSTED_ROOT (0x20, wincrypt.h) when its issuer is
 * not a trusted one, as HTTP.sys reports the chain's status. */
HRESULT Request::GetClientCertificate(HTTP_SSL_CLIENT_CERT_INFO **info, BOOL *negotiated)
{
    if (info == NULL || negotiated == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    *info = NULL;
    *negotiated = FALSE;
    const w3_tls_info *tls = req_->conn->tls;
    if (tls == NULL || tls->client_cert == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_FOUND);
    HTTP_SSL_CLIENT_CERT_INFO *cert =
        static_cast<HTTP_SSL_CLIENT_CERT_INFO *>(w3e_arena_alloc(req_->arena, sizeof *cert));
    if (cert == NULL)
        return E_OUTOFMEMORY;
    memset(cert, 0, sizeof *cert);
    cert->CertFlags = tls->client_untrusted ? 0x20 : 0;
    cert->CertEncodedSize = static_cast<ULONG>(tls->client_cert_len);
    cert->pCertEncoded = const_cast<PUCHAR>(tls->client_cert);
    *info = cert;
    *negotiated = TRUE;
    return S_OK;
}

HRESULT Request::NegotiateClientCertificate(BOOL, BOOL *pending)
{
    if (pending != NULL)
        *pending = FALSE;
    return W3B_NOT_SUPPORTED(req_->conn->server, "IHttpRequest::NegotiateClientCertificate");
}

HRESULT Request::GetHeaderChanges(DWORD, DWORD *, PCSTR *, DWORD *, PCSTR **, PCSTR **, DWORD *,
                                  DWORD *, DWORD **)
{
    return W3B_NOT_SUPPORTED(req_->conn->server, "IHttpRequest::GetHeaderChanges");
}

static HTTP_VERB verb_of(const char *m)
{
    static const struct {
        const char *name;
        HTTP_VERB verb;
    } verbs[] = {{"OPTIONS", HttpVerbOPTIONS}, {"GET", HttpVerbGET},
                 {"HEAD", HttpVerbHEAD},       {"POST", HttpVerbPOST},
                 {"PUT", HttpVerbPUT},         {"DELETE", HttpVerbDELETE},
                 {"TRACE", HttpVerbTRACE},     {"CONNECT", HttpVerbCONNECT}};
    for (const auto &v : verbs)
        if (strcmp(m, v.name) == 0)
            return v.verb;
    return HttpVerbUnknown;
}

/* The length in WCHARs of UTF-8 text, as wide() would convert it. */
static DWORD wide_cch(const char *s)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, s, -1, NULL, 0);
    return n > 0 ? (DWORD)(n - 1) : 0;
}

/* The request as HTTP.sys would describe it, rebuilt from the current state. */
HTTP_REQUEST *Request::GetRawHttpRequest()
{
    w3e_arena *arena = req_->arena;
    memset(&raw_, 0, sizeof raw_);
    raw_.Version.MajorVersion = req_->conn->parser.http_major;
    raw_.Version.MinorVersion = req_->conn->parser.http_minor;
    raw_.Verb = verb_of(req_->method);
    if (raw_.Verb == HttpVerbUnknown) {
        raw_.pUnknownVerb = req_->method;
        raw_.UnknownVerbLength = (USHORT)strlen(req_->method);
    }
    raw_.pRawUrl = req_->url;
    raw_.RawUrlLength = (USHORT)strlen(req_->url);

    const char *host = w3e_headers_get(arena, &req_->headers, "Host");
    if (host == NULL)
        host = req_->conn->server->cfg.server_name;
    const char *path = w3e_request_path(req_);
    const char *query = strchr(req_->url, '?');
    w3e_buf full = {NULL, 0, 0};
    w3e_buf_puts(arena, &full, req_->conn->secure ? "https://" : "http://");
    size_t scheme = full.len;
    w3e_buf_puts(arena, &full, host);
    w3e_buf_puts(arena, &full, req_->url);
    DWORD cch = 0;
    PCWSTR w = wide(arena, w3e_buf_str(&full), &cch);
    if (w != NULL) {
        DWORD host_cch = wide_cch(host), path_cch = wide_cch(path);
        DWORD query_cch = query != NULL ? wide_cch(query) : 0;
        raw_.CookedUrl.pFullUrl = w;
        raw_.CookedUrl.FullUrlLength = (USHORT)(cch * sizeof(WCHAR));
        raw_.CookedUrl.pHost = w + scheme;
        raw_.CookedUrl.HostLength = (USHORT)(host_cch * sizeof(WCHAR));
        raw_.CookedUrl.pAbsPath = w + scheme + host_cch;
        raw_.CookedUrl.AbsPathLength = (USHORT)(path_cch * sizeof(WCHAR));
        raw_.CookedUrl.pQueryString = query ? w + scheme + host_cch + path_cch : NULL;
        raw_.CookedUrl.QueryStringLength = (USHORT)(query_cch * sizeof(WCHAR));
    }
    raw_.Address.pLocalAddress = GetLocalAddress();
    raw_.Address.pRemoteAddress = GetRemoteAddress();

    unsigned unknown = 0;
    for (const w3e_header *h = req_->headers.first; h != NULL; h = h->next)
        unknown++;
    HTTP_UNKNOWN_HEADER *extra = static_cast<HTTP_UNKNOWN_HEADER *>(
        w3e_arena_alloc(arena, sizeof(HTTP_UNKNOWN_HEADER) * (unknown + 1)));
    unsigned n = 0;
    for (const w3e_header *h = req_->headers.first; h != NULL && extra != NULL; h = h->next) {
        unsigned long id = 0;
        while (id < HttpHeaderRequestMaximum && !w3e_ieq(w3e_request_header_name(id), h->name))
            id++;
        if (id < HttpHeaderRequestMaximum) {
            if (raw_.Headers.KnownHeaders[id].pRawValue == NULL) {
                const char *v = w3e_headers_get(arena, &req_->headers, h->name);
                raw_.Headers.KnownHeaders[id].pRawValue = v;
                raw_.Headers.KnownHeaders[id].RawValueLength = (USHORT)(v ? strlen(v) : 0);
            }
        } else {
            extra[n].pName = h->name;
            extra[n].NameLength = (USHORT)strlen(h->name);
            extra[n].pRawValue = h->value;
            extra[n].RawValueLength = (USHORT)strlen(h->value);
            n++;
        }
    }
    raw_.Headers.pUnknownHeaders = extra;
    raw_.Headers.UnknownHeaderCount = (USHORT)n;
    raw_.BytesReceived = req_->bytes_recvd;
    return &raw_;
}

const HTTP_REQUEST *Request::GetRawHttpRequest() const
{
    return const_cast<Request *>(this)->GetRawHttpRequest();
}

} // namespace w3b
