/* The layer beneath applicationHost.config: IIS's shipped <staticContent> MIME map and
 * <requestFiltering> hidden segments are there when the file says nothing, the file's
 * <clear/> and <remove> take them away, and the sections' unset attributes have IIS's
 * schema defaults with IIS's types. */
#include <stdio.h>
#include <string.h>

#include "ac_fixture.h"
#include "w3test.h"

static DWORD count_of(IAppHostElement *element)
{
    IAppHostElementCollection *collection = NULL;
    DWORD count = 0;
    if (element->get_Collection(&collection) != S_OK)
        return 0xFFFFFFFFu;
    if (collection->get_Count(&count) != S_OK)
        count = 0xFFFFFFFFu;
    collection->Release();
    return count;
}

static IAppHostElement *child(IAppHostElement *element, const wchar_t *name)
{
    BSTR text = SysAllocString(name);
    IAppHostElement *out = NULL;
    if (element->GetElementByName(text, &out) != S_OK)
        out = NULL;
    SysFreeString(text);
    return out;
}

W3_TEST(the_mime_map_is_there_when_the_file_has_none)
{
    acfx f;
    acfx_init(&f, "<configuration></configuration>");
    acfx_start(&f);
    IAppHostElement *section;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/staticContent", ACFX_PATH, &section) == S_OK);
    W3_CHECK_EQ(count_of(section), 378u);
    const char *keys = acfx_keys(section, L"fileExtension");
    W3_CHECK(strncmp(keys, ".323 .3g2 .3gp .3gp2", 20) == 0); /* sorted by extension */
    W3_CHECK(strstr(keys, ".docx .dot") != NULL);
    IAppHostElement *cache = child(section, L"clientCache");
    W3_REQUIRE(cache != NULL);
    VARIANT v;
    W3_CHECK(acfx_value(cache, L"cacheControlMode", &v) == S_OK && V_VT(&v) == VT_I4 &&
             V_I4(&v) == 0);
    W3_CHECK(acfx_value(cache, L"cacheControlMaxAge", &v) == S_OK && V_VT(&v) == VT_I8 &&
             V_I8(&v) == 864000000000LL); /* one day in 100-ns units */
    W3_CHECK(acfx_value(cache, L"setEtag", &v) == S_OK && V_VT(&v) == VT_BOOL &&
             V_BOOL(&v) == VARIANT_TRUE);
    cache->Release();
    section->Release();
    acfx_stop(&f);
}

W3_TEST(the_file_clears_and_removes_the_defaults)
{
    acfx f;
    acfx_init(&f, "<configuration><system.webServer><staticContent><clear/>"
                  "<mimeMap fileExtension='.x' mimeType='a/b'/></staticContent>"
                  "<security><requestFiltering><hiddenSegments><remove segment='bin'/>"
                  "</hiddenSegments></requestFiltering></security>"
                  "</system.webServer></configuration>");
    acfx_start(&f);
    IAppHostElement *section;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/staticContent", ACFX_PATH, &section) == S_OK);
    W3_CHECK_STR(acfx_keys(section, L"fileExtension"), ".x");
    section->Release();
    W3_REQUIRE(acfx_section(&f, L"system.webServer/security/requestFiltering", ACFX_PATH,
                            &section) == S_OK);
    IAppHostElement *hidden = child(section, L"hiddenSegments");
    W3_REQUIRE(hidden != NULL);
    W3_CHECK_STR(acfx_keys(hidden, L"segment"),
                 "web.config App_code App_GlobalResources App_LocalResources App_WebReferences "
                 "App_Data App_Browsers");
    hidden->Release();
    section->Release();
    acfx_stop(&f);
}

W3_TEST(an_entry_the_file_repeats_replaces_the_default)
{
    acfx f;
    acfx_init(&f, "<configuration><system.webServer><staticContent>"
                  "<mimeMap fileExtension='.bin' mimeType='application/octet-stream'/>"
                  "<mimeMap fileExtension='.css' mimeType='text/x-css'/>"
                  "</staticContent></system.webServer></configuration>");
    acfx_start(&f);
    IAppHostElement *section;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/staticContent", ACFX_PATH, &section) == S_OK);
    W3_CHECK_EQ(count_of(section), 378u); /* as IIS's own file lists them: no duplicates */
    section->Release();
    acfx_stop(&f);
}

W3_TEST(request_filtering_has_iis_schema_defaults)
{
    acfx f;
    acfx_init(&f, "<configuration></configuration>");
    acfx_start(&f);
    IAppHostElement *section;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/security/requestFiltering", ACFX_PATH,
                            &section) == S_OK);
    VARIANT v;
    W3_CHECK(acfx_value(section, L"allowDoubleEscaping", &v) == S_OK && V_VT(&v) == VT_BOOL &&
             V_BOOL(&v) == VARIANT_FALSE);
    W3_CHECK(acfx_value(section, L"allowHighBitCharacters", &v) == S_OK &&
             V_BOOL(&v) == VARIANT_TRUE);
    IAppHostElement *limits = child(section, L"requestLimits");
    W3_REQUIRE(limits != NULL);
    W3_CHECK(acfx_value(limits, L"maxAllowedContentLength", &v) == S_OK && V_VT(&v) == VT_UI4 &&
             V_UI4(&v) == 30000000u);
    W3_CHECK(acfx_value(limits, L"maxUrl", &v) == S_OK && V_UI4(&v) == 4096u);
    W3_CHECK(acfx_value(limits, L"maxQueryString", &v) == S_OK && V_UI4(&v) == 2048u);
    limits->Release();
    IAppHostElement *verbs = child(section, L"verbs");
    W3_REQUIRE(verbs != NULL);
    W3_CHECK(acfx_value(verbs, L"allowUnlisted", &v) == S_OK && V_BOOL(&v) == VARIANT_TRUE);
    verbs->Release();
    section->Release();
    acfx_stop(&f);
}
