/* A site's engine: its w3_server (named, numbered and rooted as the site, with its
 * virtual directories), its static file handler, its filters, modules and extensions,
 * and its W3C log. */
#ifndef W3HOST_SITE_SETUP_H
#define W3HOST_SITE_SETUP_H

#include "host.h"

struct IHostMemoryManager;

/* Sets up site->cfg's engine in *site. With keep_going, every filter, module and
 * extension is tried even after one failed (w3host -t). Returns the number of problems,
 * each written to stderr (a Win32 error with its system text); 0 on success. */
int site_setup(host *h, hsite *site, struct IHostMemoryManager *memory, int keep_going);

/* Ends the site's engine (TerminateFilter, module Terminate) and closes its log. */
void site_teardown(hsite *site);

#endif
