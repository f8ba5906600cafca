/* The schema store: <sectionSchema> elements of w3compat's own schema (the sections it
 * implements, ac_builtin_schema.c) and of every *.xml file of the schema folder, as IIS
 * reads inetsrv\config\schema at start. A section described twice keeps its first
 * description (w3compat's own come first, as IIS_schema.xml does). */
#include "appconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const char ac_builtin_schema[];

struct ac_schema {
    ac_node **files; /* parsed <configSchema> documents */
    size_t count;
};

static void add_tree(ac_schema *schema, ac_node *root)
{
    ac_node **files = realloc(schema->files, (schema->count + 1) * sizeof *files);
    if (files == NULL) {
        ac_node_free(root);
        return;
    }
    schema->files = files;
    files[schema->count++] = root;
}

static int has_xml_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && _stricmp(name + n - 4, ".xml") == 0;
}

/* The folder's *.xml files in name order, so that the result does not depend on the
 * order the file system lists them. */
static void load_folder(ac_schema *schema, const char *folder)
{
    char pattern[1024];
    snprintf(pattern, sizeof pattern, "%s/*", folder);
    WIN32_FIND_DATAA found;
    HANDLE find = FindFirstFileA(pattern, &found);
    if (find == INVALID_HANDLE_VALUE)
        return;
    char **names = NULL;
    size_t count = 0;
    do {
        if ((found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) || !has_xml_suffix(found.cFileName))
            continue;
        char **more = realloc(names, (count + 1) * sizeof *names);
        if (more == NULL)
            break;
        names = more;
        names[count] = _strdup(found.cFileName);
        if (names[count] != NULL)
            count++;
    } while (FindNextFileA(find, &found));
    FindClose(find);
    for (size_t i = 1; i < count; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    for (size_t i = 0; i < count; i++) {
        char path[1024], err[256];
        snprintf(path, sizeof path, "%s/%s", folder, names[i]);
        ac_node *root = ac_parse_file(path, err, sizeof err);
        if (root != NULL)
            add_tree(schema, root); /* a schema file that is no XML describes nothing */
        free(names[i]);
    }
    free(names);
}

ac_schema *ac_schema_load(const char *folder)
{
    ac_schema *schema = calloc(1, sizeof *schema);
    if (schema == NULL)
        return NULL;
    char err[256];
    ac_node *own = ac_parse_text(ac_builtin_schema, strlen(ac_builtin_schema), "w3compat schema",
                                 err, sizeof err);
    if (own != NULL)
        add_tree(schema, own);
    if (folder != NULL)
        load_folder(schema, folder);
    return schema;
}

void ac_schema_free(ac_schema *schema)
{
    if (schema == NULL)
        return;
    for (size_t i = 0; i < schema->count; i++)
        ac_node_free(schema->files[i]);
    free(schema->files);
    free(schema);
}

const ac_node *ac_schema_section(const ac_schema *schema, const char *section)
{
    for (size_t i = 0; schema != NULL && i < schema->count; i++) {
        const ac_node *found = ac_kid(schema->files[i], "sectionSchema", "name", section);
        if (found != NULL)
            return found;
    }
    return NULL;
}

const ac_node *ac_schema_child(const ac_node *element, const char *name)
{
    return ac_kid(element, "element", "name", name);
}

const ac_node *ac_schema_collection(const ac_node *element)
{
    return ac_kid(element, "collection", NULL, NULL);
}

const ac_node *ac_schema_attribute(const ac_node *element, const char *name)
{
    return ac_kid(element, "attribute", "name", name);
}

int ac_is_add_name(const ac_node *collection, const char *name)
{
    const char *names = collection != NULL ? ac_attr(collection, "addElement") : "add";
    if (names == NULL)
        return 0;
    size_t n = strlen(name);
    for (const char *p = names; *p != '\0';) {
        const char *end = strchr(p, ',');
        size_t len = end != NULL ? (size_t)(end - p) : strlen(p);
        if (len == n && _strnicmp(p, name, n) == 0)
            return 1;
        p += len + (end != NULL);
    }
    return 0;
}
