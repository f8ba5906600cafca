/* IIS's defaults for the configuration w3compat reads. */
#include "w3config.h"

#include "base/text.h"
#include "config_schema.h"

#include <stdlib.h>
#include <string.h>

static const char *const iis_default_documents[] = {"Default.htm", "Default.asp", "index.htm",
                                                    "index.html", "iisstart.htm"};

void w3_config_init(w3_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->default_document_enabled = 1;
    for (size_t i = 0; i < sizeof iis_default_documents / sizeof *iis_default_documents; i++) {
        cfg->default_documents[cfg->default_document_count] =
            w3e_heap_strdup(iis_default_documents[i]);
        if (cfg->default_documents[cfg->default_document_count] != NULL)
            cfg->default_document_count++;
    }
    cfg->max_allowed_content_length = 30000000;
    cfg->max_request_bytes = 16384;
    cfg->max_header_count = 100;
    cfg->header_timeout_s = 30;
    cfg->body_timeout_s = 120;
    cfg->idle_timeout_s = 120;
    cfg->send_timeout_s = 120;
    cfg->shutdown_timeout_s = 10;
    cfg->workers = 1;
    cfg->rapid_fail_count = 5;
    cfg->rapid_fail_seconds = 300;
    cfg->health_check_s = 30;
    cfg->log_buffer_bytes = 64 * 1024; /* HTTP.sys's log buffer */
    cfg->log_flush_s = 60;             /* IIS's lines appear within about a minute */
}

void w3_config_free(w3_config *cfg)
{
    for (size_t i = 0; i < cfg->site_count; i++) {
        w3_config_site *site = &cfg->sites[i];
        free(site->name);
        free(site->physical_path);
        for (size_t b = 0; b < site->binding_count; b++) {
            free(site->bindings[b].protocol);
            free(site->bindings[b].ip);
            free(site->bindings[b].host);
        }
        for (size_t v = 0; v < site->virtual_dir_count; v++) {
            free(site->virtual_dirs[v].application);
            free(site->virtual_dirs[v].path);
            free(site->virtual_dirs[v].physical_path);
        }
        w3c_log_file_free(&site->log);
    }
    free(cfg->sites);
    for (size_t i = 0; i < cfg->certificate_count; i++) {
        free(cfg->certificates[i].host_name);
        free(cfg->certificates[i].certificate_file);
        free(cfg->certificates[i].key_file);
    }
    free(cfg->client_ca_file);
    for (size_t i = 0; i < cfg->filter_count; i++) {
        free(cfg->filters[i].name);
        free(cfg->filters[i].path);
    }
    for (size_t i = 0; i < cfg->global_module_count; i++) {
        free(cfg->global_modules[i].name);
        free(cfg->global_modules[i].image);
    }
    for (size_t i = 0; i < cfg->module_count; i++)
        free(cfg->modules[i].name);
    for (size_t i = 0; i < cfg->default_document_count; i++)
        free(cfg->default_documents[i]);
    w3c_isapi_free(cfg);
    for (size_t i = 0; i < cfg->pool_count; i++)
        free(cfg->pools[i].name);
    free(cfg->app_pool);
    free(cfg->metrics_address);
    free(cfg->metrics_path);
    w3c_log_file_free(&cfg->site_defaults_log);
    memset(cfg, 0, sizeof *cfg);
}

const w3_config_recycling *w3_config_site_recycling(const w3_config *cfg)
{
    const char *pool = cfg->app_pool != NULL ? cfg->app_pool : "DefaultAppPool";
    for (size_t i = 0; i < cfg->pool_count; i++)
        if (w3e_ieq(cfg->pools[i].name, pool))
            return &cfg->pools[i].recycling;
    return &cfg->recycling;
}
