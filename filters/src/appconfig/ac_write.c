/* Writing an element tree back as a configuration file: indented XML, attributes in
 * their order, written to a temporary file beside the target and renamed over it, so
 * that a reader sees the old file or the new one, never a torn one. */
#include "appconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_escaped(FILE *f, const char *text)
{
    for (const char *p = text; *p != '\0'; p++) {
        switch (*p) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        default:
            fputc(*p, f);
        }
    }
}

static void put_node(FILE *f, const ac_node *node, int depth)
{
    fprintf(f, "%*s<%s", 2 * depth, "", node->name);
    for (size_t i = 0; i < node->attr_count; i++) {
        fprintf(f, " %s=\"", node->attrs[2 * i]);
        put_escaped(f, node->attrs[2 * i + 1]);
        fputc('"', f);
    }
    if (node->kid_count == 0) {
        fputs(" />\n", f);
        return;
    }
    fputs(">\n", f);
    for (size_t i = 0; i < node->kid_count; i++)
        put_node(f, node->kids[i], depth + 1);
    fprintf(f, "%*s</%s>\n", 2 * depth, "", node->name);
}

HRESULT ac_write_file(const ac_node *root, const char *path)
{
    size_t n = strlen(path) + 16;
    char *temp = malloc(n);
    if (temp == NULL)
        return E_OUTOFMEMORY;
    snprintf(temp, n, "%s.w3tmp", path);
    FILE *f = fopen(temp, "wb");
    if (f == NULL) {
        free(temp);
        return HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED);
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
    put_node(f, root, 0);
    int ok = fflush(f) == 0 && !ferror(f);
    ok = fclose(f) == 0 && ok;
    ok = ok && MoveFileExA(temp, path, MOVEFILE_REPLACE_EXISTING);
    if (!ok)
        DeleteFileA(temp);
    free(temp);
    return ok ? S_OK : HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED);
}
