/* The COM objects of the configuration system (ahadmin.h) over a merged section: each
 * element, collection and property holds the section's Snapshot, the merged tree that
 * GetAdminSection built for one call, so the objects stay valid however the files
 * change. get_Schema describes an element, collection or property by its schema
 * (ac_schema_objects.cpp). A Snapshot made by IAppHostWritableAdminManager is writable:
 * its tree is a configuration file's, which put_Value, AddElement, DeleteElement and
 * Clear change and CommitChanges writes back (ac_writable.cpp); on the others the
 * methods that write return E_NOTIMPL. */
#ifndef W3E_AC_OBJECTS_H
#define W3E_AC_OBJECTS_H

#include <new>
#include <string>
#include <vector>

#include <windows.h>
#include <ahadmin.h>

#include "appconfig/appconfig.h"

namespace w3ac
{

/* IUnknown for one interface I (and its bases that `also` accepts). */
template <class I> class Unknown : public I
{
  public:
    virtual ~Unknown() {}
    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void **out) override
    {
        if (out == NULL)
            return E_POINTER;
        if (IsEqualIID(riid, __uuidof(IUnknown)) || IsEqualIID(riid, __uuidof(I)) || also(riid)) {
            *out = static_cast<I *>(this);
            this->AddRef();
            return S_OK;
        }
        *out = NULL;
        return E_NOINTERFACE;
    }
    ULONG STDMETHODCALLTYPE AddRef() override { return (ULONG)InterlockedIncrement(&refs_); }
    ULONG STDMETHODCALLTYPE Release() override
    {
        LONG left = InterlockedDecrement(&refs_);
        if (left == 0)
            delete this;
        return (ULONG)left;
    }

  protected:
    virtual bool also(REFIID) { return false; }

  private:
    volatile LONG refs_ = 1;
};

/* One merged section (or, writable, one configuration file): its tree and schema; the
 * owner is held for the schema. */
class Snapshot
{
  public:
    Snapshot(ac_node *root, const ac_node *schema, IUnknown *owner, bool writable = false);
    bool writable() const { return writable_; }
    /* A node CreateNewElement made, kept here until AddElement puts it in the tree. */
    bool keep_loose(ac_node *node);
    /* Takes a kept node back (false if it is not one). */
    bool take_loose(ac_node *node);
    void hold() { InterlockedIncrement(&refs_); }
    void drop();
    ac_node *root() const { return root_; }
    const ac_node *schema() const { return schema_; }
    /* `parent`'s child element `name`, made empty if the files do not set it. */
    ac_node *child(ac_node *parent, const char *name);

  private:
    ~Snapshot();
    volatile LONG refs_ = 1;
    bool writable_;
    std::vector<ac_node *> loose_;
    ac_node *root_;
    const ac_node *schema_;
    IUnknown *owner_;
    CRITICAL_SECTION lock_;
};

/* The index of a collection's get_Item: a number (any integer VARIANT) or, where
 * `names` is given, a name (VT_BSTR). HRESULT_FROM_WIN32(ERROR_INVALID_INDEX) if out
 * of range or unknown. */
HRESULT item_index(const VARIANT &index, size_t count, const std::vector<std::string> *names,
                   size_t *out);
/* A BSTR copy of UTF-8 text into *out (E_POINTER for NULL). */
HRESULT give_bstr(const char *text, BSTR *out);

/* ac_element.cpp */
HRESULT new_element(Snapshot *snap, ac_node *node, const ac_node *schema, IAppHostElement **out);
/* ac_property.cpp */
HRESULT new_property(Snapshot *snap, ac_node *node, const char *name, const ac_node *schema,
                     IAppHostProperty **out);
HRESULT new_property_collection(Snapshot *snap, ac_node *node, const ac_node *schema,
                                IAppHostPropertyCollection **out);
/* The text of an attribute the files do not set: the schema's default, else the type's
 * zero. */
const char *default_text(const ac_node *attribute);

/* ac_schema_objects.cpp: the schema objects over schema nodes; a NULL node (a section no
 * schema describes) gives HRESULT_FROM_WIN32(ERROR_NOT_FOUND). */
HRESULT new_element_schema(Snapshot *snap, const ac_node *schema, const char *name,
                           IAppHostElementSchema **out);
HRESULT new_property_schema(Snapshot *snap, const ac_node *attribute, IAppHostPropertySchema **out);
HRESULT new_collection_schema(Snapshot *snap, const ac_node *collection,
                              IAppHostCollectionSchema **out);

/* ac_writable.cpp: the class object of CLSID_AppHostWritableAdminManager over the
 * applicationHost.config at app_host. */
IClassFactory *new_writable_factory(const char *app_host);

/* The property names of an element: its schema's attributes, or without schema the
 * attributes the files set. */
std::vector<std::string> property_names(const ac_node *node, const ac_node *schema);

} // namespace w3ac

#endif
