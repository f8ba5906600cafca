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

/* w3host -t (--check): sets up every site's engine as host_serve would (filters, modules and
 * extensions loaded, GetFilterVersion and RegisterModule called, then terminated),
 * without listening. Returns the number of problems, each written to stderr. */
int host_check(const host_options *opts);

#endif
