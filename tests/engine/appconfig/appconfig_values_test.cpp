/* Values as IIS's configuration system gives them: the schema's types as VARIANTs,
 * defaults from the schema, sections without schema as text, properties by name and
 * index, and the errors for what does not exist. */
#include <stdio.h>

#include "ac_fixture.h"
#include "w3test.h"

static const char schema[] =
    "<configSchema><sectionSchema name='system.webServer/typed'>"
    "<attribute name='flag' type='bool' defaultValue='true'/>"
    "<attribute name='count' type='uint' defaultValue='7'/>"
    "<attribute name='delta' type='int' defaultValue='-3'/>"
    "<attribute name='big' type='int64'/>"
    "<attribute name='mode' type='enum' defaultValue='Second'>"
    "<enum name='First' value='1'/><enum name='Second' value='2'/></attribute>"
    "<attribute name='bits' type='flags' defaultValue='A'>"
    "<flag name='A' value='1'/><flag name='B' value='4'/></attribute>"
    "<attribute name='timeout' type='timeSpan' defaultValue='00:02:00'/>"
    "<attribute name='label' type='string' defaultValue='none'/>"
    "<element name='inner'><attribute name='on' type='bool'/></element>"
    "</sectionSchema></configSchema>";

static void start(acfx *f, const char *typed)
{
    char app_host[1024];
    snprintf(app_host, sizeof app_host,
             "<configuration><system.webServer>%s</system.webServer></configuration>", typed);
    acfx_init(f, app_host);
    acfx_write(f, "schema/typed_schema.xml", schema);
    acfx_start(f);
}

W3_TEST(every_schema_type_is_its_variant_type)
{
    acfx f;
    start(&f, "<typed flag='false' count='4000000000' delta='-12' big='-9000000000' mode='First'"
              " bits='A, B' timeout='1.02:03:04.5' label='x&amp;y'><inner on='true'/></typed>");
    IAppHostElement *section;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/typed", ACFX_PATH, &section) == S_OK);
    VARIANT v;
    W3_CHECK(acfx_value(section, L"flag", &v) == S_OK && V_VT(&v) == VT_BOOL &&
             V_BOOL(&v) == VARIANT_FALSE);
    W3_CHECK(acfx_value(section, L"count", &v) == S_OK && V_VT(&v) == VT_UI4 &&
             V_UI4(&v) == 4000000000u);
    W3_CHECK(acfx_value(section, L"delta", &v) == S_OK && V_VT(&v) == VT_I4 && V_I4(&v) == -12);
    W3_CHECK(acfx_value(section, L"big", &v) == S_OK && V_VT(&v) == VT_I8 &&
             V_I8(&v) == -9000000000LL);
    W3_CHECK(acfx_value(section, L"mode", &v) == S_OK && V_VT(&v) == VT_I4 && V_I4(&v) == 1);
    W3_CHECK(acfx_value(section, L"bits", &v) == S_OK && V_VT(&v) == VT_I4 && V_I4(&v) == 5);
    W3_CHECK(acfx_value(section, L"timeout", &v) == S_OK && V_VT(&v) == VT_I8);
    W3_CHECK_EQ_I(V_I8(&v), ((26LL * 60 + 3) * 60 + 4) * 10000000LL + 5000000);
    W3_CHECK_STR(acfx_text(section, L"label"), "x&y");
    IAppHostElement *inner = NULL;
    BSTR name = SysAllocString(L"inner");
    W3_REQUIRE(section->GetElementByName(name, &inner) == S_OK);
    SysFreeString(name);
    W3_CHECK(acfx_value(inner, L"on", &v) == S_OK && V_VT(&v) == VT_BOOL &&
             V_BOOL(&v) == VARIANT_TRUE);
    inner->Release();
    section->Release();
    acfx_stop(&f);
}

W3_TEST(unset_attributes_have_the_schema_defaults)
{
    acfx f;
    start(&f, "");
    IAppHostElement *section;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/typed", L"MACHINE/WEBROOT/APPHOST", &section) ==
               S_OK);
    VARIANT v;
    W3_CHECK(acfx_value(section, L"flag", &v) == S_OK && V_VT(&v) == VT_BOOL &&
             V_BOOL(&v) == VARIANT_TRUE);
    W3_CHECK(acfx_value(section, L"count", &v) == S_OK && V_VT(&v) == VT_UI4 && V_UI4(&v) == 7);
    W3_CHECK(acfx_value(section, L"delta", &v) == S_OK && V_I4(&v) == -3);
    W3_CHECK(acfx_value(section, L"big", &v) == S_OK && V_VT(&v) == VT_I8 && V_I8(&v) == 0);
    W3_CHECK(acfx_value(section, L"mode", &v) == S_OK && V_I4(&v) == 2);
    W3_CHECK(acfx_value(section, L"bits", &v) == S_OK && V_I4(&v) == 1);
    W3_CHECK(acfx_value(section, L"timeout", &v) == S_OK && V_I8(&v) == 1200000000LL);
    W3_CHECK_STR(acfx_text(section, L"label"), "none");
    /* The schema's attributes, in its order, are the element's properties. */
    IAppHostPropertyCollection *properties = NULL;
    DWORD count = 0;
    W3_REQUIRE(section->get_Properties(&properties) == S_OK);
    W3_CHECK(properties->get_Count(&count) == S_OK && count == 8);
    VARIANT index;
    V_VT(&index) = VT_I2;
    V_I2(&index) = 4;
    IAppHostProperty *property = NULL;
    BSTR name = NULL;
    W3_REQUIRE(properties->get_Item(index, &property) == S_OK);
    W3_CHECK(property->get_Name(&name) == S_OK && name != NULL && wcscmp(name, L"mode") == 0);
    SysFreeString(name);
    property->Release();
    V_I2(&index) = 8;
    property = (IAppHostProperty *)&index;
    W3_CHECK_EQ(properties->get_Item(index, &property), HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    W3_CHECK(property == NULL);
    properties->Release();
    section->Release();
    acfx_stop(&f);
}

W3_TEST(what_does_not_exist_is_an_invalid_index)
{
    acfx f;
    start(&f, "");
    IAppHostElement *section = (IAppHostElement *)&f;
    W3_CHECK_EQ(acfx_section(&f, L"system.webServer/nothing", ACFX_PATH, &section),
                HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    W3_CHECK(section == NULL);
    W3_CHECK_EQ(acfx_section(&f, L"system.webServer/typed", L"MACHINE/OTHER", &section),
                HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND));
    BSTR path = SysAllocString(ACFX_PATH);
    W3_CHECK_EQ(f.manager->GetAdminSection(NULL, path, &section), E_INVALIDARG);
    SysFreeString(path);
    W3_REQUIRE(acfx_section(&f, L"system.webServer/typed", ACFX_PATH, &section) == S_OK);
    VARIANT v;
    W3_CHECK_EQ(acfx_value(section, L"colour", &v), HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    BSTR name = SysAllocString(L"outer");
    IAppHostElement *child = NULL;
    W3_CHECK_EQ(section->GetElementByName(name, &child), HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    SysFreeString(name);
    IAppHostElementCollection *collection = NULL;
    W3_CHECK_EQ(section->get_Collection(&collection), HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    section->Release();
    acfx_stop(&f);
}

W3_TEST(a_value_that_does_not_fit_its_type_has_an_exception)
{
    acfx f;
    start(&f, "<typed count='many'/>");
    IAppHostElement *section;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/typed", ACFX_PATH, &section) == S_OK);
    BSTR name = SysAllocString(L"count");
    IAppHostProperty *property = NULL;
    W3_REQUIRE(section->GetPropertyByName(name, &property) == S_OK);
    SysFreeString(name);
    VARIANT v;
    VariantInit(&v);
    W3_CHECK_EQ(property->get_Value(&v), HRESULT_FROM_WIN32(ERROR_INVALID_DATA));
    IAppHostPropertyException *error = NULL;
    W3_REQUIRE(property->get_Exception(&error) == S_OK && error != NULL);
    BSTR text = NULL;
    W3_CHECK(error->get_InvalidValue(&text) == S_OK && text != NULL && wcscmp(text, L"many") == 0);
    SysFreeString(text);
    error->Release();
    property->Release();
    name = SysAllocString(L"flag");
    W3_REQUIRE(section->GetPropertyByName(name, &property) == S_OK);
    SysFreeString(name);
    error = (IAppHostPropertyException *)&f;
    W3_CHECK(property->get_Exception(&error) == S_OK && error == NULL);
    property->Release();
    section->Release();
    acfx_stop(&f);
}

W3_TEST(a_section_without_schema_reads_as_text)
{
    acfx f;
    start(&f, "<free size='12' on='true'><add name='a'/><add name='b'/><remove name='a'/></free>");
    IAppHostElement *section;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/free", ACFX_PATH, &section) == S_OK);
    VARIANT v;
    W3_CHECK(acfx_value(section, L"size", &v) == S_OK && V_VT(&v) == VT_BSTR);
    VariantClear(&v);
    W3_CHECK_STR(acfx_text(section, L"on"), "true");
    W3_CHECK_STR(acfx_keys(section, L"name"), "b");
    W3_CHECK_EQ(acfx_value(section, L"colour", &v), HRESULT_FROM_WIN32(ERROR_INVALID_INDEX));
    section->Release();
    acfx_stop(&f);
}

W3_TEST(w3compat_describes_the_sections_it_implements)
{
    acfx f;
    start(&f, "<defaultDocument><files><add value='home.htm'/></files></defaultDocument>");
    IAppHostElement *section, *files = NULL;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/defaultDocument", ACFX_PATH, &section) == S_OK);
    VARIANT v;
    W3_CHECK(acfx_value(section, L"enabled", &v) == S_OK && V_VT(&v) == VT_BOOL &&
             V_BOOL(&v) == VARIANT_TRUE);
    BSTR name = SysAllocString(L"files");
    W3_REQUIRE(section->GetElementByName(name, &files) == S_OK);
    SysFreeString(name);
    W3_CHECK_STR(acfx_keys(files, L"value"), "home.htm");
    files->Release();
    section->Release();
    W3_REQUIRE(acfx_section(&f, L"system.webServer/security/requestFiltering", ACFX_PATH,
                            &section) == S_OK);
    IAppHostChildElementCollection *children = NULL;
    W3_REQUIRE(section->get_ChildElements(&children) == S_OK);
    VARIANT index;
    V_VT(&index) = VT_BSTR;
    V_BSTR(&index) = SysAllocString(L"requestLimits");
    IAppHostElement *limits = NULL;
    W3_REQUIRE(children->get_Item(index, &limits) == S_OK);
    VariantClear(&index);
    W3_CHECK(acfx_value(limits, L"maxAllowedContentLength", &v) == S_OK && V_VT(&v) == VT_UI4 &&
             V_UI4(&v) == 30000000);
    limits->Release();
    children->Release();
    section->Release();
    acfx_stop(&f);
}

/* The sections that map requests to ISAPI extensions, with IIS's types and defaults. */
W3_TEST(isapi_extension_sections_have_their_schema)
{
    acfx f;
    start(&f, "<handlers><add name='Isa' path='*.isa' verb='GET' modules='IsapiModule'/>"
              "</handlers><security><isapiCgiRestriction>"
              "<add path='/srv/isa.dll' allowed='true'/></isapiCgiRestriction></security>");
    IAppHostElement *section;
    VARIANT v;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/handlers", ACFX_PATH, &section) == S_OK);
    W3_CHECK(acfx_value(section, L"accessPolicy", &v) == S_OK && V_VT(&v) == VT_I4 &&
             V_I4(&v) == 1); /* Read */
    W3_CHECK_STR(acfx_keys(section, L"name"), "Isa");
    section->Release();
    W3_REQUIRE(acfx_section(&f, L"system.webServer/security/isapiCgiRestriction", ACFX_PATH,
                            &section) == S_OK);
    W3_CHECK(acfx_value(section, L"notListedIsapisAllowed", &v) == S_OK && V_VT(&v) == VT_BOOL &&
             V_BOOL(&v) == VARIANT_FALSE);
    W3_CHECK_STR(acfx_keys(section, L"path"), "/srv/isa.dll");
    section->Release();
    acfx_stop(&f);
}
