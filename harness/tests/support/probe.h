/* What the harness tests share: the probe extensions' paths and a server with both. */
#ifndef PROBE_H
#define PROBE_H

#include "w3harness.h"

/* A default server with probe_filter and probe_module loaded, and one connection. */
void probe_start(w3h_server **server, w3h_conn **conn);
/* Nonzero if the calling thread's last error message contains text. */
int last_error_says(const char *text);

#endif
