/* systemd's readiness protocol (sd_notify), by hand: one datagram of "KEY=VALUE" lines
 * to the unix socket $NOTIFY_SOCKET names ("@name" is the abstract namespace). Nothing
 * happens when the variable is unset, or on Windows. */
#ifndef W3HOST_SERVICE_NOTIFY_H
#define W3HOST_SERVICE_NOTIFY_H

/* Sends `state` ("READY=1", "STOPPING=1", ...). RELOADING=1 gets the MONOTONIC_USEC
 * line systemd's notify-reload services expect. Returns nonzero if it was sent. */
int service_notify(const char *state);

#endif
