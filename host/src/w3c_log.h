/* The W3C Extended Log File Format as IIS writes it, one file per UTC day
 * (u_exYYMMDD.log), fed from the engine's request log records.
 *
 * As HTTP.sys does for IIS, lines are buffered in memory and written a buffer at a
 * time: when the buffer is full, when the host asks (every flush interval, at SIGHUP,
 * at shutdown), and when a line of another day arrives. A worker that dies without
 * shutting down loses at most the buffer it had not written. */
#ifndef W3HOST_W3C_LOG_H
#define W3HOST_W3C_LOG_H

#include <stddef.h>

#include "w3engine.h"

typedef struct w3c_log w3c_log;

/* Opens the log writer for directory `dir` (created if missing), with a buffer of
 * `buffer_bytes` (0: every line is written at once). NULL with the cause on stderr if
 * `dir` is unusable. */
w3c_log *w3c_log_open(const char *dir, size_t buffer_bytes);

/* Buffers the line of one request the engine reported. */
void w3c_log_request(w3c_log *log, const w3_log_record *rec);

/* Writes the buffered lines to their file. */
void w3c_log_flush(w3c_log *log);

/* Flushes, then closes the current file; the next write opens (and if new, heads) the
 * day's file again, so that a file renamed away is replaced. */
void w3c_log_reopen(w3c_log *log);

/* Flushes and frees the writer. */
void w3c_log_close(w3c_log *log);

#endif
