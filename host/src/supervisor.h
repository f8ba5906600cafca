/* Web garden and application pool: N worker processes accepting from one listening
 * socket the supervisor opened, restarted when they die, with rapid-fail protection (a
 * slot that fails rapid_fail_count times within rapid_fail_ms is not restarted again).
 * Recycling, as IIS's WAS does it, overlapped: on SIGHUP, on a worker's request (its
 * <periodicRestart requests/privateMemory> was reached: SIGUSR2) or when the
 * generation's periodicRestart time is up, a new generation of workers starts with the
 * configuration and DLLs read anew; once each says it listens, the old ones are sent
 * SIGTERM and drain. A new generation that does not start (a configuration error, a
 * DLL that does not load) is stopped and the old one keeps serving.
 * SIGTERM/SIGINT are passed on to the workers, which drain; SIGUSR1 too (the workers
 * write their buffered log lines and reopen the log files). */
#ifndef W3HOST_SUPERVISOR_H
#define W3HOST_SUPERVISOR_H

#include "options.h"

/* `argv`: the command line as given (unparsed: a recycle parses it again). Returns the
 * exit status: 0 after a requested stop, 2 when no worker could start or every slot hit
 * rapid-fail protection. */
int supervisor_run(const host_options *opts, int argc, char **argv);

#endif
