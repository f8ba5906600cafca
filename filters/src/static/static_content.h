/* <staticContent> as the static file handler obeys it at a request's path: the MIME map
 * (IIS's defaults with the files' <mimeMap>, <remove> and <clear/>) and <clientCache>. */
#ifndef W3E_STATIC_CONTENT_H
#define W3E_STATIC_CONTENT_H

#include "w3engine.h"

enum w3s_cache_mode { W3S_NO_CONTROL, W3S_DISABLE_CACHE, W3S_USE_MAX_AGE, W3S_USE_EXPIRES };

typedef struct w3s_content w3s_content;

/* The section at the request's configuration path; NULL without a configuration system
 * (IIS's defaults apply: the full MIME map, no client cache headers, ETags). */
const w3s_content *w3s_content_for(w3_request *req);

/* The Content-Type for a file name (its longest mapped extension: "a.min.js" tries
 * ".min.js", then ".js"), NULL when none is mapped (IIS: 404.3). */
const char *w3s_content_type(const w3s_content *content, const char *name);

/* <clientCache>: the mode, max-age in seconds, httpExpires and cacheControlCustom
 * ("" when not set), setEtag. */
enum w3s_cache_mode w3s_cache_mode(const w3s_content *content);
unsigned long long w3s_cache_max_age(const w3s_content *content);
const char *w3s_cache_expires(const w3s_content *content);
const char *w3s_cache_custom(const w3s_content *content);
int w3s_sets_etag(const w3s_content *content);

#endif
