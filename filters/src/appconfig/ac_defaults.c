/* The layer beneath applicationHost.config: what IIS's shipped applicationHost.config
 * sets for the modules w3compat implements (the full MIME map of <staticContent>, the
 * hidden segments of <requestFiltering>), so that a configuration file that leaves them
 * out serves as IIS does, and one that lists them (as IIS's own does) changes nothing;
 * <remove> and <clear/> in the files take them away as they would on IIS. */
#include "appconfig.h"

#include "core/iis_defaults.h"

static ac_node *add_kid(ac_node *parent, const char *name)
{
    ac_node *kid = ac_node_new(name);
    if (kid != NULL && !ac_add_kid(parent, kid)) {
        ac_node_free(kid);
        kid = NULL;
    }
    return kid;
}

static int add_entry(ac_node *parent, const char *name, const char *attr, const char *value,
                     const char *attr2, const char *value2)
{
    ac_node *entry = add_kid(parent, name);
    return entry != NULL && ac_set_attr(entry, attr, value) &&
           (attr2 == NULL || ac_set_attr(entry, attr2, value2));
}

ac_node *ac_defaults_new(void)
{
    ac_node *root = ac_node_new("configuration");
    ac_node *web = root ? add_kid(root, "system.webServer") : NULL;
    ac_node *content = web ? add_kid(web, "staticContent") : NULL;
    ac_node *security = web ? add_kid(web, "security") : NULL;
    ac_node *filtering = security ? add_kid(security, "requestFiltering") : NULL;
    ac_node *hidden = filtering ? add_kid(filtering, "hiddenSegments") : NULL;
    int ok = hidden != NULL;
    for (size_t i = 0; ok && i < w3e_default_mime_count; i++)
        ok = add_entry(content, "mimeMap", "fileExtension", w3e_default_mime_map[i].extension,
                       "mimeType", w3e_default_mime_map[i].type);
    for (size_t i = 0; ok && i < W3E_DEFAULT_HIDDEN_SEGMENT_COUNT; i++)
        ok = add_entry(hidden, "add", "segment", w3e_default_hidden_segments[i], NULL, NULL);
    if (!ok) {
        ac_node_free(root);
        return NULL;
    }
    return root;
}
