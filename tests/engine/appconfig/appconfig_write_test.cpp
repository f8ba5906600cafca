/* IAppHostWritableAdminManager: values and collection entries changed through the
 * objects, written by CommitChanges to applicationHost.config (in a <location> for a
 * deeper path) or to the web.config of the commit path, and read back by
 * IAppHostAdminManager; and the errors for values that do not fit and paths outside the
 * commit path. */
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "ac_fixture.h"
#include "w3test.h"

static const char rules_schema[] =
    "<configSchema><sectionSchema name='system.webServer/rules'>"
    "<attribute name='enabled' type='bool' defaultValue='true'/>"
    "<attribute name='limit' type='uint' defaultValue='5'/>"
    "<attribute name='mode' type='enum' defaultValue='Fast'>"
    "<enum name='Slow' value='1'/><enum name='Fast' value='2'/></attribute>"
    "<collection addElement='rule' removeElement='remove' clearElement='clear'>"
    "<attribute name='name' type='string' required='true' isUniqueKey='true'/>"
    "<attribute name='value' type='string'/></collection>"
    "</sectionSchema></configSchema>";

#define RULES L"system.webServer/rules"
#define APPHOST L"MACHINE/WEBROOT/APPHOST"

static void start(acfx *f)
{
    acfx_init(f, "<configuration><system.webServer><rules limit='9'><rule name='a' value='1'/>"
                 "</rules></system.webServer></configuration>");
    acfx_write(f, "schema/rules_schema.xml", rules_schema);
    acfx_write(f, "site/web.config", "<configuration/>");
    acfx_start(f);
}

static IAppHostWritableAdminManager *writable(void)
{
    IAppHostWritableAdminManager *manager = NULL;
    W3_REQUIRE(CoCreateInstance(CLSID_AppHostWritableAdminManager, NULL, CLSCTX_INPROC_SERVER,
                                IID_IAppHostWritableAdminManager, (void **)&manager) == S_OK);
    return manager;
}

static IAppHostElement *section_of(IAppHostAdminManager *manager, const wchar_t *path)
{
    IAppHostElement *section = NULL;
    BSTR name = SysAllocString(RULES), where = SysAllocString(path);
    HRESULT hr = manager->GetAdminSection(name, where, &section);
    SysFreeString(name);
    SysFreeString(where);
    W3_REQUIRE(hr == S_OK);
    return section;
}

static HRESULT put(IAppHostElement *element, const wchar_t *name, VARIANT value)
{
    IAppHostProperty *property = NULL;
    BSTR text = SysAllocString(name);
    HRESULT hr = element->GetPropertyByName(text, &property);
    SysFreeString(text);
    if (FAILED(hr))
        return hr;
    hr = property->put_Value(value);
    property->Release();
    return hr;
}

static HRESULT put_text(IAppHostElement *element, const wchar_t *name, const wchar_t *text)
{
    VARIANT value;
    V_VT(&value) = VT_BSTR;
    V_BSTR(&value) = SysAllocString(text);
    HRESULT hr = put(element, name, value);
    VariantClear(&value);
    return hr;
}

/* The text of a file below the fixture's folder. */
static const char *file_text(acfx *f, const char *relative)
{
    static char text[8192];
    char path[2 * MAX_PATH];
    snprintf(path, sizeof path, "%s/%s", f->root, relative);
    FILE *file = fopen(path, "rb");
    W3_REQUIRE(file != NULL);
    size_t n = fread(text, 1, sizeof text - 1, file);
    fclose(file);
    text[n] = '\0';
    return text;
}

W3_TEST(values_are_committed_to_application_host)
{
    acfx f;
    start(&f);
    IAppHostWritableAdminManager *manager = writable();
    BSTR commit = NULL;
    W3_CHECK(manager->get_CommitPath(&commit) == S_OK && commit != NULL &&
             wcscmp(commit, APPHOST) == 0);
    SysFreeString(commit);
    IAppHostElement *rules = section_of(manager, APPHOST);
    VARIANT value;
    W3_CHECK_STR(acfx_text(rules, L"value"), "<error>"); /* no such property */
    W3_REQUIRE(acfx_value(rules, L"limit", &value) == S_OK && V_UI4(&value) == 9);
    V_VT(&value) = VT_BOOL;
    V_BOOL(&value) = VARIANT_FALSE;
    W3_CHECK_EQ(put(rules, L"enabled", value), S_OK);
    V_VT(&value) = VT_I4;
    V_I4(&value) = 1;
    W3_CHECK_EQ(put(rules, L"mode", value), S_OK);
    W3_CHECK_EQ(put_text(rules, L"limit", L"12"), S_OK);
    W3_CHECK(acfx_value(rules, L"limit", &value) == S_OK && V_VT(&value) == VT_UI4 &&
             V_UI4(&value) == 12);

    /* Nothing is written before CommitChanges. */
    IAppHostElement *before = section_of(f.manager, APPHOST);
    W3_CHECK(acfx_value(before, L"enabled", &value) == S_OK && V_BOOL(&value) == VARIANT_TRUE);
    before->Release();
    W3_REQUIRE(manager->CommitChanges() == S_OK);

    IAppHostElement *after = section_of(f.manager, APPHOST);
    W3_CHECK(acfx_value(after, L"enabled", &value) == S_OK && V_BOOL(&value) == VARIANT_FALSE);
    W3_CHECK(acfx_value(after, L"mode", &value) == S_OK && V_I4(&value) == 1);
    W3_CHECK(acfx_value(after, L"limit", &value) == S_OK && V_UI4(&value) == 12);
    W3_CHECK_STR(acfx_keys(after, L"name"), "a");
    after->Release();
    const char *text = file_text(&f, "applicationHost.config");
    W3_CHECK(strstr(text, "mode=\"Slow\"") != NULL);
    W3_CHECK(strstr(text, "enabled=\"false\"") != NULL);
    W3_CHECK(strstr(text, "<site name=\"Default Web Site\"") != NULL);
    rules->Release();
    manager->Release();
    acfx_stop(&f);
}

W3_TEST(collection_entries_are_added_and_deleted)
{
    acfx f;
    start(&f);
    IAppHostWritableAdminManager *manager = writable();
    IAppHostElement *rules = section_of(manager, APPHOST);
    IAppHostElementCollection *collection = NULL;
    W3_REQUIRE(rules->get_Collection(&collection) == S_OK);

    IAppHostElement *entry = NULL;
    BSTR kind = SysAllocString(L"rule");
    W3_REQUIRE(collection->CreateNewElement(kind, &entry) == S_OK);
    W3_CHECK_EQ(put_text(entry, L"name", L"b"), S_OK);
    W3_CHECK_EQ(put_text(entry, L"value", L"2"), S_OK);
    W3_CHECK_EQ(collection->AddElement(entry, -1), S_OK);
    /* Added again: its key is there now. */
    W3_CHECK_EQ(collection->AddElement(entry, -1), HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS));
    entry->Release();

    /* A second entry with an existing key. */
    W3_REQUIRE(collection->CreateNewElement(kind, &entry) == S_OK);
    W3_CHECK_EQ(put_text(entry, L"name", L"A"), S_OK);
    W3_CHECK_EQ(collection->AddElement(entry, 0), HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS));
    W3_CHECK_EQ(put_text(entry, L"name", L"c"), S_OK);
    W3_CHECK_EQ(collection->AddElement(entry, 0), S_OK); /* first */
    entry->Release();
    SysFreeString(kind);

    kind = SysAllocString(L"add");
    entry = (IAppHostElement *)&f;
    W3_CHECK_EQ(collection->CreateNewElement(kind, &entry),
                HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    W3_CHECK(entry == NULL);
    SysFreeString(kind);
    W3_CHECK_STR(acfx_keys(rules, L"name"), "c a b");

    VARIANT index;
    V_VT(&index) = VT_I4;
    V_I4(&index) = 1;
    W3_CHECK_EQ(collection->DeleteElement(index), S_OK);
    V_I4(&index) = 5;
    W3_CHECK_EQ(collection->DeleteElement(index), HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    DWORD count = 0;
    W3_CHECK(collection->get_Count(&count) == S_OK && count == 2);
    W3_REQUIRE(manager->CommitChanges() == S_OK);

    IAppHostElement *after = section_of(f.manager, APPHOST);
    W3_CHECK_STR(acfx_keys(after, L"name"), "c b");
    after->Release();
    collection->Release();
    rules->Release();
    manager->Release();
    acfx_stop(&f);
}

W3_TEST(a_site_commit_path_writes_its_web_config)
{
    acfx f;
    start(&f);
    IAppHostWritableAdminManager *manager = writable();
    BSTR path = SysAllocString(ACFX_PATH);
    W3_REQUIRE(manager->put_CommitPath(path) == S_OK);
    SysFreeString(path);
    IAppHostElement *rules = NULL;
    BSTR name = SysAllocString(RULES), above = SysAllocString(APPHOST);
    W3_CHECK_EQ(manager->GetAdminSection(name, above, &rules), E_INVALIDARG);
    SysFreeString(name);
    SysFreeString(above);
    rules = section_of(manager, ACFX_PATH);
    W3_CHECK_EQ(put_text(rules, L"limit", L"20"), S_OK);
    W3_REQUIRE(manager->CommitChanges() == S_OK);
    rules->Release();
    manager->Release();

    W3_CHECK(strstr(file_text(&f, "site/web.config"), "limit=\"20\"") != NULL);
    VARIANT value;
    IAppHostElement *site = section_of(f.manager, ACFX_PATH);
    W3_CHECK(acfx_value(site, L"limit", &value) == S_OK && V_UI4(&value) == 20);
    site->Release();
    IAppHostElement *root = section_of(f.manager, APPHOST);
    W3_CHECK(acfx_value(root, L"limit", &value) == S_OK && V_UI4(&value) == 9);
    root->Release();
    acfx_stop(&f);
}

W3_TEST(a_deeper_path_goes_in_a_location)
{
    acfx f;
    start(&f);
    IAppHostWritableAdminManager *manager = writable();
    IAppHostElement *rules = section_of(manager, ACFX_PATH L"/sub");
    W3_CHECK_EQ(put_text(rules, L"limit", L"3"), S_OK);
    W3_REQUIRE(manager->CommitChanges() == S_OK);
    rules->Release();
    manager->Release();

    W3_CHECK(strstr(file_text(&f, "applicationHost.config"),
                    "<location path=\"Default Web Site/sub\">") != NULL);
    VARIANT value;
    IAppHostElement *sub = section_of(f.manager, ACFX_PATH L"/sub");
    W3_CHECK(acfx_value(sub, L"limit", &value) == S_OK && V_UI4(&value) == 3);
    sub->Release();
    IAppHostElement *site = section_of(f.manager, ACFX_PATH);
    W3_CHECK(acfx_value(site, L"limit", &value) == S_OK && V_UI4(&value) == 9);
    site->Release();
    acfx_stop(&f);
}

W3_TEST(values_that_do_not_fit_and_read_only_objects_are_refused)
{
    acfx f;
    start(&f);
    IAppHostWritableAdminManager *manager = writable();
    IAppHostElement *rules = section_of(manager, APPHOST);
    W3_CHECK_EQ(put_text(rules, L"limit", L"many"), HRESULT_FROM_WIN32(ERROR_INVALID_DATA));
    VARIANT value;
    V_VT(&value) = VT_I4;
    V_I4(&value) = 7; /* no enum value */
    W3_CHECK_EQ(put(rules, L"mode", value), E_INVALIDARG);
    W3_CHECK_EQ(put_text(rules, L"colour", L"red"), HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    BSTR bad = SysAllocString(L"MACHINE/OTHER");
    W3_CHECK_EQ(manager->put_CommitPath(bad), E_INVALIDARG);
    SysFreeString(bad);
    rules->Release();
    manager->Release();

    IAppHostElement *read_only = section_of(f.manager, APPHOST);
    W3_CHECK_EQ(put_text(read_only, L"limit", L"1"), E_NOTIMPL);
    read_only->Release();
    acfx_stop(&f);
}
