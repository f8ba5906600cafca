/* The W3C Extended Log File Format as IIS writes it, fed from the engine's request log
 * records: the fields logExtFileFlags chooses (in IIS's order, with the #Fields line to
 * match), a new file per period as IIS names them (u_exYYMMDD.log daily,
 * u_exYYMMDDHH.log hourly, u_exYYMMWW.log weekly, u_exYYMM.log monthly, u_extendN.log
 * past truncateSize), periods in UTC or, with localTimeRollover, local time.
 *
 * As HTTP.sys does for IIS, lines are buffered in memory and written a buffer at a
 * time: when the buffer is full, when the host asks (every flush interval, at SIGHUP,
 * at shutdown), and when a line of another period arrives. A worker that dies without
 * shutting down loses at most the buffer it had not written. */
#ifndef W3HOST_W3C_LOG_H
#define W3HOST_W3C_LOG_H

#include <stddef.h>

#include "w3engine.h"

typedef struct w3c_log w3c_log;

typedef struct w3c_log_settings {
    unsigned long fields;             /* enum w3_log_field bits (w3config.h) */
    int period;                       /* enum w3_log_period */
    int local_time;                   /* localTimeRollover */
    unsigned long long truncate_size; /* W3_LOG_MAX_SIZE: bytes per file */
} w3c_log_settings;

/* IIS's defaults: its default fields, a file per UTC day. */
void w3c_log_settings_default(w3c_log_settings *settings);

/* Creates `dir` (and its parents) if missing and proves a file can be written in it.
 * Returns 1, or 0 with "w3host: log folder DIR: reason" on stderr. */
int w3c_log_folder_check(const char *dir);

/* Opens the log writer for directory `dir` (w3c_log_folder_check'ed), with a buffer of
 * `buffer_bytes` (0: every line is written at once). NULL (and why, on stderr) if the
 * folder is unusable or memory is short. */
w3c_log *w3c_log_open(const char *dir, size_t buffer_bytes, const w3c_log_settings *settings);

/* Buffers the line of one request the engine reported. */
void w3c_log_request(w3c_log *log, const w3_log_record *rec);

/* Writes the buffered lines to their file. */
void w3c_log_flush(w3c_log *log);

/* Flushes, then closes the current file; the next write opens (and if new, heads) the
 * period's file again, so that a file renamed away is replaced. */
void w3c_log_reopen(w3c_log *log);

/* Flushes and frees the writer. */
void w3c_log_close(w3c_log *log);

#endif
