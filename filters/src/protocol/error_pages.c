/* IIS's own error pages: the detailed one (for the site's developer: what failed, where)
 * and the short one a visitor sees when no custom page is configured. */
#include "protocol/protocol.h"

#include "core/module.h"

#include <stdio.h>

/* Text into HTML: the request's URL and paths are the client's or the server's, never
 * markup. */
static void put_escaped(w3_request *req, w3e_buf *out, const char *text)
{
    for (const char *p = text; *p != '\0'; p++) {
        switch (*p) {
        case '<':
            w3e_buf_puts(req->arena, out, "&lt;");
            break;
        case '>':
            w3e_buf_puts(req->arena, out, "&gt;");
            break;
        case '&':
            w3e_buf_puts(req->arena, out, "&amp;");
            break;
        case '"':
            w3e_buf_puts(req->arena, out, "&quot;");
            break;
        default:
            w3e_buf_append(req->arena, out, p, 1);
        }
    }
}

/* "404.0 - Not Found" */
static void put_title(w3_request *req, w3e_buf *out)
{
    char code[32];
    snprintf(code, sizeof code, "%u.%u - ", req->status, (unsigned)req->substatus);
    w3e_buf_puts(req->arena, out, code);
    put_escaped(req, out, req->reason[0] ? req->reason : w3e_reason_for(req->status));
}

void w3e_error_page_set(w3_request *req, const char *html)
{
    static const char *const entity[] = {"Content-Type",  "Content-Length",   "Transfer-Encoding",
                                         "Content-Range", "Content-Encoding", "ETag",
                                         "Last-Modified", "Accept-Ranges"};
    for (size_t i = 0; i < sizeof entity / sizeof entity[0]; i++)
        w3e_headers_remove(&req->resp_headers, entity[i]);
    w3e_body_clear(req);
    w3e_headers_add(req->arena, &req->resp_headers, "Content-Type", "text/html");
    w3e_buf_puts(req->arena, &req->resp_body, html);
}

void w3e_error_page_custom(w3_request *req)
{
    w3e_buf page = {0};
    w3e_buf_puts(req->arena, &page, "<!DOCTYPE html>\r\n<html><head><title>");
    put_title(req, &page);
    w3e_buf_puts(req->arena, &page, "</title></head>\r\n<body><h1>Server Error</h1>\r\n<h2>");
    put_title(req, &page);
    w3e_buf_puts(req->arena, &page,
                 "</h2>\r\n<p>The server could not answer this request.</p></body></html>\r\n");
    w3e_error_page_set(req, page.data != NULL ? w3e_buf_str(&page) : "");
}

static void put_row(w3_request *req, w3e_buf *page, const char *name, const char *value)
{
    w3e_buf_puts(req->arena, page, "<tr><th>");
    w3e_buf_puts(req->arena, page, name);
    w3e_buf_puts(req->arena, page, "</th><td>");
    put_escaped(req, page, value != NULL && value[0] != '\0' ? value : "-");
    w3e_buf_puts(req->arena, page, "</td></tr>\r\n");
}

/* What IIS's detailed page says went wrong, for the errors the engine gives itself. */
static const char *description_of(unsigned status, unsigned substatus)
{
    static const struct {
        unsigned status, substatus;
        const char *text;
    } known[] = {
        {403, 14, "The Web server is configured to not list the contents of this directory."},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (known[i].status == status && known[i].substatus == substatus)
            return known[i].text;
    return NULL;
}

void w3e_error_page_detailed(w3_request *req)
{
    char code[16];
    snprintf(code, sizeof code, "0x%08lx", (unsigned long)req->error_status);
    const w3e_module *m = req->status_module;
    w3e_buf page = {0};
    w3e_buf_puts(req->arena, &page, "<!DOCTYPE html>\r\n<html><head><title>HTTP Error ");
    put_title(req, &page);
    w3e_buf_puts(req->arena, &page, "</title></head>\r\n<body><h1>HTTP Error ");
    put_title(req, &page);
    w3e_buf_puts(req->arena, &page, "</h1>\r\n");
    const char *description = description_of(req->status, req->substatus);
    if (description != NULL) {
        w3e_buf_puts(req->arena, &page, "<h3>");
        w3e_buf_puts(req->arena, &page, description);
        w3e_buf_puts(req->arena, &page, "</h3>\r\n");
    }
    w3e_buf_puts(req->arena, &page, "<h2>Detailed Error Information</h2>\r\n<table>\r\n");
    put_row(req, &page, "Module", m != NULL ? m->name : "");
    put_row(req, &page, "Notification",
            m != NULL ? w3e_notification_name(req->status_notification, 0) : "");
    put_row(req, &page, "Requested URL", req->url);
    put_row(req, &page, "Physical Path", req->physical_path);
    put_row(req, &page, "Logon User", req->user[0] ? req->user : "Anonymous");
    put_row(req, &page, "Error Code", code);
    w3e_buf_puts(req->arena, &page, "</table></body></html>\r\n");
    w3e_error_page_set(req, page.data != NULL ? w3e_buf_str(&page) : "");
}
