/* The applicationHost.config reader's ISAPI extension sections: <handlers> entries of
 * IsapiModule (others are IIS's built-in handlers and not read) with <remove> and
 * <clear>, and <isapiCgiRestriction>. */
#include <stdio.h>
#include <string.h>

#include "w3config.h"
#include "w3test.h"

#include "config_file.h"

static const char isapi_config[] =
    "<configuration>\n"
    " <system.webServer>\n"
    "  <handlers accessPolicy=\"Read, Script, Execute\">\n"
    "   <add name=\"Gone\" path=\"*.old\" verb=\"*\" modules=\"IsapiModule\" "
    "scriptProcessor=\"/x/old.dll\"/>\n"
    "   <add name=\"ISAPI-dll\" path=\"*.dll\" verb=\"*\" modules=\"IsapiModule\" "
    "resourceType=\"File\" requireAccess=\"Execute\" allowPathInfo=\"true\"/>\n"
    "   <add name=\"Isa\" path=\"*.isa\" verb=\"GET,POST\" modules=\"IsapiModule\" "
    "scriptProcessor=\"%ISA_DIR%\\isa.dll\" resourceType=\"Unspecified\"/>\n"
    "   <add name=\"StaticFile\" path=\"*\" verb=\"*\" modules=\"StaticFileModule\" "
    "resourceType=\"Either\"/>\n"
    "   <remove name=\"Gone\"/>\n"
    "  </handlers>\n"
    "  <security>\n"
    "   <isapiCgiRestriction notListedIsapisAllowed=\"true\">\n"
    "    <add path=\"/x/old.dll\" allowed=\"true\"/>\n"
    "    <add path=\"%ISA_DIR%\\isa.dll\" allowed=\"false\" description=\"isa\"/>\n"
    "    <remove path=\"/x/old.dll\"/>\n"
    "   </isapiCgiRestriction>\n"
    "  </security>\n"
    " </system.webServer>\n"
    "</configuration>\n";

W3_TEST(handlers_and_isapi_cgi_restriction)
{
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    W3_CHECK(!cfg.not_listed_isapis_allowed); /* IIS's default */
    W3_REQUIRE(w3_config_load(&cfg, write_file("cfg_isapi.config", isapi_config), err, sizeof err));
    W3_REQUIRE(cfg.isapi_handler_count == 2);
    W3_CHECK_STR(cfg.isapi_handlers[0].name, "ISAPI-dll");
    W3_CHECK_STR(cfg.isapi_handlers[0].path, "*.dll");
    W3_CHECK(cfg.isapi_handlers[0].script_processor == NULL);
    W3_CHECK(cfg.isapi_handlers[0].require_file);
    W3_CHECK_STR(cfg.isapi_handlers[1].verb, "GET,POST");
    W3_CHECK_STR(cfg.isapi_handlers[1].script_processor, "%ISA_DIR%\\isa.dll");
    W3_CHECK(!cfg.isapi_handlers[1].require_file);
    W3_CHECK(cfg.not_listed_isapis_allowed);
    W3_REQUIRE(cfg.isapi_restriction_count == 1);
    W3_CHECK_STR(cfg.isapi_restrictions[0].path, "%ISA_DIR%\\isa.dll");
    W3_CHECK(!cfg.isapi_restrictions[0].allowed);
    w3_config_free(&cfg);
    W3_CHECK_EQ(cfg.isapi_handler_count, 0);
}

W3_TEST(clear_empties_both_lists)
{
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    const char *text = "<configuration><system.webServer>"
                       "<handlers><add name=\"A\" path=\"*.a\" verb=\"*\" modules=\"IsapiModule\" "
                       "scriptProcessor=\"/a.dll\"/><clear/></handlers>"
                       "<security><isapiCgiRestriction><add path=\"/a.dll\" allowed=\"true\"/>"
                       "<clear/></isapiCgiRestriction></security>"
                       "</system.webServer></configuration>";
    W3_REQUIRE(w3_config_load(&cfg, write_file("cfg_isapi_clear.config", text), err, sizeof err));
    W3_CHECK_EQ(cfg.isapi_handler_count, 0);
    W3_CHECK_EQ(cfg.isapi_restriction_count, 0);
    w3_config_free(&cfg);
}

static void expect_error(const char *name, const char *text, const char *expected)
{
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    W3_CHECK(!w3_config_load(&cfg, write_file(name, text), err, sizeof err));
    if (strstr(err, expected) == NULL)
        W3_CHECK_STR(err, expected);
    w3_config_free(&cfg);
}

W3_TEST(bad_entries_name_file_line_and_element)
{
    expect_error("cfg_isapi_verb.config",
                 "<configuration>\n<system.webServer>\n<handlers>\n"
                 "<add name=\"x\" path=\"*.x\" modules=\"IsapiModule\"/>\n"
                 "</handlers></system.webServer></configuration>\n",
                 "cfg_isapi_verb.config:4: <add>: needs name, path and verb");
    expect_error("cfg_isapi_dll.config",
                 "<configuration>\n<system.webServer>\n<handlers>\n"
                 "<add name=\"x\" path=\"/x\" verb=\"*\" modules=\"IsapiModule\"/>\n"
                 "</handlers></system.webServer></configuration>\n",
                 "cfg_isapi_dll.config:4: <add>: an IsapiModule handler without scriptProcessor");
    expect_error("cfg_isapi_attr.config",
                 "<configuration>\n<system.webServer>\n<security>\n"
                 "<isapiCgiRestriction allowAll=\"true\"/>\n"
                 "</security></system.webServer></configuration>\n",
                 "cfg_isapi_attr.config:4: <isapiCgiRestriction>: unknown attribute 'allowAll'");
    expect_error("cfg_isapi_allowed.config",
                 "<configuration>\n<system.webServer>\n<security>\n<isapiCgiRestriction>\n"
                 "<add path=\"/a.dll\" allowed=\"maybe\"/>\n"
                 "</isapiCgiRestriction></security></system.webServer></configuration>\n",
                 "cfg_isapi_allowed.config:5: <add>: allowed=\"maybe\"");
}
