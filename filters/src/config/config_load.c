/* applicationHost.config subset (see w3config.h), read with expat. */
#include "w3config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <expat.h>

#include "config_schema.h"

/* Every error is kept, one a line, as far as err has room; reading goes on, so that one
 * run names them all. */
void w3c_fail(config_reader *r, const char *element, const char *fmt, ...)
{
    r->failed = 1;
    char why[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    size_t used = strlen(r->err);
    if (used + 1 >= r->err_size)
        return;
    snprintf(r->err + used, r->err_size - used, "%s%s:%lu: <%s>: %s", used != 0 ? "\n" : "",
             r->path, (unsigned long)XML_GetCurrentLineNumber(r->parser), element, why);
}

static void on_start(void *data, const XML_Char *name, const XML_Char **attrs)
{
    config_reader *r = data;
    if (r->ignored_depth > 0) {
        r->ignored_depth++;
        return;
    }
    if (r->depth >= W3C_MAX_DEPTH) {
        w3c_fail(r, name, "nested too deeply");
        r->ignored_depth = 1;
        return;
    }
    const w3c_element *parent = r->depth > 0 ? r->known[r->depth - 1] : NULL;
    const w3c_element *el = w3c_find_child(parent, name);
    if (el == NULL) {
        if (parent == NULL) {
            w3c_fail(r, name, "the document element of applicationHost.config is <configuration>");
            XML_StopParser(r->parser, XML_FALSE);
        } else if (parent->strict) {
            w3c_fail(r, name, "unknown element inside <%s>", parent->name);
        }
        r->ignored_depth = 1; /* a section IIS has and w3compat does not read */
        return;
    }
    int unknown = 0;
    for (size_t i = 0; attrs[i] != NULL; i += 2)
        if (!w3c_attribute_known(el, attrs[i])) {
            w3c_fail(r, name, "unknown attribute '%s'", attrs[i]);
            unknown = 1;
        }
    if (unknown) {
        r->ignored_depth = 1; /* what it says is not taken */
        return;
    }
    r->known[r->depth] = el;
    r->depth++;
    if (el->on_start != NULL)
        el->on_start(r, name, attrs);
}

static void on_end(void *data, const XML_Char *name)
{
    (void)name;
    config_reader *r = data;
    if (r->ignored_depth > 0) {
        r->ignored_depth--;
        return;
    }
    r->depth--;
    const w3c_element *el = r->known[r->depth];
    if (el->on_end != NULL)
        el->on_end(r);
}

int w3_config_load(w3_config *cfg, const char *path, char *err, size_t err_size)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        snprintf(err, err_size, "%s: cannot be read", path);
        return 0;
    }
    config_reader r;
    memset(&r, 0, sizeof r);
    r.cfg = cfg;
    r.path = path;
    r.err = err;
    r.err_size = err_size;
    if (err_size > 0)
        err[0] = '\0';
    r.parser = XML_ParserCreate(NULL);
    if (r.parser == NULL) {
        fclose(f);
        snprintf(err, err_size, "%s: out of memory", path);
        return 0;
    }
    XML_SetUserData(r.parser, &r);
    XML_SetElementHandler(r.parser, on_start, on_end);
    char buf[16384];
    int done = 0, stopped = 0;
    while (!done && !stopped) {
        size_t n = fread(buf, 1, sizeof buf, f);
        done = n < sizeof buf;
        if (XML_Parse(r.parser, buf, (int)n, done) == XML_STATUS_ERROR) {
            stopped = 1;
            size_t used = strlen(err);
            r.failed = 1;
            if (XML_GetErrorCode(r.parser) != XML_ERROR_ABORTED && used + 1 < err_size)
                snprintf(err + used, err_size - used, "%s%s:%lu: %s", used != 0 ? "\n" : "", path,
                         (unsigned long)XML_GetCurrentLineNumber(r.parser),
                         XML_ErrorString(XML_GetErrorCode(r.parser)));
        }
    }
    XML_ParserFree(r.parser);
    fclose(f);
    return !r.failed;
}
