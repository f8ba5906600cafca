/* One w3host process serving: a libuv loop, a listener, the connections, the timeouts,
 * signals, and graceful shutdown. Moves bytes between sockets and the engine. */
#ifndef W3HOST_SERVER_H
#define W3HOST_SERVER_H

#include "options.h"

/* Serves until SIGTERM/SIGINT and a drain. `worker`: one of the supervisor's workers,
 * which accepts from the listening socket it inherited (opts->listen_fd), says on
 * opts->ready_fd when it listens, and stops on the supervisor's SIGTERM only (a
 * terminal's SIGINT goes to the supervisor, which passes it on once).
 * Returns the process exit status (0, or 2 when the listener or the engine could not
 * be set up, with the cause on stderr). */
int host_serve(const host_options *opts, int worker);

/* --check: sets up the engine as host_serve would (filters, modules and extensions
 * load, their initialisation runs) without listening, and tears it down. Returns 0,
 * or 2 with the cause on stderr. */
int host_check(const host_options *opts);

#endif
