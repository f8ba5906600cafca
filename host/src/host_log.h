/* w3host's diagnostics on stderr, one line each. Under systemd (JOURNAL_STREAM names
 * stderr) each line starts with its syslog priority, "<3>" for an error, so that
 * journald files it at that level; the journal adds the time, so no line has one. */
#ifndef W3HOST_HOST_LOG_H
#define W3HOST_HOST_LOG_H

enum {
    HOST_LOG_ERR = 3,     /* something does not work: a worker died, a recycle refused */
    HOST_LOG_WARNING = 4, /* one request or connection affected */
    HOST_LOG_NOTICE = 5,  /* the service's state changed: started, recycled, stopping */
    HOST_LOG_INFO = 6
};

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void host_log(int priority, const char *fmt, ...);

#endif
