/* What file_send.c shares with the way of sending the build picked
 * (file_send_sendfile.c or file_send_blocks.c). */
#ifndef W3HOST_FILE_SEND_WAY_H
#define W3HOST_FILE_SEND_WAY_H

#include "file_send.h"

/* A transfer's state that does not depend on the way; each way's struct file_send
 * starts with it (member `base`). */
typedef struct file_send_base {
    uv_loop_t *loop;
    uv_fs_t fs;   /* open, read, close: one at a time */
    uv_file file; /* -1 while not open */
    unsigned long long offset, left;
    int busy;        /* an operation is in flight: its callback continues */
    int abandoned;   /* no callback to the connection any more */
    int status;      /* the first error, 0 while none */
    int file_failed; /* ... and it was the file's */
    file_send_progress_fn progress;
    file_send_done_fn done;
    void *ctx;
} file_send_base;

/* The way's part. create: a zeroed transfer for `path`, NULL when out of memory;
 * prepare: ties it to the socket; begin: starts the first operation (0 if it cannot);
 * stop: the transfer was abandoned, stop waiting on the socket; release: frees it. */
file_send *file_send_create(const char *path);
int file_send_prepare(file_send *fs, uv_tcp_t *tcp);
int file_send_begin(file_send *fs, const char *path);
void file_send_stop(file_send *fs);
void file_send_release(file_send *fs);

/* file_send.c. wind_down: closes the file, reports the outcome once, frees, as far as no
 * operation is in flight (the callback of the one that is comes back to it). fail: the
 * first error is the outcome. */
void file_send_wind_down(file_send *fs);
void file_send_fail(file_send *fs, int status, int file_failed);

#endif
