/* The applicationHost.config reader: each <site>'s own <logFile> over <siteDefaults>
 * (w3_config_site_log per site). */
#include <stdio.h>
#include <string.h>

#include "w3config.h"
#include "w3test.h"

#include "config_file.h"

static const char two_sites[] =
    "<configuration>\n<system.applicationHost>\n<sites>\n"
    "<siteDefaults><logFile directory=\"/logs\" period=\"Hourly\" "
    "logExtFileFlags=\"Date, Time, UriStem\"/></siteDefaults>\n"
    "<site name=\"A\" id=\"3\"><bindings><binding protocol=\"http\" "
    "bindingInformation=\"*:80:a\"/></bindings>\n"
    "<logFile directory=\"/a-logs\" period=\"Daily\"/></site>\n"
    "<site name=\"B\" id=\"4\"><bindings><binding protocol=\"http\" "
    "bindingInformation=\"*:80:b\"/></bindings>\n"
    "<logFile enabled=\"false\" logExtFileFlags=\"Date, HttpStatus\"/></site>\n"
    "<site name=\"C\" id=\"5\"><bindings><binding protocol=\"http\" "
    "bindingInformation=\"*:80:c\"/></bindings></site>\n"
    "</sites>\n</system.applicationHost>\n</configuration>\n";

W3_TEST(each_site_has_its_own_log_file_settings)
{
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    W3_REQUIRE(
        w3_config_load(&cfg, write_file("cfg_site_log_each.config", two_sites), err, sizeof err));
    W3_REQUIRE(cfg.site_count == 3);
    w3_config_log_file log;
    w3_config_site_log(&cfg, &cfg.sites[0], &log);
    W3_CHECK_STR(log.directory, "/a-logs");
    W3_CHECK_EQ(log.period, W3_LOG_DAILY);
    W3_CHECK_EQ(log.fields, W3_LOG_DATE | W3_LOG_TIME | W3_LOG_URI_STEM);
    W3_CHECK(log.enabled);
    w3_config_site_log(&cfg, &cfg.sites[1], &log);
    W3_CHECK(!log.enabled);
    W3_CHECK_STR(log.directory, "/logs");
    W3_CHECK_EQ(log.period, W3_LOG_HOURLY);
    W3_CHECK_EQ(log.fields, W3_LOG_DATE | W3_LOG_HTTP_STATUS);
    /* Without a <logFile> of its own: <siteDefaults> alone. */
    w3_config_site_log(&cfg, &cfg.sites[2], &log);
    W3_CHECK(log.enabled);
    W3_CHECK_STR(log.directory, "/logs");
    W3_CHECK_EQ(log.period, W3_LOG_HOURLY);
    w3_config_free(&cfg);
}

W3_TEST(without_a_site_iis_defaults_then_site_defaults)
{
    w3_config cfg;
    w3_config_log_file log;
    w3_config_init(&cfg);
    w3_config_site_log(&cfg, NULL, &log);
    W3_CHECK_STR(log.directory, "%SystemDrive%\\inetpub\\logs\\LogFiles");
    W3_CHECK_STR(log.format, "W3C");
    W3_CHECK_EQ(log.period, W3_LOG_DAILY);
    W3_CHECK(log.truncate_size == 20971520);
    w3_config_free(&cfg);
    char err[512] = "";
    w3_config_init(&cfg);
    W3_REQUIRE(
        w3_config_load(&cfg, write_file("cfg_site_log_none.config", two_sites), err, sizeof err));
    w3_config_site_log(&cfg, NULL, &log);
    W3_CHECK_STR(log.directory, "/logs");
    W3_CHECK_EQ(log.period, W3_LOG_HOURLY);
    w3_config_free(&cfg);
}

W3_TEST(a_bad_site_log_file_names_the_element)
{
    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    const char *text = "<configuration>\n<system.applicationHost>\n<sites>\n"
                       "<site name=\"A\" id=\"3\"><bindings><binding protocol=\"http\" "
                       "bindingInformation=\"*:80:\"/></bindings>\n"
                       "<logFile period=\"Yearly\"/></site>\n"
                       "</sites>\n</system.applicationHost>\n</configuration>\n";
    W3_CHECK(!w3_config_load(&cfg, write_file("cfg_site_log_bad.config", text), err, sizeof err));
    if (strstr(err, "cfg_site_log_bad.config:5: <logFile>") == NULL)
        W3_CHECK_STR(err, "cfg_site_log_bad.config:5: <logFile>");
    w3_config_free(&cfg);
}
