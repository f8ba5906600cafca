/* IAppHostProperty, IAppHostPropertyCollection and IAppHostPropertyException. A
 * property's text is the merged files' or else its schema's defaultValue (or the type's
 * zero); get_Value converts it by the schema's type (ac_value.c). */
#include "appconfig/ac_objects.h"

#include <stdlib.h>
#include <string.h>

namespace w3ac
{

HRESULT give_bstr(const char *text, BSTR *out)
{
    if (out == NULL)
        return E_POINTER;
    *out = ac_bstr(text != NULL ? text : "");
    return *out != NULL ? S_OK : E_OUTOFMEMORY;
}

HRESULT item_index(const VARIANT &index, size_t count, const std::vector<std::string> *names,
                   size_t *out)
{
    if (V_VT(&index) == VT_BSTR) {
        if (names == NULL || V_BSTR(&index) == NULL)
            return HRESULT_FROM_WIN32(ERROR_INVALID_INDEX);
        char *name = ac_utf8(V_BSTR(&index)); /* not SysStringLen: callers pass literals */
        HRESULT hr = HRESULT_FROM_WIN32(ERROR_INVALID_INDEX);
        for (size_t i = 0; name != NULL && i < names->size(); i++)
            if (_stricmp((*names)[i].c_str(), name) == 0) {
                *out = i;
                hr = S_OK;
                break;
            }
        free(name);
        return hr;
    }
    VARIANT number;
    VariantInit(&number);
    if (FAILED(VariantChangeType(&number, const_cast<VARIANT *>(&index), 0, VT_I8)) ||
        V_I8(&number) < 0 || (unsigned long long)V_I8(&number) >= count)
        return HRESULT_FROM_WIN32(ERROR_INVALID_INDEX);
    *out = (size_t)V_I8(&number);
    return S_OK;
}

std::vector<std::string> property_names(const ac_node *node, const ac_node *schema)
{
    std::vector<std::string> names;
    if (schema != NULL) {
        for (size_t i = 0; i < schema->kid_count; i++)
            if (_stricmp(schema->kids[i]->name, "attribute") == 0 &&
                ac_attr(schema->kids[i], "name"))
                names.push_back(ac_attr(schema->kids[i], "name"));
        return names;
    }
    for (size_t i = 0; i < node->attr_count; i++)
        names.push_back(node->attrs[2 * i]);
    return names;
}

/* The failure of a value to convert to its type. */
class PropertyException : public Unknown<IAppHostPropertyException>
{
  public:
    PropertyException(const std::string &value, const std::string &reason)
        : value_(value), reason_(reason)
    {
    }
    HRESULT STDMETHODCALLTYPE get_LineNumber(ULONG *line) override
    {
        if (line == NULL)
            return E_POINTER;
        *line = 0;
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE get_FileName(BSTR *out) override { return give_bstr("", out); }
    HRESULT STDMETHODCALLTYPE get_ConfigPath(BSTR *out) override { return give_bstr("", out); }
    HRESULT STDMETHODCALLTYPE get_ErrorLine(BSTR *out) override { return give_bstr("", out); }
    HRESULT STDMETHODCALLTYPE get_PreErrorLine(BSTR *out) override { return give_bstr("", out); }
    HRESULT STDMETHODCALLTYPE get_PostErrorLine(BSTR *out) override { return give_bstr("", out); }
    HRESULT STDMETHODCALLTYPE get_ErrorString(BSTR *out) override
    {
        return give_bstr(reason_.c_str(), out);
    }
    HRESULT STDMETHODCALLTYPE get_InvalidValue(BSTR *out) override
    {
        return give_bstr(value_.c_str(), out);
    }
    HRESULT STDMETHODCALLTYPE get_ValidationFailureReason(BSTR *out) override
    {
        return give_bstr(reason_.c_str(), out);
    }
    HRESULT STDMETHODCALLTYPE get_ValidationFailureParameters(SAFEARRAY **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        return S_OK;
    }

  protected:
    bool also(REFIID riid) override { return IsEqualIID(riid, __uuidof(IAppHostConfigException)); }

  private:
    std::string value_, reason_;
};

class Property : public Unknown<IAppHostProperty>
{
  public:
    Property(Snapshot *snap, ac_node *node, const char *name, const char *text,
             const ac_node *schema)
        : snap_(snap), node_(node), name_(name), text_(text), schema_(schema)
    {
        snap_->hold();
    }
    ~Property() override { snap_->drop(); }
    HRESULT STDMETHODCALLTYPE get_Name(BSTR *out) override { return give_bstr(name_.c_str(), out); }
    HRESULT STDMETHODCALLTYPE get_Value(VARIANT *out) override
    {
        if (out == NULL)
            return E_POINTER;
        return ac_value(schema_, text_.c_str(), out);
    }
    HRESULT STDMETHODCALLTYPE put_Value(VARIANT value) override
    {
        if (!snap_->writable())
            return E_NOTIMPL;
        char *text = NULL;
        HRESULT hr = ac_text(schema_, &value, &text);
        if (FAILED(hr))
            return hr;
        if (!ac_set_attr(node_, name_.c_str(), text)) {
            free(text);
            return E_OUTOFMEMORY;
        }
        text_ = text;
        free(text);
        return S_OK;
    }
    /* The file no longer sets the property: it has the schema's default again. */
    HRESULT STDMETHODCALLTYPE Clear() override
    {
        if (!snap_->writable())
            return E_NOTIMPL;
        ac_unset_attr(node_, name_.c_str());
        text_ = default_text(schema_);
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE get_StringValue(BSTR *out) override
    {
        return give_bstr(text_.c_str(), out);
    }
    HRESULT STDMETHODCALLTYPE get_Exception(IAppHostPropertyException **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        VARIANT value;
        if (SUCCEEDED(ac_value(schema_, text_.c_str(), &value))) {
            VariantClear(&value);
            return S_OK;
        }
        std::string reason = "the value is no valid ";
        reason += ac_attr(schema_, "type") ? ac_attr(schema_, "type") : "value";
        *out = new (std::nothrow) PropertyException(text_, reason);
        return *out != NULL ? S_OK : E_OUTOFMEMORY;
    }
    HRESULT STDMETHODCALLTYPE GetMetadata(BSTR, VARIANT *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE SetMetadata(BSTR, VARIANT) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE get_Schema(IAppHostPropertySchema **out) override
    {
        return new_property_schema(snap_, schema_, out);
    }

  private:
    Snapshot *snap_;
    ac_node *node_;
    std::string name_, text_;
    const ac_node *schema_;
};

const char *default_text(const ac_node *schema)
{
    const char *text = ac_attr(schema, "defaultValue");
    const char *type = ac_attr(schema, "type");
    if (text != NULL)
        return text;
    if (type == NULL || _stricmp(type, "string") == 0 || _stricmp(type, "expandString") == 0)
        return "";
    if (_stricmp(type, "bool") == 0)
        return "false";
    return _stricmp(type, "flags") == 0 ? "" : "0";
}

HRESULT new_property(Snapshot *snap, ac_node *node, const char *name, const ac_node *schema,
                     IAppHostProperty **out)
{
    if (out == NULL)
        return E_POINTER;
    const ac_node *attribute = ac_schema_attribute(schema, name);
    const char *text = ac_attr(node, name);
    *out = NULL;
    if (schema != NULL && attribute == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_INDEX);
    if (schema == NULL && text == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_INDEX);
    if (attribute != NULL)
        name = ac_attr(attribute, "name"); /* as the schema spells it */
    *out = new (std::nothrow)
        Property(snap, node, name, text ? text : default_text(attribute), attribute);
    return *out != NULL ? S_OK : E_OUTOFMEMORY;
}

class PropertyCollection : public Unknown<IAppHostPropertyCollection>
{
  public:
    PropertyCollection(Snapshot *snap, ac_node *node, const ac_node *schema)
        : snap_(snap), node_(node), schema_(schema), names_(property_names(node, schema))
    {
        snap_->hold();
    }
    ~PropertyCollection() override { snap_->drop(); }
    HRESULT STDMETHODCALLTYPE get_Count(DWORD *count) override
    {
        if (count == NULL)
            return E_POINTER;
        *count = (DWORD)names_.size();
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE get_Item(VARIANT index, IAppHostProperty **out) override
    {
        size_t at;
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        HRESULT hr = item_index(index, names_.size(), &names_, &at);
        return FAILED(hr) ? hr : new_property(snap_, node_, names_[at].c_str(), schema_, out);
    }

  private:
    Snapshot *snap_;
    ac_node *node_;
    const ac_node *schema_;
    std::vector<std::string> names_;
};

HRESULT new_property_collection(Snapshot *snap, ac_node *node, const ac_node *schema,
                                IAppHostPropertyCollection **out)
{
    if (out == NULL)
        return E_POINTER;
    *out = new (std::nothrow) PropertyCollection(snap, node, schema);
    return *out != NULL ? S_OK : E_OUTOFMEMORY;
}

} // namespace w3ac
