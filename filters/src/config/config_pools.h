/* Element handlers of application pools' recycling and of <w3compat><metrics>. */
#ifndef W3E_CONFIG_POOLS_H
#define W3E_CONFIG_POOLS_H

#include "config_schema.h"

void w3c_pool_add(config_reader *r, const char *name, const char **attrs);
void w3c_pool_end(config_reader *r);
void w3c_w3compat_recycling_start(config_reader *r, const char *name, const char **attrs);
/* Sets the recycling of the pool being read (<add>) or of <w3compat><recycling>. */
void w3c_periodic_restart_start(config_reader *r, const char *name, const char **attrs);
void w3c_metrics_start(config_reader *r, const char *name, const char **attrs);

#endif
