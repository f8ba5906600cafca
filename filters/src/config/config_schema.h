/* The elements of applicationHost.config that w3compat reads, and the reader state
 * their handlers update. */
#ifndef W3E_CONFIG_SCHEMA_H
#define W3E_CONFIG_SCHEMA_H

#include <stddef.h>

#include "w3config.h"

#define W3C_MAX_DEPTH 32

typedef struct config_reader config_reader;

typedef struct w3c_element {
    const char *name;
    const char *const *attributes; /* NULL: any attribute is accepted */
    int strict;                    /* nonzero: an unknown child element is an error */
    const struct w3c_element *const *children;
    void (*on_start)(config_reader *r, const char *name, const char **attrs);
    void (*on_end)(config_reader *r);
} w3c_element;

struct config_reader {
    w3_config *cfg;
    unsigned line; /* of the element being read */
    const char *path;
    char *err;
    size_t err_size;
    int failed;
    const w3c_element *known[W3C_MAX_DEPTH];
    int depth;
    w3_config_site *site; /* the <site> being read, NULL outside one */
    char app_path[1024];  /* the <application> being read, "" outside one */
    /* The recycling <periodicRestart> sets: a pool's <add>, or <w3compat><recycling>. */
    w3_config_recycling *pool;
};

/* config_log.c: a <logFile>'s attributes into *log; its strings. */
void w3c_log_file_read(config_reader *r, const char *element, const char **attrs,
                       w3_config_log_file *log);
void w3c_log_file_free(w3_config_log_file *log);

/* Stops reading with "FILE:LINE: <element>: reason". */
void w3c_fail(config_reader *r, const char *element, const char *fmt, ...);

/* The element `name` may be below `parent` (NULL: the document element). */
const w3c_element *w3c_find_child(const w3c_element *parent, const char *name);
int w3c_attribute_known(const w3c_element *el, const char *attr);

/* config_isapi.c: <handlers> (IsapiModule entries) and <isapiCgiRestriction>. */
extern const w3c_element w3c_handlers_el;
extern const w3c_element w3c_isapi_cgi_restriction_el;
void w3c_isapi_free(w3_config *cfg);

#endif
