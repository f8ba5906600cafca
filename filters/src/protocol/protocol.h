/* What IIS's server modules CustomErrorModule (<httpErrors>) and ProtocolSupportModule
 * (<httpProtocol>) do to every response of a client's request, read per folder through
 * the configuration system (the server's IAppHostAdminManager). */
#ifndef W3E_PROTOCOL_H
#define W3E_PROTOCOL_H

#define COBJMACROS
#include <windows.h>
#include <ahadmin.h>

#include "core/server.h"
#include "core/conn.h"
#include "core/request.h"
#include "core/response.h"
#include "core/extension.h"
#include "core/child_request.h"

extern const w3e_extension w3e_protocol_extension;

/* section_read.c: a section as it applies to the request's URL, and its values. */
/* The section (NULL without a configuration system or if it cannot be read). */
IAppHostElement *w3e_section_for(w3_request *req, const WCHAR *section);
IAppHostElement *w3e_section_child(IAppHostElement *element, const WCHAR *name);
/* An attribute as a number (bool, enum, uint, int), or `fallback` if unreadable. */
long w3e_section_number(IAppHostElement *element, const WCHAR *name, long fallback);
/* An attribute's text in the request's arena ("" if unreadable). */
char *w3e_section_text(w3_request *req, IAppHostElement *element, const WCHAR *name);
/* The entries of a collection element (`element` itself, or NULL); the caller releases
 * each item and the collection. */
IAppHostElementCollection *w3e_section_collection(IAppHostElement *element);
DWORD w3e_collection_count(IAppHostElementCollection *items);
IAppHostElement *w3e_collection_item(IAppHostElementCollection *items, DWORD index);

/* custom_errors.c: <httpErrors>. */
void w3e_custom_errors_apply(w3_request *req);

/* error_pages.c: IIS's own error pages, in the request's arena. */
/* The detailed page (errorMode Detailed, or DetailedLocalOnly for a local client). */
void w3e_error_page_detailed(w3_request *req);
/* The short page of errorMode Custom when no <error> names the status. */
void w3e_error_page_custom(w3_request *req);
/* Replaces the body with `html` (text/html); headers of the old entity go. */
void w3e_error_page_set(w3_request *req, const char *html);

/* custom_headers.c: <httpProtocol>. */
void w3e_protocol_headers_apply(w3_request *req);

#endif
