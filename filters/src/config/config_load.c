/* applicationHost.config subset (see w3config.h), read with expat. */
#include "w3config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <expat.h>

#include "config_schema.h"

void w3c_fail(config_reader *r, const char *element, const char *fmt, ...)
{
    if (r->failed)
        return;
    r->failed = 1;
    char why[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    snprintf(r->err, r->err_size, "%s:%lu: <%s>: %s", r->path,
             (unsigned long)XML_GetCurrentLineNumber(r->parser), element, why);
    XML_StopParser(r->parser, XML_FALSE);
}

static void on_start(void *data, const XML_Char *name, const XML_Char **attrs)
{
    config_reader *r = data;
    if (r->failed)
        return;
    if (r->depth >= W3C_MAX_DEPTH) {
        w3c_fail(r, name, "nested too deeply");
        return;
    }
    if (r->ignored_depth > 0) {
        r->ignored_depth++;
        return;
    }
    const w3c_element *parent = r->depth > 0 ? r->known[r->depth - 1] : NULL;
    const w3c_element *el = w3c_find_child(parent, name);
    if (el == NULL) {
        if (parent == NULL) {
            w3c_fail(r, name, "the document element of applicationHost.config is <configuration>");
            return;
        }
        if (parent->strict) {
            w3c_fail(r, name, "unknown element inside <%s>", parent->name);
            return;
        }
        r->ignored_depth = 1; /* a section IIS has and w3compat does not read */
        return;
    }
    for (size_t i = 0; attrs[i] != NULL; i += 2)
        if (!w3c_attribute_known(el, attrs[i])) {
            w3c_fail(r, name, "unknown attribute '%s'", attrs[i]);
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
    if (r->failed)
        return;
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
    r.parser = XML_ParserCreate(NULL);
    if (r.parser == NULL) {
        fclose(f);
        snprintf(err, err_size, "%s: out of memory", path);
        return 0;
    }
    XML_SetUserData(r.parser, &r);
    XML_SetElementHandler(r.parser, on_start, on_end);
    char buf[16384];
    int done = 0;
    while (!done && !r.failed) {
        size_t n = fread(buf, 1, sizeof buf, f);
        done = n < sizeof buf;
        if (XML_Parse(r.parser, buf, (int)n, done) == XML_STATUS_ERROR && !r.failed) {
            r.failed = 1;
            snprintf(err, err_size, "%s:%lu: %s", path,
                     (unsigned long)XML_GetCurrentLineNumber(r.parser),
                     XML_ErrorString(XML_GetErrorCode(r.parser)));
        }
    }
    XML_ParserFree(r.parser);
    fclose(f);
    return !r.failed;
}
