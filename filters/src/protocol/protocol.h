/* What IIS's server modules CustomErrorModule (<httpErrors>) and ProtocolSupportModule
 * (<httpProtocol>) do to every response of a client's request, read per folder through
 * the configuration system (the server's IAppHostAdminManager). */
#ifndef W3E_PROTOCOL_H
#define W3E_PROTOCOL_H

#include <windows.h>

#include "core/server.h"
#include "core/conn.h"
#include "core/request.h"
#include "core/response.h"
#include "core/extension.h"
#include "core/child_request.h"

extern const w3e_extension w3e_protocol_extension;

/* errors_section.c: <httpErrors> compiled per configuration path. */
enum { W3E_ERRORS_DETAILED_LOCAL_ONLY = 0, W3E_ERRORS_CUSTOM = 1, W3E_ERRORS_DETAILED = 2 };
enum { W3E_EXISTING_AUTO = 0, W3E_EXISTING_REPLACE = 1, W3E_EXISTING_PASS_THROUGH = 2 };
enum { W3E_RESPONSE_FILE = 0, W3E_RESPONSE_EXECUTE_URL = 1, W3E_RESPONSE_REDIRECT = 2 };

/* An <error>: texts are NULL when absent. */
typedef struct w3e_error_entry {
    long status, substatus; /* substatus -1: any */
    long response_mode;
    char *path, *language_prefix;
} w3e_error_entry;

typedef struct w3e_errors_section {
    long error_mode, existing_response, default_response_mode;
    char *default_path; /* NULL when absent */
    w3e_error_entry *entries;
    size_t entry_count;
} w3e_errors_section;

/* The section for the request's URL; NULL without a configuration system or if it
 * cannot be read. Valid until the next section lookup of the server. */
const w3e_errors_section *w3e_errors_section_for(w3_request *req);

/* headers_section.c: <httpProtocol> compiled per configuration path. */
typedef struct w3e_header_entry {
    char *name;
    char *value; /* NULL: empty */
} w3e_header_entry;

typedef struct w3e_header_list {
    w3e_header_entry *items;
    size_t count;
} w3e_header_list;

typedef struct w3e_protocol_section {
    int allow_keep_alive;
    w3e_header_list custom, redirect;
} w3e_protocol_section;

/* As w3e_errors_section_for, for <httpProtocol>. */
const w3e_protocol_section *w3e_protocol_section_for(w3_request *req);

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
