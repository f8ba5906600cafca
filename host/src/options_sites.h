/* The sites w3host serves: those of the config file (or the one --site/--site-id picks),
 * or one site from --root and --listen. */
#ifndef W3HOST_OPTIONS_SITES_H
#define W3HOST_OPTIONS_SITES_H

#include "options.h"
#include "w3config.h"

/* Fills opts->sites from `config` (NULL: no config file) and the flags. Returns nonzero
 * on success; else 0 after writing every problem found to stderr ("FILE:LINE: <site
 * name=...>: reason"). */
int options_build_sites(host_options *opts, const w3_config *config);

#endif
