/* <httpProtocol> as IIS's ProtocolSupportModule applies it: customHeaders on every
 * response, redirectHeaders on redirects only, and allowKeepAlive. */
#include "protocol/protocol.h"

static int is_redirect(unsigned status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

static void add_headers(w3_request *req, const w3e_header_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        const char *value = list->items[i].value;
        w3e_headers_set(req->arena, &req->resp_headers, list->items[i].name,
                        value != NULL ? value : "");
    }
}

void w3e_protocol_headers_apply(w3_request *req)
{
    const w3e_protocol_section *section = w3e_protocol_section_for(req);
    if (section == NULL)
        return;
    if (!section->allow_keep_alive)
        req->keep_alive = 0;
    add_headers(req, &section->custom);
    if (is_redirect(req->status))
        add_headers(req, &section->redirect);
}
