/* The IIS configuration system (ahadmin.h) over applicationHost.config, the schema files
 * and the sites' web.config files. C parts: an XML element tree (ac_xml.c), the schema
 * store (ac_schema.c), the cache of parsed files (ac_files.c), the merge of a section
 * for a configuration path (ac_merge.c), text to VARIANT (ac_value.c); the COM objects
 * over them are C++ (ac_element.cpp, ac_property.cpp, ac_manager.cpp). */
#ifndef W3E_APPCONFIG_H
#define W3E_APPCONFIG_H

#include <windows.h>
#include <oleauto.h>

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* An XML element: its attributes as name/value pairs and its child elements. */
typedef struct ac_node {
    char *name;
    char **attrs; /* attr_count pairs: attrs[2i] name, attrs[2i+1] value */
    size_t attr_count;
    struct ac_node **kids;
    size_t kid_count;
    unsigned line; /* where it starts in its file */
} ac_node;

/* ac_xml.c */
ac_node *ac_node_new(const char *name);
void ac_node_free(ac_node *node);
ac_node *ac_node_clone(const ac_node *node);
const char *ac_attr(const ac_node *node, const char *name); /* NULL if absent */
int ac_set_attr(ac_node *node, const char *name, const char *value);
void ac_unset_attr(ac_node *node, const char *name);
int ac_add_kid(ac_node *node, ac_node *kid);
void ac_remove_kid(ac_node *node, size_t index);
/* The first child named `name` (case-insensitive), and with attribute `attr` equal to
 * `value` when attr is not NULL. */
ac_node *ac_kid(const ac_node *node, const char *name, const char *attr, const char *value);
/* Parses an XML file (text when `path` is NULL); NULL with "FILE:LINE: reason" in err. */
ac_node *ac_parse_file(const char *path, char *err, size_t err_size);
ac_node *ac_parse_text(const char *text, size_t len, const char *name, char *err, size_t err_size);
/* UTF-8 <-> BSTR / wide text; malloc'd results. */
BSTR ac_bstr(const char *utf8);
char *ac_utf8(const WCHAR *s);

/* ac_schema.c: <sectionSchema> elements by name, from w3compat's own schema and the
 * *.xml files of a folder (IIS's inetsrv\config\schema). */
typedef struct ac_schema ac_schema;
ac_schema *ac_schema_load(const char *folder);
void ac_schema_free(ac_schema *schema);
const ac_node *ac_schema_section(const ac_schema *schema, const char *section);
/* Within an element's schema: the schema of child element `name`, the <collection>,
 * an <attribute>; NULL if there is none (or `element` is NULL). */
const ac_node *ac_schema_child(const ac_node *element, const char *name);
const ac_node *ac_schema_collection(const ac_node *element);
const ac_node *ac_schema_attribute(const ac_node *element, const char *name);
/* Nonzero if `name` is one of the collection's addElement names ("add" without schema). */
int ac_is_add_name(const ac_node *collection, const char *name);

/* ac_files.c: parsed configuration files, re-read when their time or size changes. */
typedef struct ac_files ac_files;
ac_files *ac_files_new(void);
void ac_files_free(ac_files *files);
/* The cache is used under its lock (a merge reads several files at one moment). */
void ac_files_lock(ac_files *files);
void ac_files_unlock(ac_files *files);
/* The file's tree, or NULL: *missing set if there is no such file, else err says why it
 * could not be read. The tree stays valid until the next call for the same path. */
const ac_node *ac_files_get(ac_files *files, const char *path, int *missing, char *err,
                            size_t err_size);

/* ac_merge.c: the section `section` ("system.webServer/x") as it applies at the
 * configuration path `config_path` ("MACHINE/WEBROOT/APPHOST[/Site[/dir...]]"),
 * applicationHost.config, its <location> blocks, then the web.config files down the
 * site's folders merged in order. S_OK with a tree the caller frees; on failure an
 * HRESULT as IIS returns it, with a reason in err. */
typedef struct ac_config {
    const char *app_host_path; /* applicationHost.config */
    ac_files *files;
    const ac_schema *schema;
    const ac_node *defaults; /* merged first (ac_defaults_new); may be NULL */
} ac_config;
HRESULT ac_merge_section(const ac_config *cfg, const char *section, const char *config_path,
                         ac_node **out, char *err, size_t err_size);

/* Whether the files a configuration path reads (applicationHost.config and the
 * web.config files down to it) are well-formed: S_OK, or
 * HRESULT_FROM_WIN32(ERROR_INVALID_DATA) with "FILE:LINE: reason" in err. */
HRESULT ac_check_path(const ac_config *cfg, const char *config_path, char *err, size_t err_size);

/* A number that changes when applicationHost.config or a web.config file the
 * configuration path reads (or would read, if it existed) changes. */
unsigned long long ac_stamp(const ac_config *cfg, const char *config_path);

/* ac_defaults.c: IIS's shipped settings for the sections w3compat implements, as a
 * <configuration> tree; NULL if out of memory. */
ac_node *ac_defaults_new(void);

/* ac_value.c: an attribute's text as IIS's VARIANT for its schema type ("bool",
 * "uint", "int", "int64", "enum", "flags", "timeSpan", "string", "expandString"; a NULL
 * attribute schema reads as string). */
HRESULT ac_value(const ac_node *attribute_schema, const char *text, VARIANT *out);

/* ac_text.c: a VARIANT as an attribute's text for its schema type (the inverse of
 * ac_value); E_INVALIDARG if the value does not fit the type. *out is malloc'd. */
HRESULT ac_text(const ac_node *attribute_schema, const VARIANT *value, char **out);

/* ac_write.c: writes the tree as the XML file `path`, atomically (a temporary file
 * renamed over it). */
HRESULT ac_write_file(const ac_node *root, const char *path);

#ifdef __cplusplus
}
#endif

#endif
