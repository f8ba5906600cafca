/* The applicationHost.config reader: application pools' <periodicRestart>, the pool
 * that applies to the site, <w3compat><recycling> and <w3compat><metrics>. */
#include <stdio.h>
#include <string.h>

#include "w3config.h"
#include "w3test.h"

#include "config_file.h"

/* A config file `name` (each test its own: tests run in parallel) whose
 * <applicationPools> is `pools`, whose root application names `pool`
 * (NULL: none) and whose <w3compat> holds `w3compat`. */
static int load(w3_config *cfg, const char *name, const char *pools, const char *pool,
                const char *w3compat, char *err, size_t err_size)
{
    char text[4096];
    char app_pool[128] = "";
    if (pool != NULL)
        snprintf(app_pool, sizeof app_pool, " applicationPool=\"%s\"", pool);
    snprintf(text, sizeof text,
             "<configuration>\n<system.applicationHost>\n"
             "<applicationPools>%s</applicationPools>\n"
             "<sites><site name=\"S\" id=\"1\"><bindings><binding protocol=\"http\" "
             "bindingInformation=\"*:80:\"/></bindings>\n"
             "<application path=\"/\"%s><virtualDirectory path=\"/\" physicalPath=\"/s\"/>"
             "</application></site></sites>\n"
             "</system.applicationHost>\n<w3compat>%s</w3compat>\n</configuration>\n",
             pools, app_pool, w3compat);
    w3_config_init(cfg);
    return w3_config_load(cfg, write_file(name, text), err, err_size);
}

W3_TEST(the_root_applications_pool_recycles_the_site)
{
    w3_config cfg;
    char err[512] = "";
    W3_CHECK(load(&cfg, "cfg_the_root_applications_po.config",
                  "<add name=\"Other\"><recycling><periodicRestart requests=\"5\"/></recycling>"
                  "</add><add name=\"Shop\" managedRuntimeVersion=\"\"><recycling "
                  "logEventOnRecycle=\"Time\"><periodicRestart time=\"2.03:04:05\" "
                  "requests=\"1000\" privateMemory=\"2048\"><schedule><add value=\"03:00:00\"/>"
                  "</schedule></periodicRestart></recycling></add>",
                  "Shop", "", err, sizeof err));
    W3_CHECK_STR(err, "");
    const w3_config_recycling *r = w3_config_site_recycling(&cfg);
    W3_CHECK_EQ(r->time_s, ((2 * 24 + 3) * 60 + 4) * 60 + 5);
    W3_CHECK_EQ(r->requests, 1000);
    W3_CHECK_EQ(r->private_memory_kb, 2048);
    W3_CHECK_EQ(cfg.pool_count, 2);
    W3_CHECK_STR(cfg.app_pool, "Shop");
    w3_config_free(&cfg);
}

W3_TEST(a_declared_pool_has_iis_defaults_and_defaultapppool_is_the_default)
{
    w3_config cfg;
    char err[512] = "";
    /* No applicationPool on the application: DefaultAppPool, IIS's 29 hours. */
    W3_CHECK(load(&cfg, "cfg_a_declared_pool_has_iis_.config", "<add name=\"defaultapppool\"/>",
                  NULL, "", err, sizeof err));
    const w3_config_recycling *r = w3_config_site_recycling(&cfg);
    W3_CHECK_EQ(r->time_s, 29 * 3600);
    W3_CHECK_EQ(r->requests, 0);
    W3_CHECK_EQ(r->private_memory_kb, 0);
    w3_config_free(&cfg);
    /* time="00:00:00" turns the time trigger off. */
    W3_CHECK(load(&cfg, "cfg_a_declared_pool_has_iis_.config",
                  "<add name=\"P\"><recycling><periodicRestart time=\"00:00:00\"/></recycling>"
                  "</add>",
                  "P", "", err, sizeof err));
    W3_CHECK_EQ(w3_config_site_recycling(&cfg)->time_s, 0);
    w3_config_free(&cfg);
}

W3_TEST(w3compat_recycling_applies_when_no_pool_is_declared)
{
    w3_config cfg;
    char err[512] = "";
    const char *w3compat = "<recycling><periodicRestart time=\"00:10:00\" requests=\"7\"/>"
                           "</recycling>";
    W3_CHECK(load(&cfg, "cfg_w3compat_recycling_appli.config", "", "Missing", w3compat, err,
                  sizeof err));
    const w3_config_recycling *r = w3_config_site_recycling(&cfg);
    W3_CHECK_EQ(r->time_s, 600);
    W3_CHECK_EQ(r->requests, 7);
    w3_config_free(&cfg);
    /* Nothing anywhere: no recycling. */
    W3_CHECK(load(&cfg, "cfg_w3compat_recycling_appli.config", "", NULL, "", err, sizeof err));
    r = w3_config_site_recycling(&cfg);
    W3_CHECK(r->time_s == 0 && r->requests == 0 && r->private_memory_kb == 0);
    w3_config_free(&cfg);
}

static void expect_error(const char *pools, const char *w3compat, const char *expected)
{
    w3_config cfg;
    char err[512] = "";
    W3_CHECK(!load(&cfg, "cfg_pools_errors.config", pools, NULL, w3compat, err, sizeof err));
    if (strstr(err, expected) == NULL)
        W3_CHECK_STR(err, expected);
    w3_config_free(&cfg);
}

W3_TEST(recycling_and_metrics_errors_name_the_element)
{
    expect_error(
        "<add name=\"P\"><recycling><periodicRestart time=\"24:00:00\"/></recycling></add>", "",
        "cfg_pools_errors.config:3: <periodicRestart>: time=\"24:00:00\" is not a time span");
    expect_error("<add name=\"P\"><recycling><periodicRestart time=\"1:00\"/></recycling></add>",
                 "", "<periodicRestart>: time=\"1:00\"");
    expect_error("<add name=\"P\"><recycling><periodicRestart requests=\"-1\"/></recycling></add>",
                 "", "<periodicRestart>: requests=\"-1\" is not a whole number");
    expect_error("<add name=\"P\"><recycling><periodicRestart bogus=\"1\"/></recycling></add>", "",
                 "<periodicRestart>: unknown attribute 'bogus'");
    expect_error("<add/>", "", "<add>: name is missing");
    expect_error("", "<recycling><periodic/></recycling>",
                 "<periodic>: unknown element inside <recycling>");
    expect_error("", "<metrics path=\"/m\"/>", "<metrics>: port is missing");
    expect_error("", "<metrics port=\"70000\"/>", "<metrics>: port=\"70000\"");
    expect_error("", "<metrics port=\"9\" path=\"m\"/>", "<metrics>: path=\"m\" does not start");
}

W3_TEST(metrics_listener_settings)
{
    w3_config cfg;
    char err[512] = "";
    W3_CHECK(load(&cfg, "cfg_metrics_listener_setting.config", "", NULL, "", err, sizeof err));
    W3_CHECK_EQ(cfg.metrics_port, 0);
    W3_CHECK(cfg.metrics_address == NULL && cfg.metrics_path == NULL);
    w3_config_free(&cfg);
    W3_CHECK(load(&cfg, "cfg_metrics_listener_setting.config", "", NULL,
                  "<metrics address=\"::1\" port=\"9180\" path=\"/stats\"/>", err, sizeof err));
    W3_CHECK_EQ(cfg.metrics_port, 9180);
    W3_CHECK_STR(cfg.metrics_address, "::1");
    W3_CHECK_STR(cfg.metrics_path, "/stats");
    w3_config_free(&cfg);
}
