/* The W3C log settings of applicationHost.config's <siteDefaults><logFile> and the
 * site's <logFile>, as w3host applies them: the folder W3SVC<site id> below the
 * directory, with %VARIABLES% expanded. */
#ifndef W3HOST_LOG_OPTIONS_H
#define W3HOST_LOG_OPTIONS_H

#include "options.h"
#include "w3config.h"

/* Sets the log folder and settings of *o from *c (read from `config_path`): none when
 * the site's logging is disabled. Environment variables of the directory are
 * expanded; %SystemDrive%, when the environment has none (POSIX), is the folder of
 * `config_path`, so that IIS's default directory lands beside the configuration. */
void log_options_from_config(host_options *o, const w3_config *c, const char *config_path);

#endif
