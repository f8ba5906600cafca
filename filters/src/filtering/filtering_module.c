/* RequestFilteringModule: a built-in module of the integrated pipeline at
 * RQ_BEGIN_REQUEST, after IsapiFilterModule in configuration order (as IIS lists it), so
 * that it sees the URL a PREPROC_HEADERS filter left; it denies before any handler. */
#include "filtering/filtering.h"

#include <stdlib.h>

#include "core/module.h"
#include "core/request.h"
#include "core/response.h"

static const char *header_of(void *ctx, const char *name)
{
    return w3_request_header(ctx, name);
}

static DWORD filter_request(w3e_module *m, void *instance, w3_request *req, DWORD notification,
                            int post, void *event)
{
    (void)m, (void)instance, (void)event;
    if (notification != W3E_RQ_BEGIN_REQUEST || post)
        return W3E_RQ_CONTINUE;
    const char *length = w3_request_header(req, "Content-Length");
    w3f_request request = {req->method, req->url, -1, header_of, req};
    if (length != NULL) {
        char *end;
        unsigned long long n = strtoull(length, &end, 10);
        request.content_length =
            end != length ? (long long)(n > (1ull << 62) ? 1ull << 62 : n) : -1;
    }
    w3f_verdict verdict = w3f_check(w3f_rules_for(req), &request);
    if (verdict.status == 0)
        return W3E_RQ_CONTINUE;
    w3e_response_error(req, verdict.status);
    req->substatus = (unsigned short)verdict.substatus;
    return W3E_RQ_FINISH;
}

static const w3e_module_class filtering_class = {
    NULL, filter_request, NULL, NULL, NULL, NULL,
};

static int register_module(w3_server *server)
{
    w3e_module *m = w3e_module_new(server, "RequestFilteringModule", "", &filtering_class);
    if (m == NULL)
        return 0;
    m->request_mask = W3E_RQ_BEGIN_REQUEST;
    return 1;
}

const w3e_extension w3e_request_filtering_extension = {
    .name = "request filtering",
    .server_init = register_module,
};
