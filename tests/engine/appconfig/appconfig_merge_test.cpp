/* The merge of a section along a configuration path: applicationHost.config, its
 * <location> blocks, then the web.config of each folder down the URL; collections with
 * <clear/>, <remove> and <add>; locks; malformed files; files that change between two
 * reads; the class registration's lifetime. */
#include <stdio.h>

#include "ac_fixture.h"
#include "w3test.h"

static const char rules_schema[] =
    "<configSchema><sectionSchema name='system.webServer/rules'>"
    "<attribute name='level' type='uint' defaultValue='1'/>"
    "<attribute name='note' type='string'/>"
    "<collection addElement='rule' clearElement='clear' removeElement='remove'>"
    "<attribute name='name' type='string' isUniqueKey='true'/>"
    "<attribute name='value' type='string'/></collection>"
    "</sectionSchema></configSchema>";

static const char app_host[] =
    "<configuration><system.webServer>"
    "<rules level='2' note='root'><rule name='a'/><rule name='b'/><rule name='c'/></rules>"
    "</system.webServer>"
    "<location path='Default Web Site/sub'><system.webServer><rules level='4'>"
    "<remove name='b'/></rules></system.webServer></location>"
    "<location path='Default Web Site'><system.webServer><rules level='3'/>"
    "</system.webServer></location>"
    "</configuration>";

static void start(acfx *f, const char *host)
{
    acfx_init(f, host);
    acfx_write(f, "schema/rules_schema.xml", rules_schema);
}

static const char *read_rules(acfx *f, const wchar_t *path, unsigned *level)
{
    static char result[512];
    IAppHostElement *section = NULL;
    HRESULT hr = acfx_section(f, L"system.webServer/rules", path, &section);
    if (FAILED(hr)) {
        snprintf(result, sizeof result, "0x%08lx", (unsigned long)hr);
        return result;
    }
    VARIANT v;
    *level = acfx_value(section, L"level", &v) == S_OK && V_VT(&v) == VT_UI4 ? V_UI4(&v) : 0;
    snprintf(result, sizeof result, "%s", acfx_keys(section, L"name"));
    section->Release();
    return result;
}

W3_TEST(locations_apply_from_the_least_to_the_most_specific)
{
    acfx f;
    start(&f, app_host);
    acfx_start(&f);
    unsigned level;
    W3_CHECK_STR(read_rules(&f, L"MACHINE/WEBROOT/APPHOST", &level), "a b c");
    W3_CHECK_EQ(level, 2);
    W3_CHECK_STR(read_rules(&f, ACFX_PATH, &level), "a b c");
    W3_CHECK_EQ(level, 3);
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/SUB/deeper", &level), "a c");
    W3_CHECK_EQ(level, 4);
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/subway", &level), "a b c");
    W3_CHECK_EQ(level, 3);
    acfx_stop(&f);
}

W3_TEST(web_config_files_merge_down_the_folders)
{
    acfx f;
    start(&f, app_host);
    acfx_write(&f, "site/web.config",
               "<configuration><system.webServer><rules note='site'><rule name='d' value='1'/>"
               "</rules></system.webServer></configuration>");
    acfx_write(&f, "site/sub/web.config",
               "<configuration><system.webServer><rules level='9'><clear/><rule name='e'/>"
               "</rules></system.webServer></configuration>");
    acfx_write(&f, "site/sub/deeper/web.config",
               "<configuration><system.webServer><rules><rule name='f'/><remove name='e'/>"
               "</rules></system.webServer>"
               "<location path='leaf'><system.webServer><rules><rule name='g'/></rules>"
               "</system.webServer></location></configuration>");
    acfx_start(&f);
    unsigned level;
    W3_CHECK_STR(read_rules(&f, ACFX_PATH, &level), "a b c d");
    W3_CHECK_EQ(level, 3);
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/other", &level), "a b c d");
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/sub", &level), "e");
    W3_CHECK_EQ(level, 9);
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/sub/deeper", &level), "f");
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/sub/deeper/leaf/x.htm", &level), "f g");
    /* ".." never leaves the site: the web.config beside it is no level of the path. */
    acfx_write(&f, "web.config",
               "<configuration><system.webServer><rules><rule name='outside'/></rules>"
               "</system.webServer></configuration>");
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/../../sub/..", &level), "a b c d");
    IAppHostElement *section;
    W3_REQUIRE(acfx_section(&f, L"system.webServer/rules", ACFX_PATH L"/sub", &section) == S_OK);
    W3_CHECK_STR(acfx_text(section, L"note"), "site");
    section->Release();
    /* An <add> with the key of an earlier entry replaces it. */
    acfx_write(&f, "site/other/web.config",
               "<configuration><system.webServer><rules><rule name='d' value='2'/></rules>"
               "</system.webServer></configuration>");
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/other", &level), "a b c d");
    acfx_stop(&f);
}

W3_TEST(a_changed_file_is_read_again)
{
    acfx f;
    start(&f, app_host);
    acfx_start(&f);
    unsigned level;
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/sub", &level), "a c");
    acfx_write(&f, "site/sub/web.config",
               "<configuration><system.webServer><rules><rule name='new'/></rules>"
               "</system.webServer></configuration>");
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/sub", &level), "a c new");
    acfx_write(&f, "site/sub/web.config", "<configuration/>");
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/sub", &level), "a c");
    acfx_stop(&f);
}

W3_TEST(a_locked_section_may_not_be_set_in_web_config)
{
    acfx f;
    start(&f, "<configuration><configSections><sectionGroup name='system.webServer'>"
              "<section name='rules' overrideModeDefault='Deny'/></sectionGroup></configSections>"
              "<location path='Default Web Site/open' overrideMode='Allow'><system.webServer>"
              "<rules/></system.webServer></location></configuration>");
    acfx_write(&f, "site/web.config",
               "<configuration><system.webServer><rules level='5'/></system.webServer>"
               "</configuration>");
    acfx_write(&f, "site/open/web.config",
               "<configuration><system.webServer><rules level='6'/></system.webServer>"
               "</configuration>");
    acfx_start(&f);
    unsigned level = 0;
    W3_CHECK_STR(read_rules(&f, L"MACHINE/WEBROOT/APPHOST", &level), "");
    W3_CHECK_EQ(level, 1);
    char expected[32];
    snprintf(expected, sizeof expected, "0x%08lx",
             (unsigned long)HRESULT_FROM_WIN32(ERROR_LOCK_VIOLATION));
    W3_CHECK_STR(read_rules(&f, ACFX_PATH, &level), expected);
    acfx_write(&f, "site/web.config", "<configuration/>");
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/open", &level), "");
    W3_CHECK_EQ(level, 6);
    acfx_stop(&f);
}

W3_TEST(a_malformed_file_fails_the_paths_below_it)
{
    acfx f;
    start(&f, app_host);
    acfx_write(&f, "site/bad/web.config", "<configuration><system.webServer>");
    acfx_start(&f);
    unsigned level;
    char expected[32];
    snprintf(expected, sizeof expected, "0x%08lx",
             (unsigned long)HRESULT_FROM_WIN32(ERROR_INVALID_DATA));
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/bad/page.htm", &level), expected);
    W3_CHECK_STR(read_rules(&f, ACFX_PATH L"/good", &level), "a b c");
    acfx_stop(&f);
}

W3_TEST(the_class_is_registered_while_the_server_lives)
{
    acfx f;
    start(&f, app_host);
    acfx_start(&f);
    IAppHostAdminManager *second = NULL;
    W3_CHECK(CoCreateInstance(__uuidof(AppHostAdminManager), NULL, CLSCTX_INPROC_SERVER,
                              __uuidof(IAppHostAdminManager), (void **)&second) == S_OK);
    W3_CHECK(second == f.manager); /* the server's one manager */
    if (second != NULL)
        second->Release();
    IUnknown *unknown = NULL;
    W3_CHECK(f.manager->QueryInterface(__uuidof(IUnknown), (void **)&unknown) == S_OK);
    if (unknown != NULL)
        unknown->Release();
    IAppHostElement *wrong = NULL;
    W3_CHECK_EQ(f.manager->QueryInterface(__uuidof(IAppHostElement), (void **)&wrong),
                E_NOINTERFACE);
    f.manager->Release();
    f.manager = NULL;
    w3_server_destroy(f.server);
    f.server = NULL;
    W3_CHECK_EQ(CoCreateInstance(__uuidof(AppHostAdminManager), NULL, CLSCTX_INPROC_SERVER,
                                 __uuidof(IAppHostAdminManager), (void **)&second),
                REGDB_E_CLASSNOTREG);
    acfx_stop(&f);
}
