/* Request filtering as IIS's RequestFilteringModule: <security><requestFiltering> at a
 * request's path, checked at RQ_BEGIN_REQUEST for every request, whatever handler
 * would answer it; a request it denies gets 404 with IIS's substatus (413.1 for the
 * content length, 431 for a header limit). */
#ifndef W3E_FILTERING_H
#define W3E_FILTERING_H

#include <stddef.h>

#include "core/extension.h"

/* A collection: its entries, and for <fileExtensions>/<verbs> whether each is allowed. */
typedef struct w3f_list {
    const char *const *items;
    const unsigned char *allowed; /* NULL: every entry allowed */
    const unsigned long *limits;  /* <headerLimits>: sizeLimit per header */
    size_t count;
} w3f_list;

typedef struct w3f_rules {
    int allow_double_escaping, allow_high_bit, unescape_query;
    int extensions_allow_unlisted, verbs_allow_unlisted;
    w3f_list extensions, verbs, hidden, deny_urls, deny_queries, always_urls, header_limits;
    unsigned long long max_content_length;
    unsigned long max_url, max_query;
} w3f_rules;

/* What a request gets from the rules: 0 to go on, else the status and substatus. */
typedef struct w3f_verdict {
    unsigned status, substatus;
} w3f_verdict;

/* The request as the rules see it. */
typedef struct w3f_request {
    const char *method;
    const char *url;                                    /* path and query, as sent (escaped) */
    long long content_length;                           /* -1 when the request declares none */
    const char *(*header)(void *ctx, const char *name); /* NULL if absent */
    void *header_ctx;
} w3f_request;

/* filtering_rules.c */
w3f_verdict w3f_check(const w3f_rules *rules, const w3f_request *request);

/* filtering_settings.c: the rules at the request's configuration path; IIS's defaults
 * without a configuration system (or when the section cannot be read). */
const w3f_rules *w3f_rules_for(w3_request *req);

/* filtering_module.c */
extern const w3e_extension w3e_request_filtering_extension;

#endif
