/* <httpProtocol> as IIS's ProtocolSupportModule applies it: customHeaders on every
 * response, redirectHeaders on redirects only, and allowKeepAlive. */
#include "protocol/protocol.h"

static int is_redirect(unsigned status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/* Each <add name value> of the collection element `name` goes on the response. */
static void add_headers(w3_request *req, IAppHostElement *section, const WCHAR *name)
{
    IAppHostElement *element = w3e_section_child(section, name);
    IAppHostElementCollection *items = w3e_section_collection(element);
    DWORD count = w3e_collection_count(items);
    for (DWORD i = 0; i < count; i++) {
        IAppHostElement *item = w3e_collection_item(items, i);
        if (item == NULL)
            continue;
        const char *header = w3e_section_text(req, item, L"name");
        const char *value = w3e_section_text(req, item, L"value");
        if (header[0] != '\0' && !w3e_has_crlf(header) && !w3e_has_crlf(value))
            w3e_headers_set(req->arena, &req->resp_headers, header, value);
        IAppHostElement_Release(item);
    }
    if (items != NULL)
        IAppHostElementCollection_Release(items);
    if (element != NULL)
        IAppHostElement_Release(element);
}

void w3e_protocol_headers_apply(w3_request *req)
{
    IAppHostElement *section = w3e_section_for(req, L"system.webServer/httpProtocol");
    if (section == NULL)
        return;
    if (!w3e_section_number(section, L"allowKeepAlive", 1))
        req->keep_alive = 0;
    add_headers(req, section, L"customHeaders");
    if (is_redirect(req->status))
        add_headers(req, section, L"redirectHeaders");
    IAppHostElement_Release(section);
}
