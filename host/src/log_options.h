/* The W3C log settings of applicationHost.config's <siteDefaults><logFile> and the
 * site's <logFile>, as w3host applies them: the folder W3SVC<site id> below the
 * directory, with %VARIABLES% expanded. */
#ifndef W3HOST_LOG_OPTIONS_H
#define W3HOST_LOG_OPTIONS_H

#include "options.h"
#include "w3config.h"

/* Sets the log folder and settings of the site *out from its <logFile> over
 * <siteDefaults> in *c (read from o->config_path): no folder when the site's logging
 * is disabled. --log-dir (o->log_dir) replaces the directory. Environment variables of
 * the directory are expanded; %SystemDrive%, when the environment has none (POSIX), is
 * the folder of the configuration file, so that IIS's default directory lands beside
 * it. */
void log_options_for_site(const host_options *o, const w3_config *c, const w3_config_site *site,
                          host_site *out);

#endif
