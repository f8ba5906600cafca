/* IAppHostElement, IAppHostElementCollection and IAppHostChildElementCollection over a
 * merged section (Snapshot). An element's schema is its <sectionSchema>, <element> or,
 * for a collection entry, the <collection>; without one (a section no schema
 * describes) its properties are the attributes the files set, as text. */
#include "appconfig/ac_objects.h"

#include <stdlib.h>
#include <string.h>

namespace w3ac
{

Snapshot::Snapshot(ac_node *root, const ac_node *schema, IUnknown *owner, bool writable)
    : writable_(writable), root_(root), schema_(schema), owner_(owner)
{
    owner_->AddRef();
    InitializeCriticalSection(&lock_);
}

Snapshot::~Snapshot()
{
    for (size_t i = 0; i < loose_.size(); i++)
        ac_node_free(loose_[i]);
    ac_node_free(root_);
    DeleteCriticalSection(&lock_);
    owner_->Release();
}

void Snapshot::drop()
{
    if (InterlockedDecrement(&refs_) == 0)
        delete this;
}

bool Snapshot::keep_loose(ac_node *node)
{
    EnterCriticalSection(&lock_);
    bool kept = true;
    try {
        loose_.push_back(node);
    } catch (...) {
        kept = false;
    }
    LeaveCriticalSection(&lock_);
    return kept;
}

bool Snapshot::take_loose(ac_node *node)
{
    EnterCriticalSection(&lock_);
    bool found = false;
    for (size_t i = 0; i < loose_.size(); i++)
        if (loose_[i] == node) {
            loose_.erase(loose_.begin() + (long)i);
            found = true;
            break;
        }
    LeaveCriticalSection(&lock_);
    return found;
}

ac_node *Snapshot::child(ac_node *parent, const char *name)
{
    EnterCriticalSection(&lock_);
    ac_node *kid = ac_kid(parent, name, NULL, NULL);
    if (kid == NULL && (kid = ac_node_new(name)) != NULL && !ac_add_kid(parent, kid)) {
        ac_node_free(kid);
        kid = NULL;
    }
    LeaveCriticalSection(&lock_);
    return kid;
}

/* The names of an element's child elements: its schema's <element>s, or without schema
 * the elements the files set (collection entries aside). */
static std::vector<std::string> child_names(const ac_node *node, const ac_node *schema)
{
    std::vector<std::string> names;
    const ac_node *from = schema != NULL ? schema : node;
    for (size_t i = 0; i < from->kid_count; i++) {
        const ac_node *kid = from->kids[i];
        if (schema != NULL && _stricmp(kid->name, "element") == 0 && ac_attr(kid, "name"))
            names.push_back(ac_attr(kid, "name"));
        else if (schema == NULL && !ac_is_add_name(NULL, kid->name))
            names.push_back(kid->name);
    }
    return names;
}

class ChildElementCollection : public Unknown<IAppHostChildElementCollection>
{
  public:
    ChildElementCollection(Snapshot *snap, ac_node *node, const ac_node *schema)
        : snap_(snap), node_(node), schema_(schema), names_(child_names(node, schema))
    {
        snap_->hold();
    }
    ~ChildElementCollection() override { snap_->drop(); }
    HRESULT STDMETHODCALLTYPE get_Count(DWORD *count) override
    {
        if (count == NULL)
            return E_POINTER;
        *count = (DWORD)names_.size();
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE get_Item(VARIANT index, IAppHostElement **out) override
    {
        size_t at;
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        HRESULT hr = item_index(index, names_.size(), &names_, &at);
        if (FAILED(hr))
            return hr;
        ac_node *kid = snap_->child(node_, names_[at].c_str());
        if (kid == NULL)
            return E_OUTOFMEMORY;
        return new_element(snap_, kid, ac_schema_child(schema_, names_[at].c_str()), out);
    }

  private:
    Snapshot *snap_;
    ac_node *node_;
    const ac_node *schema_;
    std::vector<std::string> names_;
};

class Element;
static ac_node *node_of(IAppHostElement *element, Snapshot **snap);

/* Whether two entries have the same values for the collection's key attributes (those
 * with isUniqueKey or isCombinedKey); without keys no two entries clash. */
static bool same_keys(const ac_node *a, const ac_node *b, const ac_node *collection)
{
    bool has_key = false;
    for (size_t i = 0; collection != NULL && i < collection->kid_count; i++) {
        const ac_node *attribute = collection->kids[i];
        const char *unique = ac_attr(attribute, "isUniqueKey");
        const char *combined = ac_attr(attribute, "isCombinedKey");
        const char *name = ac_attr(attribute, "name");
        if (_stricmp(attribute->name, "attribute") != 0 || name == NULL ||
            !((unique && _stricmp(unique, "true") == 0) ||
              (combined && _stricmp(combined, "true") == 0)))
            continue;
        has_key = true;
        const char *x = ac_attr(a, name), *y = ac_attr(b, name);
        if (_stricmp(x ? x : "", y ? y : "") != 0)
            return false;
    }
    return has_key;
}

class ElementCollection : public Unknown<IAppHostElementCollection>
{
  public:
    ElementCollection(Snapshot *snap, ac_node *node, const ac_node *collection)
        : snap_(snap), node_(node), collection_(collection)
    {
        snap_->hold();
        for (size_t i = 0; i < node->kid_count; i++)
            if (ac_is_add_name(collection, node->kids[i]->name))
                entries_.push_back(node->kids[i]);
    }
    ~ElementCollection() override { snap_->drop(); }
    HRESULT STDMETHODCALLTYPE get_Count(DWORD *count) override
    {
        if (count == NULL)
            return E_POINTER;
        *count = (DWORD)entries_.size();
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE get_Item(VARIANT index, IAppHostElement **out) override
    {
        size_t at;
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        HRESULT hr = item_index(index, entries_.size(), NULL, &at);
        return FAILED(hr) ? hr : new_element(snap_, entries_[at], collection_, out);
    }
    /* Puts an element from CreateNewElement into the collection: before the entry at
     * `position`, or last for -1. */
    HRESULT STDMETHODCALLTYPE AddElement(IAppHostElement *element, INT position) override
    {
        if (!snap_->writable())
            return E_NOTIMPL;
        Snapshot *owner = NULL;
        ac_node *entry = node_of(element, &owner);
        if (entry == NULL || owner != snap_ || position < -1 ||
            (position != -1 && (size_t)position > entries_.size()))
            return E_INVALIDARG;
        for (size_t i = 0; i < entries_.size(); i++)
            if (same_keys(entries_[i], entry, collection_))
                return HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS);
        if (!snap_->take_loose(entry))
            return E_INVALIDARG; /* already in a collection */
        if (!ac_add_kid(node_, entry)) {
            snap_->keep_loose(entry);
            return E_OUTOFMEMORY;
        }
        size_t at = position == -1 ? entries_.size() : (size_t)position;
        if (at < entries_.size()) {
            /* Move it from the end to just before the entry it goes ahead of. */
            size_t before = 0;
            while (node_->kids[before] != entries_[at])
                before++;
            memmove(node_->kids + before + 1, node_->kids + before,
                    (node_->kid_count - 1 - before) * sizeof *node_->kids);
            node_->kids[before] = entry;
        }
        entries_.insert(entries_.begin() + (long)at, entry);
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE DeleteElement(VARIANT index) override
    {
        if (!snap_->writable())
            return E_NOTIMPL;
        size_t at;
        HRESULT hr = item_index(index, entries_.size(), NULL, &at);
        if (FAILED(hr))
            return hr;
        remove_entry(at);
        return S_OK;
    }
    HRESULT STDMETHODCALLTYPE Clear() override
    {
        if (!snap_->writable())
            return E_NOTIMPL;
        while (!entries_.empty())
            remove_entry(entries_.size() - 1);
        return S_OK;
    }
    /* A new entry (an add element name; NULL or "" for the first one), not yet in the
     * collection: AddElement puts it there. */
    HRESULT STDMETHODCALLTYPE CreateNewElement(BSTR name, IAppHostElement **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        if (!snap_->writable())
            return E_NOTIMPL;
        std::string entry_name;
        if (name != NULL && name[0] != 0) {
            char *text = ac_utf8(name);
            if (text == NULL)
                return E_OUTOFMEMORY;
            entry_name = text;
            free(text);
            if (!ac_is_add_name(collection_, entry_name.c_str()))
                return HRESULT_FROM_WIN32(ERROR_INVALID_INDEX);
        } else {
            const char *names = collection_ != NULL ? ac_attr(collection_, "addElement") : NULL;
            entry_name = names != NULL ? std::string(names).substr(0, strcspn(names, ","))
                                       : std::string("add");
        }
        ac_node *entry = ac_node_new(entry_name.c_str());
        if (entry == NULL || !snap_->keep_loose(entry)) {
            ac_node_free(entry);
            return E_OUTOFMEMORY;
        }
        return new_element(snap_, entry, collection_, out);
    }
    HRESULT STDMETHODCALLTYPE get_Schema(IAppHostCollectionSchema **out) override
    {
        return new_collection_schema(snap_, collection_, out);
    }

  private:
    void remove_entry(size_t at)
    {
        for (size_t i = 0; i < node_->kid_count; i++)
            if (node_->kids[i] == entries_[at]) {
                ac_remove_kid(node_, i);
                break;
            }
        entries_.erase(entries_.begin() + (long)at);
    }
    Snapshot *snap_;
    ac_node *node_;
    const ac_node *collection_;
    std::vector<ac_node *> entries_;
};

class Element : public Unknown<IAppHostElement>
{
  public:
    Element(Snapshot *snap, ac_node *node, const ac_node *schema)
        : snap_(snap), node_(node), schema_(schema)
    {
        snap_->hold();
    }
    ~Element() override { snap_->drop(); }
    HRESULT STDMETHODCALLTYPE get_Name(BSTR *out) override { return give_bstr(node_->name, out); }
    HRESULT STDMETHODCALLTYPE get_Collection(IAppHostElementCollection **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        const ac_node *collection = ac_schema_collection(schema_);
        if (schema_ != NULL && collection == NULL)
            return HRESULT_FROM_WIN32(ERROR_INVALID_INDEX); /* the element has none */
        *out = new (std::nothrow) ElementCollection(snap_, node_, collection);
        return *out != NULL ? S_OK : E_OUTOFMEMORY;
    }
    HRESULT STDMETHODCALLTYPE get_Properties(IAppHostPropertyCollection **out) override
    {
        return new_property_collection(snap_, node_, schema_, out);
    }
    HRESULT STDMETHODCALLTYPE get_ChildElements(IAppHostChildElementCollection **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = new (std::nothrow) ChildElementCollection(snap_, node_, schema_);
        return *out != NULL ? S_OK : E_OUTOFMEMORY;
    }
    HRESULT STDMETHODCALLTYPE GetMetadata(BSTR, VARIANT *) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE SetMetadata(BSTR, VARIANT) override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE get_Schema(IAppHostElementSchema **out) override
    {
        const char *name = ac_attr(schema_, "name");
        return new_element_schema(snap_, schema_, name != NULL ? name : node_->name, out);
    }
    HRESULT STDMETHODCALLTYPE GetElementByName(BSTR name, IAppHostElement **out) override
    {
        if (out == NULL)
            return E_POINTER;
        *out = NULL;
        char *text = ac_utf8(name);
        if (text == NULL)
            return E_OUTOFMEMORY;
        const ac_node *kid_schema = ac_schema_child(schema_, text);
        ac_node *kid = NULL;
        if (schema_ != NULL ? kid_schema != NULL : ac_kid(node_, text, NULL, NULL) != NULL)
            kid = snap_->child(node_, kid_schema ? ac_attr(kid_schema, "name") : text);
        HRESULT hr = kid != NULL ? new_element(snap_, kid, kid_schema, out)
                                 : HRESULT_FROM_WIN32(ERROR_INVALID_INDEX);
        free(text);
        return hr;
    }
    HRESULT STDMETHODCALLTYPE GetPropertyByName(BSTR name, IAppHostProperty **out) override
    {
        char *text = ac_utf8(name);
        if (text == NULL)
            return E_OUTOFMEMORY;
        HRESULT hr = new_property(snap_, node_, text, schema_, out);
        free(text);
        return hr;
    }
    HRESULT STDMETHODCALLTYPE Clear() override { return E_NOTIMPL; }
    HRESULT STDMETHODCALLTYPE get_Methods(IAppHostMethodCollection **) override
    {
        return E_NOTIMPL;
    }

  private:
    friend ac_node *node_of(IAppHostElement *element, Snapshot **snap);
    Snapshot *snap_;
    ac_node *node_;
    const ac_node *schema_;
};

/* The node behind one of this file's elements (NULL for another implementation's). */
static ac_node *node_of(IAppHostElement *object, Snapshot **snap)
{
    Element *element = dynamic_cast<Element *>(object);
    if (element == NULL)
        return NULL;
    *snap = element->snap_;
    return element->node_;
}

HRESULT new_element(Snapshot *snap, ac_node *node, const ac_node *schema, IAppHostElement **out)
{
    if (out == NULL)
        return E_POINTER;
    *out = new (std::nothrow) Element(snap, node, schema);
    return *out != NULL ? S_OK : E_OUTOFMEMORY;
}

} // namespace w3ac
