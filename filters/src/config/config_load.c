/* applicationHost.config subset (see w3config.h), read from the element tree of the
 * configuration system's parser (appconfig/ac_xml.c), the one reader of the file. */
#include "w3config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appconfig/appconfig.h"
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
    snprintf(r->err + used, r->err_size - used, "%s%s:%u: <%s>: %s", used != 0 ? "\n" : "", r->path,
             r->line, element, why);
}

/* An element and, if w3compat reads it, what is below it. An element w3compat does not
 * know is skipped (an error inside a strict one); so is one with an unknown attribute,
 * after its error. */
static void visit(config_reader *r, const ac_node *node)
{
    r->line = node->line;
    if (r->depth >= W3C_MAX_DEPTH) {
        w3c_fail(r, node->name, "nested too deeply");
        return;
    }
    const w3c_element *parent = r->depth > 0 ? r->known[r->depth - 1] : NULL;
    const w3c_element *el = w3c_find_child(parent, node->name);
    if (el == NULL) {
        if (parent == NULL)
            w3c_fail(r, node->name,
                     "the document element of applicationHost.config is <configuration>");
        else if (parent->strict)
            w3c_fail(r, node->name, "unknown element inside <%s>", parent->name);
        return; /* else a section IIS has and w3compat does not read */
    }
    int unknown = 0;
    for (size_t i = 0; i < node->attr_count; i++)
        if (!w3c_attribute_known(el, node->attrs[2 * i])) {
            w3c_fail(r, node->name, "unknown attribute '%s'", node->attrs[2 * i]);
            unknown = 1;
        }
    if (unknown)
        return;
    /* The handlers take attributes as expat gives them: name, value, ..., NULL. */
    const char **attrs = malloc((2 * node->attr_count + 1) * sizeof *attrs);
    if (attrs == NULL) {
        w3c_fail(r, node->name, "out of memory");
        return;
    }
    for (size_t i = 0; i < 2 * node->attr_count; i++)
        attrs[i] = node->attrs[i];
    attrs[2 * node->attr_count] = NULL;
    r->known[r->depth++] = el;
    if (el->on_start != NULL)
        el->on_start(r, node->name, attrs);
    free(attrs);
    for (size_t i = 0; i < node->kid_count; i++)
        visit(r, node->kids[i]);
    r->line = node->line;
    r->depth--;
    if (el->on_end != NULL)
        el->on_end(r);
}

int w3_config_load(w3_config *cfg, const char *path, char *err, size_t err_size)
{
    if (err_size > 0)
        err[0] = '\0';
    ac_node *root = ac_parse_file(path, err, err_size);
    if (root == NULL)
        return 0;
    config_reader r;
    memset(&r, 0, sizeof r);
    r.cfg = cfg;
    r.path = path;
    r.err = err;
    r.err_size = err_size;
    visit(&r, root);
    ac_node_free(root);
    return !r.failed;
}
