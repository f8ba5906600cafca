/* The schema objects of the configuration system: IAppHostElementSchema,
 * IAppHostPropertySchema, IAppHostCollectionSchema, their collections and the possible
 * values of enum and flags attributes, over the schema files' <sectionSchema>, <element>,
 * <collection> and <attribute> elements. Each holds the Snapshot it came from, and so
 * the manager that owns the schema. */
#include "appconfig/ac_objects.h"

#include <stdlib.h>
#include <string.h>

namespace w3ac
{

/* A schema flag attribute ("true"/"false") as a VARIANT_BOOL. */
static HRESULT give_flag(const ac_node *node, const char *name, bool otherwise, VARIANT_BOOL *out)
{
    if (out == NULL)
        return E_POINTER;
    const char *text = ac_attr(node, name);
    bool on = text != NULL ? _stricmp(text, "true") == 0 : otherwise;
    *out = on ? VARIANT_TRUE : VARIANT_FALSE;
    return S_OK;
}

/* The kids of `node` named `kind` (case-insensitive). */
static std::vector<const ac_node *> kids_named(const ac_node *node, const char *kind)
{
    std::vector<const ac_node *> kids;
    for (size_t i = 0; node != NULL && i < node->kid_count; i++)
        if (_stricmp(node->kids[i]->name, kind) == 0)
            kids.push_back(node->kids[i]);
    return kids;
}

static std::vector<std::string> names_of(const std::vector<const ac_node *> &nodes)
{
    std::vector<std::string> names;
    for (size_t i = 0; i < nodes.size(); i++)
        names.push_back(ac_attr(nodes[i], "name") ? ac_attr(nodes[i], "name") : "");
    return names;
}

/* Holds a Snapshot for as long as the object lives. */
class Held
{
  public:
    explicit Held(Snapshot *snap) : snap_(snap) { snap_->hold(); }
    ~Held() { snap_->drop(); }
    Snapshot *snap() const { return snap_; }

  private:
    Held(const Held &);
    Held &operator=(const Held &);
    Snapshot *snap_;
};

class ConstantValue : public Unknown<IAppHostConstantValue>, Held
{
  public:
    ConstantValue(Snapshot *snap, const ac_node *item) : Held(snap), item_(item) {}
    HRESULT STDMETHODCALLTYPE get_Name(BSTR *out) override
    {
        return give_bstr(ac_attr(item_, "name") ? ac_attr(item_, "name") : "", out);
    }
    HRESULT STDMETHODCALLTYPE get_Value(DWORD *out) override
    {
        if (out == NULL)
            return E_POINTER;
        const char *text = ac_attr(item_, "value");
        *out = text != NULL ? (DWORD)strtoul(text, NULL, 0) : 0;
        return S_OK;
    }

  private:
    const ac_node *item_;
};

class ConstantValueCollection : public Unknown<IAppHostConstantValueCollection>, Held
{
  public:
    ConstantValueCollection(Snapshot *snap, const std::vector<const ac_node *> &items)
        : Held(snap), items_(items), names_(names_of(items))
    {
    }
    HRESULT STDMETHODCALLTYPE get_Count(DWORD *out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = (DWORD)items_.size();
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE get_Item(VARIANT index, IAppHostConstantValue **out) override
    {
        size_t at;
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        HRESULT hr = item_index(index, items_.size(), &names_, &at);
        if (FAILED(hr))
            return hr;
        *out = new (std::nothrow) ConstantValue(snap(), items_[at]);
        return *out != NULL ? S_OK : E_OUTOFMEMORY;
    }

  private:
    std::vector<const ac_node *> items_;
    std::vector<std::string> names_;
};

class PropertySchema : public Unknown<IAppHostPropertySchema>, Held
{
  public:
    PropertySchema(Snapshot *snap, const ac_node *attribute) : Held(snap), attr_(attribute) {}
    HRESULT STDMETHODCALLTYPE get_Name(BSTR *out) override { return text("name", "", out); }
    HRESULT STDMETHODCALLTYPE get_Type(BSTR *out) override { return text("type", "string", out); }
    HRESULT STDMETHODCALLTYPE get_DefaultValue(VARIANT *out) override
    {
        if (out == NULL)
            return E_POINTER;
        return ac_value(attr_, default_text(attr_), out);
    }
    HRESULT STDMETHODCALLTYPE get_IsRequired(VARIANT_BOOL *out) override
    {
        return give_flag(attr_, "required", false, out);
    }
    HRESULT STDMETHODCALLTYPE get_IsUniqueKey(VARIANT_BOOL *out) override
    {
        return give_flag(attr_, "isUniqueKey", false, out);
    }
    HRESULT STDMETHODCALLTYPE get_IsCombinedKey(VARIANT_BOOL *out) override
    {
        return give_flag(attr_, "isCombinedKey", false, out);
    }
    HRESULT STDMETHODCALLTYPE get_IsExpanded(VARIANT_BOOL *out) override
    {
        return give_flag(attr_, "expanded", false, out);
    }
    HRESULT STDMETHODCALLTYPE get_ValidationType(BSTR *out) override
    {
        return text("validationType", "", out);
    }
    HRESULT STDMETHODCALLTYPE get_ValidationParameter(BSTR *out) override
    {
        return text("validationParameter", "", out);
    }
    HRESULT STDMETHODCALLTYPE GetMetadata(BSTR, VARIANT *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE get_IsCaseSensitive(VARIANT_BOOL *out) override
    {
        return give_flag(attr_, "caseSensitive", false, out);
    }
    HRESULT STDMETHODCALLTYPE get_PossibleValues(IAppHostConstantValueCollection **out) override
    {
        if (out == NULL)
            return E_POINTER;
        const char *type = ac_attr(attr_, "type");
        bool flags = type != NULL && _stricmp(type, "flags") == 0;
        *out = new (std::nothrow)
            ConstantValueCollection(snap(), kids_named(attr_, flags ? "flag" : "enum"));
        return *out != NULL ? S_OK : E_OUTOFMEMORY;
    }
    HRESULT STDMETHODCALLTYPE get_DoesAllowInfinite(VARIANT_BOOL *out) override
    {
        return give_flag(attr_, "allowInfinite", false, out);
    }
    HRESULT STDMETHODCALLTYPE get_IsEncrypted(VARIANT_BOOL *out) override
    {
        return give_flag(attr_, "encrypted", false, out);
    }
    HRESULT STDMETHODCALLTYPE get_TimeSpanFormat(BSTR *out) override
    {
        return text("timeSpanFormat", "", out);
    }

  private:
    HRESULT text(const char *name, const char *otherwise, BSTR *out)
    {
        const char *value = ac_attr(attr_, name);
        return give_bstr(value != NULL ? value : otherwise, out);
    }
    const ac_node *attr_;
};

class PropertySchemaCollection : public Unknown<IAppHostPropertySchemaCollection>, Held
{
  public:
    PropertySchemaCollection(Snapshot *snap, const std::vector<const ac_node *> &attributes)
        : Held(snap), attrs_(attributes), names_(names_of(attributes))
    {
    }
    HRESULT STDMETHODCALLTYPE get_Count(DWORD *out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = (DWORD)attrs_.size();
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE get_Item(VARIANT index, IAppHostPropertySchema **out) override
    {
        size_t at;
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        HRESULT hr = item_index(index, attrs_.size(), &names_, &at);
        return FAILED(hr) ? hr : new_property_schema(snap(), attrs_[at], out);
    }

  private:
    std::vector<const ac_node *> attrs_;
    std::vector<std::string> names_;
};

/* Which of a schema node's attributes an element schema shows: all, only the unique keys
 * (a collection's remove element) or none (its clear element). */
enum ElementKind { ALL_PROPERTIES, KEY_PROPERTIES, NO_PROPERTIES };

HRESULT new_element_schema_as(Snapshot *snap, const ac_node *schema, const std::string &name,
                              ElementKind kind, IAppHostElementSchema **out);

class ElementSchemaCollection : public Unknown<IAppHostElementSchemaCollection>, Held
{
  public:
    ElementSchemaCollection(Snapshot *snap, const std::vector<const ac_node *> &elements)
        : Held(snap), elements_(elements), names_(names_of(elements))
    {
    }
    HRESULT STDMETHODCALLTYPE get_Count(DWORD *out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = (DWORD)elements_.size();
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE get_Item(VARIANT index, IAppHostElementSchema **out) override
    {
        size_t at;
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        HRESULT hr = item_index(index, elements_.size(), &names_, &at);
        return FAILED(hr)
                   ? hr
                   : new_element_schema_as(snap(), elements_[at], names_[at], ALL_PROPERTIES, out);
    }

  private:
    std::vector<const ac_node *> elements_;
    std::vector<std::string> names_;
};

/* One name of a collection's comma-separated element names (addElement...). */
static bool has_name(const char *names, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = names; p != NULL && *p != '\0';) {
        const char *end = strchr(p, ',');
        size_t len = end != NULL ? (size_t)(end - p) : strlen(p);
        if (len == n && _strnicmp(p, name, n) == 0)
            return true;
        p += len + (end != NULL);
    }
    return false;
}

class CollectionSchema : public Unknown<IAppHostCollectionSchema>, Held
{
  public:
    CollectionSchema(Snapshot *snap, const ac_node *collection) : Held(snap), coll_(collection) {}
    HRESULT STDMETHODCALLTYPE get_AddElementNames(BSTR *out) override
    {
        return give_bstr(add_names(), out);
    }
    HRESULT STDMETHODCALLTYPE GetAddElementSchema(BSTR name, IAppHostElementSchema **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        char *text = name != NULL ? ac_utf8(name) : NULL;
        if (text == NULL)
            return name != NULL ? E_OUTOFMEMORY : E_INVALIDARG;
        HRESULT hr = has_name(add_names(), text)
                         ? new_element_schema_as(snap(), coll_, text, ALL_PROPERTIES, out)
                         : HRESULT_FROM_WIN32(ERROR_INVALID_INDEX);
        free(text);
        return hr;
    }
    HRESULT STDMETHODCALLTYPE get_RemoveElementSchema(IAppHostElementSchema **out) override
    {
        return named_schema("removeElement", KEY_PROPERTIES, out);
    }
    HRESULT STDMETHODCALLTYPE get_ClearElementSchema(IAppHostElementSchema **out) override
    {
        return named_schema("clearElement", NO_PROPERTIES, out);
    }
    HRESULT STDMETHODCALLTYPE get_IsMergeAppend(VARIANT_BOOL *out) override
    {
        return give_flag(coll_, "mergeAppend", true, out);
    }
    HRESULT STDMETHODCALLTYPE GetMetadata(BSTR, VARIANT *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE get_DoesAllowDuplicates(VARIANT_BOOL *out) override
    {
        return give_flag(coll_, "allowDuplicates", false, out);
    }

  private:
    const char *add_names() const
    {
        const char *names = ac_attr(coll_, "addElement");
        return names != NULL ? names : "add";
    }
    HRESULT named_schema(const char *attribute, ElementKind kind, IAppHostElementSchema **out)
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        const char *name = ac_attr(coll_, attribute);
        if (name == NULL)
            return HRESULT_FROM_WIN32(ERROR_INVALID_INDEX); /* the collection has none */
        return new_element_schema_as(snap(), coll_, name, kind, out);
    }
    const ac_node *coll_;
};

class ElementSchema : public Unknown<IAppHostElementSchema>, Held
{
  public:
    ElementSchema(Snapshot *snap, const ac_node *schema, const std::string &name, ElementKind kind)
        : Held(snap), schema_(schema), name_(name), kind_(kind)
    {
    }
    HRESULT STDMETHODCALLTYPE get_Name(BSTR *out) override { return give_bstr(name_.c_str(), out); }
    HRESULT STDMETHODCALLTYPE get_DoesAllowUnschematizedProperties(VARIANT_BOOL *out) override
    {
        return give_flag(schema_, "allowUnrecognizedAttributes", false, out);
    }
    HRESULT STDMETHODCALLTYPE GetMetadata(BSTR, VARIANT *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE get_CollectionSchema(IAppHostCollectionSchema **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        const ac_node *collection = kind_ == ALL_PROPERTIES ? ac_schema_collection(schema_) : NULL;
        if (collection == NULL)
            return HRESULT_FROM_WIN32(ERROR_INVALID_INDEX); /* the element has none */
        return new_collection_schema(snap(), collection, out);
    }
    HRESULT STDMETHODCALLTYPE
    get_ChildElementSchemas(IAppHostElementSchemaCollection **out) override
    {
        if (out == NULL)
            return E_POINTER;
        std::vector<const ac_node *> none;
        *out = new (std::nothrow) ElementSchemaCollection(
            snap(), kind_ == ALL_PROPERTIES ? kids_named(schema_, "element") : none);
        return *out != NULL ? S_OK : E_OUTOFMEMORY;
    }
    HRESULT STDMETHODCALLTYPE get_PropertySchemas(IAppHostPropertySchemaCollection **out) override
    {
        if (out == NULL)
            return E_POINTER;
        std::vector<const ac_node *> attributes;
        if (kind_ != NO_PROPERTIES) {
            std::vector<const ac_node *> all = kids_named(schema_, "attribute");
            for (size_t i = 0; i < all.size(); i++) {
                const char *key = ac_attr(all[i], "isUniqueKey");
                const char *combined = ac_attr(all[i], "isCombinedKey");
                bool is_key = (key && _stricmp(key, "true") == 0) ||
                              (combined && _stricmp(combined, "true") == 0);
                if (kind_ == ALL_PROPERTIES || is_key)
                    attributes.push_back(all[i]);
            }
        }
        *out = new (std::nothrow) PropertySchemaCollection(snap(), attributes);
        return *out != NULL ? S_OK : E_OUTOFMEMORY;
    }
    HRESULT STDMETHODCALLTYPE get_IsCollectionDefault(VARIANT_BOOL *out) override
    {
        return give_flag(schema_, "isCollectionDefault", false, out);
    }

  private:
    const ac_node *schema_;
    std::string name_;
    ElementKind kind_;
};

HRESULT new_element_schema_as(Snapshot *snap, const ac_node *schema, const std::string &name,
                              ElementKind kind, IAppHostElementSchema **out)
{
    *out = new (std::nothrow) ElementSchema(snap, schema, name, kind);
    return *out != NULL ? S_OK : E_OUTOFMEMORY;
}

HRESULT new_element_schema(Snapshot *snap, const ac_node *schema, const char *name,
                           IAppHostElementSchema **out)
{
    if (out == NULL)
        return E_POINTER;
    *out = NULL;
    if (schema == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_FOUND); /* a section no schema describes */
    return new_element_schema_as(snap, schema, name, ALL_PROPERTIES, out);
}

HRESULT new_property_schema(Snapshot *snap, const ac_node *attribute, IAppHostPropertySchema **out)
{
    if (out == NULL)
        return E_POINTER;
    *out = NULL;
    if (attribute == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_FOUND);
    *out = new (std::nothrow) PropertySchema(snap, attribute);
    return *out != NULL ? S_OK : E_OUTOFMEMORY;
}

HRESULT new_collection_schema(Snapshot *snap, const ac_node *collection,
                              IAppHostCollectionSchema **out)
{
    if (out == NULL)
        return E_POINTER;
    *out = NULL;
    if (collection == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_FOUND);
    *out = new (std::nothrow) CollectionSchema(snap, collection);
    return *out != NULL ? S_OK : E_OUTOFMEMORY;
}

} // namespace w3ac
