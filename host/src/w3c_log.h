/* The W3C Extended Log File Format as IIS writes it, one file per UTC day
 * (u_exYYMMDD.log), fed from the engine's request log records. */
#ifndef W3HOST_W3C_LOG_H
#define W3HOST_W3C_LOG_H

#include "w3engine.h"

typedef struct w3c_log w3c_log;

/* Opens the log writer for directory `dir` (created if missing). NULL with the cause on
 * stderr if `dir` is unusable. */
w3c_log *w3c_log_open(const char *dir);

/* Writes the line of one request the engine reported. */
void w3c_log_request(w3c_log *log, const w3_log_record *rec);

/* Closes the current file; the next line opens (and if new, heads) the day's file. */
void w3c_log_reopen(w3c_log *log);

void w3c_log_close(w3c_log *log);

#endif
