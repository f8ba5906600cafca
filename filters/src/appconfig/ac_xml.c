/* The element tree of an XML file, read with expat (text and comments are dropped: the
 * configuration system reads elements and attributes only). */
#include "appconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <expat.h>

#define AC_MAX_DEPTH 64

static char *dup_text(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = malloc(n);
    if (copy != NULL)
        memcpy(copy, s, n);
    return copy;
}

ac_node *ac_node_new(const char *name)
{
    ac_node *node = calloc(1, sizeof *node);
    if (node != NULL && (node->name = dup_text(name)) == NULL) {
        free(node);
        node = NULL;
    }
    return node;
}

void ac_node_free(ac_node *node)
{
    if (node == NULL)
        return;
    for (size_t i = 0; i < 2 * node->attr_count; i++)
        free(node->attrs[i]);
    for (size_t i = 0; i < node->kid_count; i++)
        ac_node_free(node->kids[i]);
    free(node->attrs);
    free(node->kids);
    free(node->name);
    free(node);
}

ac_node *ac_node_clone(const ac_node *node)
{
    ac_node *copy = ac_node_new(node->name);
    if (copy == NULL)
        return NULL;
    copy->line = node->line;
    for (size_t i = 0; i < node->attr_count; i++)
        if (!ac_set_attr(copy, node->attrs[2 * i], node->attrs[2 * i + 1]))
            goto fail;
    for (size_t i = 0; i < node->kid_count; i++) {
        ac_node *kid = ac_node_clone(node->kids[i]);
        if (kid == NULL || !ac_add_kid(copy, kid)) {
            ac_node_free(kid);
            goto fail;
        }
    }
    return copy;
fail:
    ac_node_free(copy);
    return NULL;
}

const char *ac_attr(const ac_node *node, const char *name)
{
    for (size_t i = 0; node != NULL && i < node->attr_count; i++)
        if (strcmp(node->attrs[2 * i], name) == 0)
            return node->attrs[2 * i + 1];
    return NULL;
}

int ac_set_attr(ac_node *node, const char *name, const char *value)
{
    char *text = dup_text(value);
    if (text == NULL)
        return 0;
    for (size_t i = 0; i < node->attr_count; i++)
        if (strcmp(node->attrs[2 * i], name) == 0) {
            free(node->attrs[2 * i + 1]);
            node->attrs[2 * i + 1] = text;
            return 1;
        }
    char **attrs = realloc(node->attrs, (node->attr_count + 1) * 2 * sizeof *attrs);
    char *key = dup_text(name);
    if (attrs == NULL || key == NULL) {
        if (attrs != NULL)
            node->attrs = attrs;
        free(key);
        free(text);
        return 0;
    }
    node->attrs = attrs;
    attrs[2 * node->attr_count] = key;
    attrs[2 * node->attr_count + 1] = text;
    node->attr_count++;
    return 1;
}

void ac_unset_attr(ac_node *node, const char *name)
{
    for (size_t i = 0; i < node->attr_count; i++)
        if (strcmp(node->attrs[2 * i], name) == 0) {
            free(node->attrs[2 * i]);
            free(node->attrs[2 * i + 1]);
            memmove(node->attrs + 2 * i, node->attrs + 2 * i + 2,
                    (node->attr_count - i - 1) * 2 * sizeof *node->attrs);
            node->attr_count--;
            return;
        }
}

int ac_add_kid(ac_node *node, ac_node *kid)
{
    ac_node **kids = realloc(node->kids, (node->kid_count + 1) * sizeof *kids);
    if (kids == NULL)
        return 0;
    node->kids = kids;
    kids[node->kid_count++] = kid;
    return 1;
}

void ac_remove_kid(ac_node *node, size_t index)
{
    ac_node_free(node->kids[index]);
    memmove(node->kids + index, node->kids + index + 1,
            (node->kid_count - index - 1) * sizeof *node->kids);
    node->kid_count--;
}

ac_node *ac_kid(const ac_node *node, const char *name, const char *attr, const char *value)
{
    for (size_t i = 0; node != NULL && i < node->kid_count; i++) {
        ac_node *kid = node->kids[i];
        if (_stricmp(kid->name, name) != 0)
            continue;
        const char *have = attr != NULL ? ac_attr(kid, attr) : NULL;
        if (attr == NULL || (have != NULL && _stricmp(have, value) == 0))
            return kid;
    }
    return NULL;
}

typedef struct parse_state {
    XML_Parser parser;
    ac_node *root;
    ac_node *stack[AC_MAX_DEPTH];
    int depth;
    const char *failure; /* set once: the parse stops */
} parse_state;

static void stop(parse_state *st, const char *why)
{
    if (st->failure == NULL)
        st->failure = why;
    XML_StopParser(st->parser, XML_FALSE);
}

static void on_start(void *data, const XML_Char *name, const XML_Char **attrs)
{
    parse_state *st = data;
    if (st->failure != NULL)
        return;
    if (st->depth >= AC_MAX_DEPTH) {
        stop(st, "nested too deeply");
        return;
    }
    ac_node *node = ac_node_new(name);
    if (node == NULL) {
        stop(st, "out of memory");
        return;
    }
    node->line = (unsigned)XML_GetCurrentLineNumber(st->parser);
    for (size_t i = 0; attrs[i] != NULL; i += 2)
        if (!ac_set_attr(node, attrs[i], attrs[i + 1])) {
            ac_node_free(node);
            {
                stop(st, "out of memory");
                return;
            }
        }
    if (st->depth == 0)
        st->root = node;
    else if (!ac_add_kid(st->stack[st->depth - 1], node)) {
        ac_node_free(node);
        {
            stop(st, "out of memory");
            return;
        }
    }
    st->stack[st->depth++] = node;
}

static void on_end(void *data, const XML_Char *name)
{
    (void)name;
    parse_state *st = data;
    if (st->failure == NULL)
        st->depth--;
}

ac_node *ac_parse_text(const char *text, size_t len, const char *name, char *err, size_t err_size)
{
    parse_state st;
    memset(&st, 0, sizeof st);
    st.parser = XML_ParserCreate("UTF-8");
    if (st.parser == NULL) {
        snprintf(err, err_size, "%s: out of memory", name);
        return NULL;
    }
    XML_SetUserData(st.parser, &st);
    XML_SetElementHandler(st.parser, on_start, on_end);
    if (XML_Parse(st.parser, text, (int)len, 1) == XML_STATUS_ERROR || st.failure != NULL) {
        snprintf(err, err_size, "%s:%lu: %s", name,
                 (unsigned long)XML_GetCurrentLineNumber(st.parser),
                 st.failure ? st.failure : XML_ErrorString(XML_GetErrorCode(st.parser)));
        ac_node_free(st.root);
        st.root = NULL;
    }
    XML_ParserFree(st.parser);
    return st.root;
}

ac_node *ac_parse_file(const char *path, char *err, size_t err_size)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        snprintf(err, err_size, "%s: cannot be read", path);
        return NULL;
    }
    char *text = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 4096 > cap) {
            char *more = realloc(text, cap = cap * 2 + 8192);
            if (more == NULL)
                break;
            text = more;
        }
        size_t n = fread(text + len, 1, cap - len, f);
        len += n;
        if (n == 0)
            break;
    }
    fclose(f);
    ac_node *root = NULL;
    if (text == NULL)
        snprintf(err, err_size, "%s: out of memory", path);
    else
        root = ac_parse_text(text, len, path, err, err_size);
    free(text);
    return root;
}

BSTR ac_bstr(const char *utf8)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, NULL, 0);
    if (n <= 0)
        return NULL;
    BSTR s = SysAllocStringLen(NULL, (UINT)(n - 1));
    if (s != NULL)
        MultiByteToWideChar(CP_UTF8, 0, utf8, -1, s, n);
    return s;
}

char *ac_utf8(const WCHAR *s)
{
    if (s == NULL)
        s = L"";
    int n = WideCharToMultiByte(CP_UTF8, 0, s, -1, NULL, 0, NULL, NULL);
    char *text = n > 0 ? malloc((size_t)n) : NULL;
    if (text != NULL)
        WideCharToMultiByte(CP_UTF8, 0, s, -1, text, n, NULL, NULL);
    return text;
}
