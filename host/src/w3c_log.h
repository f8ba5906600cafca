/* The W3C Extended Log File Format as IIS writes it, one file per UTC day
 * (u_exYYMMDD.log), fed from the engine's request log lines. */
#ifndef W3HOST_W3C_LOG_H
#define W3HOST_W3C_LOG_H

typedef struct w3c_log w3c_log;

/* Opens the log writer for directory `dir` (created if missing). NULL with the cause on
 * stderr if `dir` is unusable. */
w3c_log *w3c_log_open(const char *dir);

/* Writes one line from an engine request log line (see w3engine.h's w3_log_fn) that
 * came in on the local address server_ip:server_port (s-ip, s-port). */
void w3c_log_request(w3c_log *log, const char *engine_line, const char *server_ip,
                     unsigned server_port);

/* Closes the current file; the next line opens (and if new, heads) the day's file. */
void w3c_log_reopen(w3c_log *log);

void w3c_log_close(w3c_log *log);

#endif
