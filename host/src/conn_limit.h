/* <site><limits maxConnections>: the connections open at once, counted across the
 * worker processes of one server, as HTTP.sys counts them for a site. A connection over
 * the limit gets 503 and is closed. */
#ifndef W3HOST_CONN_LIMIT_H
#define W3HOST_CONN_LIMIT_H

/* Sets the limit (0: none) for `slots` worker processes; called once, in the process
 * that forks the workers, before it does. Returns 0 if the count cannot be shared. */
int conn_limit_init(unsigned max, unsigned slots);

/* In a worker process: the slot its connections count in. */
void conn_limit_enter_slot(unsigned slot);

/* Counts a new connection; returns 0 (and counts nothing) when the limit is reached. */
int conn_limit_take(void);

/* A counted connection has closed. */
void conn_limit_give(void);

/* In the supervisor: the worker of `slot` died, and its connections with it. */
void conn_limit_reset_slot(unsigned slot);

#endif
