/* <system.webServer><handlers> entries of IsapiModule and
 * <security><isapiCgiRestriction>: how requests reach ISAPI extensions. The other
 * handlers (StaticFileModule, ...) are IIS's built-in ones and are not read. */
#include "config_schema.h"

#include <stdlib.h>
#include <string.h>

#include "config_values.h"

static void handler_free(w3_config_handler *h)
{
    free(h->name);
    free(h->path);
    free(h->verb);
    free(h->script_processor);
    memset(h, 0, sizeof *h);
}

static void restriction_free(w3_config_isapi_restriction *x)
{
    free(x->path);
    memset(x, 0, sizeof *x);
}

void w3c_isapi_free(w3_config *c)
{
    for (size_t i = 0; i < c->isapi_handler_count; i++)
        handler_free(&c->isapi_handlers[i]);
    for (size_t i = 0; i < c->isapi_restriction_count; i++)
        restriction_free(&c->isapi_restrictions[i]);
    c->isapi_handler_count = c->isapi_restriction_count = 0;
}

static int contains_word(const char *list, const char *word)
{
    size_t len = strlen(word);
    for (const char *p = list; *p != '\0';) {
        p += strspn(p, ", ");
        size_t n = strcspn(p, ", ");
        if (n == len && strncmp(p, word, len) == 0)
            return 1;
        p += n;
    }
    return 0;
}

static void handler_add(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *handler = w3c_attr(attrs, "name"), *path = w3c_attr(attrs, "path");
    const char *verb = w3c_attr(attrs, "verb"), *modules = w3c_attr(attrs, "modules");
    if (handler == NULL || path == NULL || verb == NULL) {
        w3c_fail(r, name, "needs name, path and verb");
        return;
    }
    if (modules == NULL || !contains_word(modules, "IsapiModule"))
        return;
    const char *processor = w3c_attr(attrs, "scriptProcessor");
    const char *resource = w3c_attr(attrs, "resourceType");
    if ((processor == NULL || processor[0] == '\0') && path[0] != '*') {
        w3c_fail(r, name, "an IsapiModule handler without scriptProcessor needs a path like *.dll");
        return;
    }
    if (c->isapi_handler_count == W3_CONFIG_MAX_ITEMS) {
        w3c_fail(r, name, "more than %d ISAPI handlers", W3_CONFIG_MAX_ITEMS);
        return;
    }
    w3_config_handler *h = &c->isapi_handlers[c->isapi_handler_count++];
    w3c_set_string(r, name, &h->name, handler);
    w3c_set_string(r, name, &h->path, path);
    w3c_set_string(r, name, &h->verb, verb);
    if (processor != NULL && processor[0] != '\0')
        w3c_set_string(r, name, &h->script_processor, processor);
    h->require_file = resource != NULL && strcmp(resource, "File") == 0;
}

static void handler_remove(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *handler = w3c_attr(attrs, "name");
    if (handler == NULL) {
        w3c_fail(r, name, "needs name");
        return;
    }
    for (size_t i = 0; i < c->isapi_handler_count; i++)
        if (strcmp(c->isapi_handlers[i].name, handler) == 0) {
            handler_free(&c->isapi_handlers[i]);
            memmove(&c->isapi_handlers[i], &c->isapi_handlers[i + 1],
                    (c->isapi_handler_count - i - 1) * sizeof c->isapi_handlers[0]);
            memset(&c->isapi_handlers[--c->isapi_handler_count], 0, sizeof c->isapi_handlers[0]);
            return;
        }
}

static void handlers_clear(config_reader *r, const char *name, const char **attrs)
{
    (void)name, (void)attrs;
    w3_config *c = r->cfg;
    for (size_t i = 0; i < c->isapi_handler_count; i++)
        handler_free(&c->isapi_handlers[i]);
    c->isapi_handler_count = 0;
}

static void restriction_start(config_reader *r, const char *name, const char **attrs)
{
    w3c_attr_bool(r, name, attrs, "notListedIsapisAllowed", &r->cfg->not_listed_isapis_allowed);
}

static void restriction_add(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *path = w3c_attr(attrs, "path");
    if (path == NULL) {
        w3c_fail(r, name, "needs path");
        return;
    }
    if (c->isapi_restriction_count == W3_CONFIG_MAX_ITEMS) {
        w3c_fail(r, name, "more than %d ISAPI and CGI restrictions", W3_CONFIG_MAX_ITEMS);
        return;
    }
    w3_config_isapi_restriction *x = &c->isapi_restrictions[c->isapi_restriction_count++];
    w3c_set_string(r, name, &x->path, path);
    w3c_attr_bool(r, name, attrs, "allowed", &x->allowed);
}

static void restriction_remove(config_reader *r, const char *name, const char **attrs)
{
    w3_config *c = r->cfg;
    const char *path = w3c_attr(attrs, "path");
    if (path == NULL) {
        w3c_fail(r, name, "needs path");
        return;
    }
    for (size_t i = 0; i < c->isapi_restriction_count; i++)
        if (strcmp(c->isapi_restrictions[i].path, path) == 0) {
            restriction_free(&c->isapi_restrictions[i]);
            memmove(&c->isapi_restrictions[i], &c->isapi_restrictions[i + 1],
                    (c->isapi_restriction_count - i - 1) * sizeof c->isapi_restrictions[0]);
            memset(&c->isapi_restrictions[--c->isapi_restriction_count], 0,
                   sizeof c->isapi_restrictions[0]);
            return;
        }
}

static void restrictions_clear(config_reader *r, const char *name, const char **attrs)
{
    (void)name, (void)attrs;
    w3_config *c = r->cfg;
    for (size_t i = 0; i < c->isapi_restriction_count; i++)
        restriction_free(&c->isapi_restrictions[i]);
    c->isapi_restriction_count = 0;
}

static const char *const handler_attrs[] = {"name",
                                            "path",
                                            "verb",
                                            "type",
                                            "modules",
                                            "scriptProcessor",
                                            "resourceType",
                                            "requireAccess",
                                            "allowPathInfo",
                                            "preCondition",
                                            "responseBufferLimit",
                                            NULL};
static const char *const name_attr[] = {"name", NULL};
static const char *const no_attrs[] = {NULL};
static const w3c_element handler_add_el = {"add", handler_attrs, 1, NULL, handler_add, NULL};
static const w3c_element handler_remove_el = {"remove", name_attr, 1, NULL, handler_remove, NULL};
static const w3c_element handlers_clear_el = {"clear", no_attrs, 1, NULL, handlers_clear, NULL};
static const w3c_element *const handler_kids[] = {&handler_add_el, &handler_remove_el,
                                                  &handlers_clear_el, NULL};
static const char *const handlers_attrs[] = {"accessPolicy", NULL};
const w3c_element w3c_handlers_el = {"handlers", handlers_attrs, 1, handler_kids, NULL, NULL};

static const char *const restriction_add_attrs[] = {"path", "allowed", "groupId", "description",
                                                    NULL};
static const char *const path_attr[] = {"path", NULL};
static const w3c_element restriction_add_el = {"add", restriction_add_attrs, 1,
                                               NULL,  restriction_add,       NULL};
static const w3c_element restriction_remove_el = {"remove", path_attr,          1,
                                                  NULL,     restriction_remove, NULL};
static const w3c_element restrictions_clear_el = {"clear", no_attrs,           1,
                                                  NULL,    restrictions_clear, NULL};
static const w3c_element *const restriction_kids[] = {&restriction_add_el, &restriction_remove_el,
                                                      &restrictions_clear_el, NULL};
static const char *const restriction_attrs[] = {"notListedIsapisAllowed", "notListedCgisAllowed",
                                                NULL};
const w3c_element w3c_isapi_cgi_restriction_el = {"isapiCgiRestriction", restriction_attrs, 1,
                                                  restriction_kids,      restriction_start, NULL};
