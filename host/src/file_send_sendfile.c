/* A file range to a socket with sendfile(2) (Linux; see file_send.h). libuv's
 * uv_fs_sendfile tries copy_file_range first and, when the target is a socket, falls back
 * to a read/write copy that blocks its thread-pool thread in poll() while the client is
 * slow. Here one thread-pool job opens the file, runs sendfile(2) until the range is sent
 * or the socket is full, and closes the file when done: a small file costs one trip to
 * the pool. A full socket is waited for on the loop (uv_poll), then the next job
 * continues. */
#include "file_send_way.h"
#include "open_file_cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <unistd.h>

/* At most this much per sendfile call; the socket takes what fits anyway. */
#define SENDFILE_MAX (16u << 20)

struct file_send {
    file_send_base base;
    uv_work_t work;
    uv_poll_t writable;
    int polling;     /* `writable` was initialised */
    int sock;        /* a duplicate of the socket: valid while sendfile runs, whatever the
                      * connection does meanwhile */
    long long sent;  /* by the last job */
    int sent_errno;  /* why the last job stopped short: EAGAIN (socket full), ... */
    int open_failed; /* ... and it was open(2) */
    char path[];
};

static void step(file_send *fs);

static void on_poll_closed(uv_handle_t *handle)
{
    file_send *fs = handle->data;
    close(fs->sock);
    free(fs);
}

void file_send_release(file_send *fs)
{
    if (fs->polling) {
        uv_close((uv_handle_t *)&fs->writable, on_poll_closed);
        return;
    }
    if (fs->sock >= 0)
        close(fs->sock);
    free(fs);
}

void file_send_stop(file_send *fs)
{
    if (fs->polling)
        uv_poll_stop(&fs->writable); /* waiting for the socket: nothing is in flight */
}

static void send_on_thread(uv_work_t *work)
{
    file_send *fs = work->data;
    fs->sent = 0;
    fs->sent_errno = 0;
    if (fs->base.file < 0) {
        fs->base.file = open(fs->path, O_RDONLY | O_CLOEXEC);
        if (fs->base.file < 0) {
            fs->sent_errno = errno;
            fs->open_failed = 1;
            return;
        }
    }
    off_t off = (off_t)fs->base.offset;
    unsigned long long left = fs->base.left;
    while (left > 0) {
        size_t want = left < SENDFILE_MAX ? (size_t)left : SENDFILE_MAX;
        ssize_t n = sendfile(fs->sock, fs->base.file, &off, want);
        if (n > 0) {
            fs->sent += n;
            left -= (unsigned long long)n;
        } else if (n == 0) {
            fs->sent_errno = ENODATA; /* the file is shorter than the range now */
            return;
        } else if (errno != EINTR) {
            fs->sent_errno = errno;
            return;
        }
    }
    close(fs->base.file);
    fs->base.file = -1;
}

static void on_writable(uv_poll_t *poll, int status, int events)
{
    (void)events;
    file_send *fs = poll->data;
    uv_poll_stop(poll);
    if (status < 0)
        file_send_fail(fs, status, 0);
    else
        step(fs);
}

/* The socket is full: the loop waits until it takes bytes again. */
static void wait_writable(file_send *fs)
{
    int rc = 0;
    if (!fs->polling) {
        rc = uv_poll_init(fs->base.loop, &fs->writable, fs->sock);
        fs->polling = rc == 0;
        fs->writable.data = fs;
    }
    if (rc == 0)
        rc = uv_poll_start(&fs->writable, UV_WRITABLE, on_writable);
    if (rc != 0)
        file_send_fail(fs, rc, 0);
}

static void after_send(uv_work_t *work, int status)
{
    file_send *fs = work->data;
    fs->base.busy = 0;
    if (fs->sent > 0) {
        fs->base.offset += (unsigned long long)fs->sent;
        fs->base.left -= (unsigned long long)fs->sent;
        if (!fs->base.abandoned)
            fs->base.progress(fs->base.ctx, (unsigned long long)fs->sent);
    }
    int err = fs->sent_errno;
    if (fs->base.abandoned || fs->base.left == 0)
        file_send_wind_down(fs);
    else if (status < 0)
        file_send_fail(fs, status, 0);
    else if (err == EAGAIN || err == EWOULDBLOCK)
        wait_writable(fs);
    else if (err == ENODATA)
        file_send_fail(fs, UV_EOF, 1);
    else
        /* open(2) failing, EIO: the file's fault; EPIPE, ECONNRESET: the client left. */
        file_send_fail(fs, uv_translate_sys_error(err), fs->open_failed || err == EIO);
}

static void step(file_send *fs)
{
    if (fs->base.left == 0) {
        file_send_wind_down(fs);
        return;
    }
    int rc = uv_queue_work(fs->base.loop, &fs->work, send_on_thread, after_send);
    if (rc != 0)
        file_send_fail(fs, rc, 0);
    else
        fs->base.busy = 1;
}

file_send *file_send_create(const char *path)
{
    size_t len = strlen(path) + 1;
    file_send *fs = calloc(1, sizeof *fs + len);
    if (fs != NULL) {
        memcpy(fs->path, path, len);
        fs->sock = -1;
    }
    return fs;
}

int file_send_prepare(file_send *fs, uv_tcp_t *tcp)
{
    uv_os_fd_t fd;
    if (uv_fileno((uv_handle_t *)tcp, &fd) != 0)
        return 0;
    fs->sock = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    fs->work.data = fs;
    return fs->sock >= 0;
}

/* The first job opens the file. */
int file_send_begin(file_send *fs, const char *path)
{
    (void)path;
    if (uv_queue_work(fs->base.loop, &fs->work, send_on_thread, after_send) != 0)
        return 0;
    fs->base.busy = 1;
    return 1;
}

unsigned long long file_send_now(uv_loop_t *loop, uv_tcp_t *tcp, const char *path,
                                 unsigned long long offset, unsigned long long length)
{
    uv_os_fd_t sock;
    if (length > FILE_SEND_NOW_MAX || uv_fileno((uv_handle_t *)tcp, &sock) != 0)
        return 0;
    int file = open_file_cache_get(path, uv_now(loop));
    if (file < 0)
        return 0;
    off_t off = (off_t)offset;
    unsigned long long sent = 0;
    while (sent < length) {
        /* The socket is non-blocking: a full one stops it (EAGAIN). */
        ssize_t n = sendfile(sock, file, &off, (size_t)(length - sent));
        if (n > 0)
            sent += (unsigned long long)n;
        else if (n == 0 || errno != EINTR)
            break;
    }
    return sent;
}

void file_send_cleanup(void)
{
    open_file_cache_clear();
}
