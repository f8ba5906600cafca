/* Web garden: N worker processes sharing the port (SO_REUSEPORT), restarted when they
 * die, with rapid-fail protection (a slot that fails rapid_fail_count times within
 * rapid_fail_ms is not restarted again). SIGTERM/SIGINT are passed on to the workers,
 * which drain; SIGHUP too (log reopening). */
#ifndef W3HOST_SUPERVISOR_H
#define W3HOST_SUPERVISOR_H

#include "options.h"

/* Returns the exit status: 0 after a requested stop, 2 when no worker could start or
 * every slot hit rapid-fail protection. */
int supervisor_run(const host_options *opts);

#endif
