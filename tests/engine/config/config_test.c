/* The applicationHost.config reader: values it reads, and errors naming file, line and
 * element. Files are written next to the test executable's working directory. */
#include <stdio.h>
#include <string.h>

#include <windows.h>

#include "w3config.h"
#include "w3test.h"

#include "config_file.h"

static const char full_config[] =
    "<?xml version=\"1.0\"?>\n"
    "<configuration>\n"
    "  <system.applicationHost>\n"
    "    <applicationPools><add name=\"DefaultAppPool\"/></applicationPools>\n"
    "    <sites>\n"
    "      <siteDefaults><logFile directory=\"x\"/></siteDefaults>\n"
    "      <site name=\"Shop\" id=\"7\">\n"
    "        <bindings>\n"
    "          <binding protocol=\"https\" bindingInformation=\"*:443:\"/>\n"
    "          <binding protocol=\"http\" bindingInformation=\"10.0.0.5:8088:shop.example\"/>\n"
    "        </bindings>\n"
    "        <application path=\"/api\"><virtualDirectory path=\"/\" "
    "physicalPath=\"/srv/api\"/><virtualDirectory path=\"/img/\" "
    "physicalPath=\"/srv/img\"/></application>\n"
    "        <application path=\"/\"><virtualDirectory path=\"/\" "
    "physicalPath=\"/srv/shop\"/></application>\n"
    "      </site>\n"
    "      <site name=\"Other\" id=\"8\"><bindings><binding protocol=\"http\" "
    "bindingInformation=\"*:1:\"/></bindings></site>\n"
    "    </sites>\n"
    "  </system.applicationHost>\n"
    "  <location path=\"\">\n"
    "  <system.webServer>\n"
    "    <globalModules><add name=\"Hello\" image=\"/m/hello.so\" "
    "preCondition=\"bitness64\"/></globalModules>\n"
    "    <modules><add name=\"Hello\"/><add name=\"Managed\" type=\"Some.Type\"/></modules>\n"
    "    <isapiFilters>\n"
    "      <filter name=\"Auth\" path=\"/f/auth.so\"/>\n"
    "      <filter name=\"Off\" path=\"/f/off.so\" enabled=\"false\"/>\n"
    "    </isapiFilters>\n"
    "    <defaultDocument enabled=\"true\"><files><clear/><add value=\"home.htm\"/><add "
    "value=\"x.htm\"/><remove value=\"x.htm\"/></files></defaultDocument>\n"
    "    <directoryBrowse enabled=\"True\"/>\n"
    "    <httpErrors errorMode=\"Detailed\"/>\n"
    "    <security><requestFiltering><requestLimits "
    "maxAllowedContentLength=\"4096\"/></requestFiltering></security>\n"
    "  </system.webServer>\n"
    "  </location>\n"
    "  <w3compat>\n"
    "    <timeouts headerRead=\"5\" keepAliveIdle=\"60\" shutdown=\"3\"/>\n"
    "    <workers count=\"4\" rapidFailCount=\"3\" rapidFailSeconds=\"30\"/>\n"
    "    <memory pageHeap=\"true\" limit=\"1048576\"/>\n"
    "    <limits maxRequestBytes=\"1024\" maxHeaderCount=\"50\"/>\n"
    "    <healthCheck interval=\"5\"/>\n"
    "  </w3compat>\n"
    "</configuration>\n";

W3_TEST(reads_the_subset)
{
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    int ok = w3_config_load(&cfg, write_file("cfg_full.config", full_config), err, sizeof err);
    W3_REQUIRE(ok);
    W3_REQUIRE(cfg.site_count == 2);
    const w3_config_site *shop = &cfg.sites[0];
    W3_CHECK_STR(shop->name, "Shop");
    W3_CHECK_EQ(shop->id, 7);
    W3_REQUIRE(shop->binding_count == 2);
    W3_CHECK_STR(shop->bindings[0].protocol, "https");
    W3_CHECK(shop->bindings[0].secure);
    W3_CHECK_STR(shop->bindings[0].ip, "*");
    W3_CHECK_EQ(shop->bindings[0].port, 443);
    W3_CHECK_STR(shop->bindings[0].host, "");
    W3_CHECK(!shop->bindings[1].secure);
    W3_CHECK_STR(shop->bindings[1].ip, "10.0.0.5");
    W3_CHECK_EQ(shop->bindings[1].port, 8088);
    W3_CHECK_STR(shop->bindings[1].host, "shop.example");
    W3_CHECK_STR(shop->physical_path, "/srv/shop");
    /* An application's "/" maps the application's path; a trailing '/' is dropped. */
    W3_REQUIRE(shop->virtual_dir_count == 2);
    W3_CHECK_STR(shop->virtual_dirs[0].path, "/api");
    W3_CHECK_STR(shop->virtual_dirs[0].application, "/api");
    W3_CHECK_STR(shop->virtual_dirs[0].physical_path, "/srv/api");
    W3_CHECK_STR(shop->virtual_dirs[1].path, "/api/img");
    W3_CHECK_STR(shop->virtual_dirs[1].physical_path, "/srv/img");
    W3_CHECK_STR(cfg.sites[1].name, "Other");
    W3_CHECK_EQ(cfg.sites[1].id, 8);
    W3_CHECK_EQ(cfg.sites[1].bindings[0].port, 1);
    W3_REQUIRE(cfg.global_module_count == 1 && cfg.module_count == 1);
    W3_CHECK_STR(cfg.global_modules[0].image, "/m/hello.so");
    W3_CHECK_STR(cfg.modules[0].name, "Hello");
    W3_REQUIRE(cfg.filter_count == 2);
    W3_CHECK_STR(cfg.filters[0].path, "/f/auth.so");
    W3_CHECK(cfg.filters[0].enabled && !cfg.filters[1].enabled);
    W3_REQUIRE(cfg.default_document_count == 1);
    W3_CHECK_STR(cfg.default_documents[0], "home.htm");
    W3_CHECK(cfg.directory_browse);
    W3_CHECK_EQ(cfg.max_allowed_content_length, 4096);
    W3_CHECK_EQ(cfg.header_timeout_s, 5);
    W3_CHECK_EQ(cfg.idle_timeout_s, 60);
    W3_CHECK_EQ(cfg.shutdown_timeout_s, 3);
    W3_CHECK_EQ(cfg.workers, 4);
    W3_CHECK_EQ(cfg.rapid_fail_count, 3);
    W3_CHECK(cfg.page_heap);
    W3_CHECK_EQ(cfg.memory_limit, 1048576);
    W3_CHECK_EQ(cfg.max_header_count, 50);
    W3_CHECK_EQ(cfg.max_request_bytes, 1024);
    W3_CHECK_EQ(cfg.health_check_s, 5);
    w3_config_free(&cfg);
}

W3_TEST(defaults_are_iis_defaults)
{
    w3_config cfg;
    w3_config_init(&cfg);
    W3_REQUIRE(cfg.default_document_count == 5);
    W3_CHECK_STR(cfg.default_documents[0], "Default.htm");
    W3_CHECK_STR(cfg.default_documents[3], "index.html");
    W3_CHECK_EQ(cfg.max_allowed_content_length, 30000000);
    W3_CHECK_EQ(cfg.header_timeout_s, 30);
    W3_CHECK_EQ(cfg.idle_timeout_s, 120);
    W3_CHECK_EQ(cfg.health_check_s, 30);
    W3_CHECK(!cfg.directory_browse);
    w3_config_free(&cfg);
}

static void expect_error(const char *name, const char *text, const char *expected)
{
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    const char *path = text != NULL ? write_file(name, text) : name;
    W3_CHECK(!w3_config_load(&cfg, path, err, sizeof err));
    if (strstr(err, expected) == NULL)
        W3_CHECK_STR(err, expected);
    w3_config_free(&cfg);
}

W3_TEST(errors_name_file_line_and_element)
{
    expect_error("cfg_bad_number.config",
                 "<configuration>\n<w3compat>\n<timeouts\n headerRead=\"x\"/>\n</w3compat>\n"
                 "</configuration>\n",
                 "cfg_bad_number.config:3: <timeouts>: headerRead=\"x\"");
    expect_error("cfg_unknown.config",
                 "<configuration>\n<system.webServer>\n<isapiFilters>\n<filtre name=\"a\"/>\n"
                 "</isapiFilters></system.webServer></configuration>",
                 "cfg_unknown.config:4: <filtre>: unknown element inside <isapiFilters>");
    expect_error("cfg_attr.config",
                 "<configuration><system.webServer><directoryBrowse enabled=\"yes\"/>"
                 "</system.webServer></configuration>",
                 "cfg_attr.config:1: <directoryBrowse>: enabled=\"yes\" is not true or false");
    expect_error("cfg_binding.config",
                 "<configuration><system.applicationHost><sites><site name=\"s\" id=\"1\">\n"
                 "<bindings><binding protocol=\"http\" bindingInformation=\"*:99999:\"/>"
                 "</bindings></site></sites></system.applicationHost></configuration>",
                 "cfg_binding.config:2: <binding>: bindingInformation: port '99999'");
    expect_error("cfg_xml.config", "<configuration>\n<a>\n</b>\n", "cfg_xml.config:3: ");
    expect_error("cfg_root.config", "<settings/>\n", "cfg_root.config:1: <settings>: ");
    expect_error("cfg_missing_dir/none.config", NULL, "cfg_missing_dir/none.config: cannot");
}

static unsigned health_check_from(const char *interval)
{
    char text[256];
    snprintf(text, sizeof text,
             "<configuration>\n<w3compat>\n<healthCheck interval=\"%s\"/>\n</w3compat>\n"
             "</configuration>\n",
             interval);
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    unsigned seconds = 0;
    if (w3_config_load(&cfg, write_file("cfg_health.config", text), err, sizeof err))
        seconds = cfg.health_check_s;
    else
        W3_CHECK(strstr(err, "cfg_health.config:3: <healthCheck>: interval=") != NULL);
    w3_config_free(&cfg);
    return seconds;
}

W3_TEST(health_check_interval_is_whole_seconds_from_1_to_86400)
{
    W3_CHECK_EQ(health_check_from("1"), 1);
    W3_CHECK_EQ(health_check_from("86400"), 86400);
    W3_CHECK_EQ(health_check_from("0"), 0);
    W3_CHECK_EQ(health_check_from("86401"), 0);
    W3_CHECK_EQ(health_check_from("0.5"), 0);
    W3_CHECK_EQ(health_check_from(""), 0);
    expect_error("cfg_health_attr.config",
                 "<configuration><w3compat><healthCheck every=\"5\"/></w3compat>"
                 "</configuration>",
                 "cfg_health_attr.config:1: <healthCheck>: unknown attribute 'every'");
}

W3_TEST(filter_needs_name_and_path)
{
    expect_error("cfg_filter.config",
                 "<configuration><system.webServer><isapiFilters>\n"
                 "<filter name=\"a\"/></isapiFilters></system.webServer></configuration>",
                 "cfg_filter.config:2: <filter>: needs name and path");
}

/* physicalPath is an expandString: %NAME% environment variables are expanded. */
W3_TEST(physical_paths_expand_environment_variables)
{
    W3_REQUIRE(SetEnvironmentVariableA("W3_TEST_SITES", "/srv/sites"));
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    const char *path =
        write_file("cfg_expand.config",
                   "<configuration><system.applicationHost><sites><site name=\"a\" id=\"1\">"
                   "<application path=\"/\"><virtualDirectory path=\"/\" "
                   "physicalPath=\"%W3_TEST_SITES%/a\"/><virtualDirectory path=\"/x\" "
                   "physicalPath=\"%w3_test_sites%/x%NOT_SET_W3%\"/></application>"
                   "</site></sites></system.applicationHost></configuration>");
    W3_REQUIRE(w3_config_load(&cfg, path, err, sizeof err));
    W3_CHECK_STR(cfg.sites[0].physical_path, "/srv/sites/a");
    /* Names compare in any case; an undefined one stays as written. */
    W3_CHECK_STR(cfg.sites[0].virtual_dirs[0].physical_path, "/srv/sites/x%NOT_SET_W3%");
    w3_config_free(&cfg);
}

W3_TEST(site_errors_name_the_site_element)
{
    expect_error("cfg_site_id.config",
                 "<configuration><system.applicationHost><sites>\n<site name=\"a\" id=\"1\"/>\n"
                 "<site name=\"b\" id=\"1\"/></sites></system.applicationHost></configuration>",
                 "cfg_site_id.config:3: <site>: id 1 is also the id of site \"a\"");
    expect_error("cfg_site_name.config",
                 "<configuration><system.applicationHost><sites>\n<site name=\"a\" id=\"1\"/>\n"
                 "<site name=\"a\" id=\"2\"/></sites></system.applicationHost></configuration>",
                 "cfg_site_name.config:3: <site>: a site named \"a\" comes before");
    expect_error("cfg_site_noid.config",
                 "<configuration><system.applicationHost><sites>\n<site name=\"a\"/>"
                 "</sites></system.applicationHost></configuration>",
                 "cfg_site_noid.config:2: <site>: needs name and id");
    expect_error("cfg_vdir.config",
                 "<configuration><system.applicationHost><sites><site name=\"a\" id=\"1\">\n"
                 "<application path=\"/\"><virtualDirectory path=\"img\" physicalPath=\"/x\"/>"
                 "</application></site></sites></system.applicationHost></configuration>",
                 "cfg_vdir.config:2: <virtualDirectory>: path=\"img\" is not a URL path");
}

static const char tls_config[] =
    "<configuration>\n"
    "  <system.applicationHost><sites><site name=\"s\" id=\"1\"><bindings>\n"
    "    <binding protocol=\"https\" bindingInformation=\"127.0.0.1:8443:\"/>\n"
    "  </bindings></site></sites></system.applicationHost>\n"
    "  <system.webServer><security><access sslFlags=\"Ssl, sslNegotiateCert\"/></security>"
    "</system.webServer>\n"
    "  <w3compat><tls clientCertificateAuthorities=\"/etc/ca.pem\">\n"
    "    <certificate hostName=\"a.example\" certificateFile=\"/c/a.crt\" keyFile=\"/c/a.key\"/>\n"
    "    <certificate certificateFile=\"/c/d.crt\" keyFile=\"/c/d.key\"/>\n"
    "  </tls></w3compat>\n"
    "</configuration>\n";

W3_TEST(reads_https_binding_certificates_and_ssl_flags)
{
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    W3_CHECK(w3_config_load(&cfg, write_file("cfg_tls.config", tls_config), err, sizeof err));
    W3_CHECK_STR(err, "");
    W3_REQUIRE(cfg.site_count == 1 && cfg.sites[0].binding_count == 1);
    W3_CHECK(cfg.sites[0].bindings[0].secure);
    W3_CHECK_STR(cfg.sites[0].bindings[0].protocol, "https");
    W3_CHECK_EQ(cfg.sites[0].bindings[0].port, 8443);
    W3_CHECK_EQ(cfg.certificate_count, 2);
    W3_CHECK_STR(cfg.certificates[0].host_name, "a.example");
    W3_CHECK_STR(cfg.certificates[0].certificate_file, "/c/a.crt");
    W3_CHECK_STR(cfg.certificates[0].key_file, "/c/a.key");
    W3_CHECK(cfg.certificates[1].host_name == NULL);
    W3_CHECK_STR(cfg.client_ca_file, "/etc/ca.pem");
    W3_CHECK_EQ(cfg.ssl_flags, W3_SSL_REQUIRED | W3_SSL_NEGOTIATE_CERT);
    w3_config_free(&cfg);
}

W3_TEST(tls_config_errors_name_the_element)
{
    expect_error(
        "cfg_flags.config",
        "<configuration><system.webServer><security>\n"
        "<access sslFlags=\"Ssl,SslMaybe\"/></security></system.webServer></configuration>",
        "cfg_flags.config:2: <access>: sslFlags=\"Ssl,SslMaybe\": 'SslMaybe' is not an SSL flag");
    expect_error(
        "cfg_certkey.config",
        "<configuration><w3compat><tls>\n"
        "<certificate certificateFile=\"/c/a.crt\"/></tls></w3compat></configuration>",
        "cfg_certkey.config:2: <certificate>: certificateFile and keyFile are both needed");
}

static const char limits_config[] =
    "<configuration>\n"
    "  <system.applicationHost><sites>\n"
    "    <site name=\"s\" id=\"1\">\n"
    "      <bindings><binding protocol=\"http\" bindingInformation=\"*:80:\"/></bindings>\n"
    "      <limits maxConnections=\"250\" connectionTimeout=\"00:02:00\"/>\n"
    "    </site>\n"
    "    <site name=\"t\" id=\"2\"><limits maxConnections=\"9\"/></site>\n"
    "  </sites></system.applicationHost>\n"
    "  <w3compat>\n"
    "    <limits maxRequestsPerConnection=\"1000\"/>\n"
    "    <logBuffer size=\"4096\" flushSeconds=\"5\"/>\n"
    "  </w3compat>\n"
    "</configuration>\n";

W3_TEST(reads_connection_and_log_buffer_limits)
{
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    W3_CHECK_EQ(cfg.max_connections, 0);
    W3_CHECK_EQ(cfg.max_requests_per_connection, 0);
    W3_CHECK_EQ(cfg.log_buffer_bytes, 65536);
    W3_CHECK_EQ(cfg.log_flush_s, 60);
    W3_REQUIRE(
        w3_config_load(&cfg, write_file("cfg_limits.config", limits_config), err, sizeof err));
    W3_CHECK_EQ(cfg.max_connections, 250); /* the first site's, the one served */
    W3_CHECK_EQ(cfg.max_requests_per_connection, 1000);
    W3_CHECK_EQ(cfg.log_buffer_bytes, 4096);
    W3_CHECK_EQ(cfg.log_flush_s, 5);
    w3_config_free(&cfg);
    expect_error("cfg_bad_flush.config",
                 "<configuration><w3compat><logBuffer flushSeconds=\"0\"/></w3compat>"
                 "</configuration>",
                 "flushSeconds");
}

/* Reading goes on after an element's error: every error is named, one a line. */
W3_TEST(every_error_is_reported)
{
    w3_config cfg;
    char err[1024] = "";
    w3_config_init(&cfg);
    const char *path =
        write_file("cfg_many.config", "<configuration>\n<w3compat>\n<timeouts headerRead=\"x\"/>\n"
                                      "<workers count=\"0\"/>\n<bogus/>\n</w3compat>\n"
                                      "</configuration>\n");
    W3_CHECK(!w3_config_load(&cfg, path, err, sizeof err));
    W3_CHECK(strstr(err, "cfg_many.config:3: <timeouts>: headerRead=\"x\"") != NULL);
    W3_CHECK(strstr(err, "\ncfg_many.config:4: <workers>: count=\"0\"") != NULL);
    W3_CHECK(strstr(err, "\ncfg_many.config:5: <bogus>: unknown element inside <w3compat>") !=
             NULL);
    w3_config_free(&cfg);
    /* A small buffer keeps the start of the first error. */
    char small[40] = "";
    w3_config_init(&cfg);
    W3_CHECK(!w3_config_load(&cfg, path, small, sizeof small));
    W3_CHECK(strncmp(small, "cfg_many.config:3: <timeouts>", 29) == 0);
    w3_config_free(&cfg);
}
