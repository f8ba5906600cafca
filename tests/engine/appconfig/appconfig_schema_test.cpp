/* get_Schema: elements, collections and properties describe themselves from the schema
 * files (names, types, defaults, required and key attributes, enum values, collection
 * element names), and a section without schema has none. */
#include <stdio.h>
#include <wchar.h>

#include "ac_fixture.h"
#include "w3test.h"

static const char rules_schema[] =
    "<configSchema><sectionSchema name='system.webServer/rules'>"
    "<attribute name='enabled' type='bool' defaultValue='true'/>"
    "<attribute name='mode' type='enum' defaultValue='Fast'>"
    "<enum name='Slow' value='1'/><enum name='Fast' value='2'/></attribute>"
    "<attribute name='timeout' type='timeSpan' defaultValue='00:00:30' timeSpanFormat='string'/>"
    "<element name='limits'><attribute name='max' type='uint' required='true'/></element>"
    "<collection addElement='rule' removeElement='remove' clearElement='clear'"
    " allowDuplicates='false'>"
    "<attribute name='name' type='string' required='true' isUniqueKey='true'/>"
    "<attribute name='value' type='string' caseSensitive='true'/></collection>"
    "</sectionSchema></configSchema>";

static IAppHostElement *section_of(acfx *f, const wchar_t *name)
{
    IAppHostElement *section = NULL;
    W3_REQUIRE(acfx_section(f, name, ACFX_PATH, &section) == S_OK);
    return section;
}

static void start(acfx *f)
{
    acfx_init(f, "<configuration><system.webServer><rules><rule name='a' value='1'/></rules>"
                 "<plain some='thing'/></system.webServer></configuration>");
    acfx_write(f, "schema/rules_schema.xml", rules_schema);
    acfx_start(f);
}

static bool bstr_is(BSTR s, const wchar_t *expected)
{
    bool same = s != NULL && wcscmp(s, expected) == 0;
    SysFreeString(s);
    return same;
}

static IAppHostPropertySchema *property_schema(IAppHostElementSchema *element, const wchar_t *name)
{
    IAppHostPropertySchemaCollection *properties = NULL;
    IAppHostPropertySchema *property = NULL;
    VARIANT index;
    W3_REQUIRE(element->get_PropertySchemas(&properties) == S_OK);
    V_VT(&index) = VT_BSTR;
    V_BSTR(&index) = SysAllocString(name);
    HRESULT hr = properties->get_Item(index, &property);
    VariantClear(&index);
    properties->Release();
    W3_REQUIRE(hr == S_OK);
    return property;
}

W3_TEST(element_schema_lists_properties_children_and_collection)
{
    acfx f;
    start(&f);
    IAppHostElement *section = section_of(&f, L"system.webServer/rules");
    IAppHostElementSchema *schema = NULL;
    W3_REQUIRE(section->get_Schema(&schema) == S_OK);
    BSTR name = NULL;
    W3_CHECK(schema->get_Name(&name) == S_OK && bstr_is(name, L"system.webServer/rules"));
    IAppHostPropertySchemaCollection *properties = NULL;
    DWORD count = 0;
    W3_REQUIRE(schema->get_PropertySchemas(&properties) == S_OK);
    W3_CHECK(properties->get_Count(&count) == S_OK && count == 3);
    VARIANT index;
    V_VT(&index) = VT_I4;
    V_I4(&index) = 3;
    IAppHostPropertySchema *property = (IAppHostPropertySchema *)&f;
    W3_CHECK_EQ(properties->get_Item(index, &property), HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    W3_CHECK(property == NULL);
    properties->Release();

    IAppHostElementSchemaCollection *children = NULL;
    W3_REQUIRE(schema->get_ChildElementSchemas(&children) == S_OK);
    W3_CHECK(children->get_Count(&count) == S_OK && count == 1);
    IAppHostElementSchema *limits = NULL;
    V_I4(&index) = 0;
    W3_REQUIRE(children->get_Item(index, &limits) == S_OK);
    W3_CHECK(limits->get_Name(&name) == S_OK && bstr_is(name, L"limits"));
    IAppHostPropertySchema *max = property_schema(limits, L"max");
    VARIANT_BOOL flag = VARIANT_FALSE;
    W3_CHECK(max->get_IsRequired(&flag) == S_OK && flag == VARIANT_TRUE);
    W3_CHECK(max->get_Type(&name) == S_OK && bstr_is(name, L"uint"));
    VARIANT value;
    W3_CHECK(max->get_DefaultValue(&value) == S_OK && V_VT(&value) == VT_UI4 && V_UI4(&value) == 0);
    IAppHostCollectionSchema *none = (IAppHostCollectionSchema *)&f;
    W3_CHECK_EQ(limits->get_CollectionSchema(&none), HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    W3_CHECK(none == NULL);
    max->Release();
    limits->Release();
    children->Release();

    IAppHostCollectionSchema *rules = NULL;
    W3_REQUIRE(schema->get_CollectionSchema(&rules) == S_OK);
    W3_CHECK(rules->get_AddElementNames(&name) == S_OK && bstr_is(name, L"rule"));
    W3_CHECK(rules->get_DoesAllowDuplicates(&flag) == S_OK && flag == VARIANT_FALSE);
    W3_CHECK(rules->get_IsMergeAppend(&flag) == S_OK && flag == VARIANT_TRUE);
    rules->Release();
    schema->Release();
    section->Release();
    acfx_stop(&f);
}

W3_TEST(property_schema_gives_type_default_and_possible_values)
{
    acfx f;
    start(&f);
    IAppHostElement *section = section_of(&f, L"system.webServer/rules");
    BSTR name = SysAllocString(L"mode");
    IAppHostProperty *mode = NULL;
    W3_REQUIRE(section->GetPropertyByName(name, &mode) == S_OK);
    SysFreeString(name);
    IAppHostPropertySchema *schema = NULL;
    W3_REQUIRE(mode->get_Schema(&schema) == S_OK);
    W3_CHECK(schema->get_Name(&name) == S_OK && bstr_is(name, L"mode"));
    W3_CHECK(schema->get_Type(&name) == S_OK && bstr_is(name, L"enum"));
    VARIANT value;
    W3_CHECK(schema->get_DefaultValue(&value) == S_OK && V_VT(&value) == VT_I4 &&
             V_I4(&value) == 2);
    VARIANT_BOOL flag = VARIANT_TRUE;
    W3_CHECK(schema->get_IsRequired(&flag) == S_OK && flag == VARIANT_FALSE);
    IAppHostConstantValueCollection *values = NULL;
    DWORD count = 0, number = 0;
    W3_REQUIRE(schema->get_PossibleValues(&values) == S_OK);
    W3_CHECK(values->get_Count(&count) == S_OK && count == 2);
    VARIANT index;
    V_VT(&index) = VT_BSTR;
    V_BSTR(&index) = SysAllocString(L"slow");
    IAppHostConstantValue *slow = NULL;
    W3_REQUIRE(values->get_Item(index, &slow) == S_OK);
    VariantClear(&index);
    W3_CHECK(slow->get_Value(&number) == S_OK && number == 1);
    W3_CHECK(slow->get_Name(&name) == S_OK && bstr_is(name, L"Slow"));
    slow->Release();
    values->Release();
    schema->Release();
    mode->Release();

    name = SysAllocString(L"timeout");
    IAppHostProperty *timeout = NULL;
    W3_REQUIRE(section->GetPropertyByName(name, &timeout) == S_OK);
    SysFreeString(name);
    W3_REQUIRE(timeout->get_Schema(&schema) == S_OK);
    W3_CHECK(schema->get_DefaultValue(&value) == S_OK && V_VT(&value) == VT_I8 &&
             V_I8(&value) == 300000000LL);
    W3_CHECK(schema->get_TimeSpanFormat(&name) == S_OK && bstr_is(name, L"string"));
    schema->Release();
    timeout->Release();
    section->Release();
    acfx_stop(&f);
}

W3_TEST(collection_schema_describes_entries_and_keys)
{
    acfx f;
    start(&f);
    IAppHostElement *section = section_of(&f, L"system.webServer/rules");
    IAppHostElementCollection *rules = NULL;
    W3_REQUIRE(section->get_Collection(&rules) == S_OK);
    IAppHostCollectionSchema *schema = NULL;
    W3_REQUIRE(rules->get_Schema(&schema) == S_OK);
    BSTR name = SysAllocString(L"rule");
    IAppHostElementSchema *entry = NULL;
    W3_REQUIRE(schema->GetAddElementSchema(name, &entry) == S_OK);
    SysFreeString(name);
    W3_CHECK(entry->get_Name(&name) == S_OK && bstr_is(name, L"rule"));
    IAppHostPropertySchema *key = property_schema(entry, L"name");
    VARIANT_BOOL flag = VARIANT_FALSE;
    W3_CHECK(key->get_IsUniqueKey(&flag) == S_OK && flag == VARIANT_TRUE);
    W3_CHECK(key->get_IsRequired(&flag) == S_OK && flag == VARIANT_TRUE);
    key->Release();
    IAppHostPropertySchema *value = property_schema(entry, L"value");
    W3_CHECK(value->get_IsUniqueKey(&flag) == S_OK && flag == VARIANT_FALSE);
    W3_CHECK(value->get_IsCaseSensitive(&flag) == S_OK && flag == VARIANT_TRUE);
    value->Release();
    entry->Release();

    name = SysAllocString(L"add");
    entry = (IAppHostElementSchema *)&f;
    W3_CHECK_EQ(schema->GetAddElementSchema(name, &entry), HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    W3_CHECK(entry == NULL);
    SysFreeString(name);

    /* The remove element has the keys only; the clear element nothing. */
    IAppHostElementSchema *remove = NULL, *clear = NULL;
    IAppHostPropertySchemaCollection *properties = NULL;
    DWORD count = 9;
    W3_REQUIRE(schema->get_RemoveElementSchema(&remove) == S_OK);
    W3_CHECK(remove->get_Name(&name) == S_OK && bstr_is(name, L"remove"));
    W3_REQUIRE(remove->get_PropertySchemas(&properties) == S_OK);
    W3_CHECK(properties->get_Count(&count) == S_OK && count == 1);
    properties->Release();
    W3_REQUIRE(schema->get_ClearElementSchema(&clear) == S_OK);
    W3_REQUIRE(clear->get_PropertySchemas(&properties) == S_OK);
    W3_CHECK(properties->get_Count(&count) == S_OK && count == 0);
    properties->Release();
    clear->Release();
    remove->Release();
    schema->Release();

    /* An entry's own schema is its add element's. */
    VARIANT index;
    V_VT(&index) = VT_I4;
    V_I4(&index) = 0;
    IAppHostElement *rule = NULL;
    W3_REQUIRE(rules->get_Item(index, &rule) == S_OK);
    W3_REQUIRE(rule->get_Schema(&entry) == S_OK);
    W3_CHECK(entry->get_Name(&name) == S_OK && bstr_is(name, L"rule"));
    entry->Release();
    rule->Release();
    rules->Release();
    section->Release();
    acfx_stop(&f);
}

W3_TEST(a_section_without_schema_has_none)
{
    acfx f;
    start(&f);
    IAppHostElement *plain = section_of(&f, L"system.webServer/plain");
    IAppHostElementSchema *schema = (IAppHostElementSchema *)&f;
    W3_CHECK_EQ(plain->get_Schema(&schema), HRESULT_FROM_WIN32(ERROR_NOT_FOUND));
    W3_CHECK(schema == NULL);
    BSTR name = SysAllocString(L"some");
    IAppHostProperty *some = NULL;
    W3_REQUIRE(plain->GetPropertyByName(name, &some) == S_OK);
    SysFreeString(name);
    IAppHostPropertySchema *property = (IAppHostPropertySchema *)&f;
    W3_CHECK_EQ(some->get_Schema(&property), HRESULT_FROM_WIN32(ERROR_NOT_FOUND));
    W3_CHECK(property == NULL);
    W3_CHECK_EQ(some->get_Schema(NULL), E_POINTER);
    some->Release();
    plain->Release();
    acfx_stop(&f);
}
