/* Sends a range of a file to a connection's socket without blocking the event loop:
 * the file is opened, read and closed on libuv's thread pool. On Linux the bytes go
 * with sendfile(2) from a thread-pool thread straight to the (non-blocking) socket,
 * waiting for writability with a uv_poll when it is full; elsewhere (Windows, where a
 * socket is no CRT file descriptor) blocks are read on the thread pool and written with
 * uv_write, one after the other. */
#ifndef W3HOST_FILE_SEND_H
#define W3HOST_FILE_SEND_H

#include <uv.h>

typedef struct file_send file_send;

/* `bytes` more went to the socket, or into libuv's write queue for it. */
typedef void (*file_send_progress_fn)(void *ctx, unsigned long long bytes);
/* The range was sent whole (status 0), or not: a libuv error code, and file_failed
 * nonzero when the file was at fault (it could not be opened or read, or is shorter
 * than the range: UV_EOF) rather than the socket. Called once, after the file was
 * closed. */
typedef void (*file_send_done_fn)(void *ctx, int status, int file_failed);

/* Starts sending bytes [offset, offset + length) of `path` to `tcp`, which must have
 * nothing else queued for writing until `done`. NULL if it cannot start (then no
 * callback comes). */
file_send *file_send_start(uv_loop_t *loop, uv_tcp_t *tcp, const char *path,
                           unsigned long long offset, unsigned long long length,
                           file_send_progress_fn progress, file_send_done_fn done, void *ctx);

/* A range of at most FILE_SEND_NOW_MAX bytes goes to the socket at once, from the loop's
 * thread, through the worker's open-file cache (where the way allows: on Linux), as
 * nginx sends small files: no trip to the thread pool, no open and close per response.
 * Returns the bytes the socket took (0 when the range is larger, the socket is full,
 * the file cannot be opened, or the way has no such thing); the caller sends the rest
 * with file_send_start, which reports any error. */
#define FILE_SEND_NOW_MAX (64 * 1024)
unsigned long long file_send_now(uv_loop_t *loop, uv_tcp_t *tcp, const char *path,
                                 unsigned long long offset, unsigned long long length);

/* At the worker's end: closes the files file_send_now keeps open. */
void file_send_cleanup(void);

/* The connection is going: no callback comes any more. The transfer stops and frees
 * itself once its operation in flight returns (the loop runs until then). */
void file_send_abandon(file_send *fs);

#endif
