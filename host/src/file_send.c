/* A file range to a socket, off the event loop (see file_send.h). */
#include "file_send.h"

#include <stdlib.h>
#include <string.h>

#ifdef __linux__
#include <errno.h>
#include <fcntl.h>
#include <sys/sendfile.h>
#include <unistd.h>
#define USE_SENDFILE 1
/* At most this much per sendfile call; the socket takes what fits anyway. */
#define SENDFILE_MAX (16u << 20)
#else
#define USE_SENDFILE 0
#define BLOCK_BYTES (64 * 1024)
#endif

struct file_send {
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
#if USE_SENDFILE
    /* libuv's uv_fs_sendfile tries copy_file_range first and, when the target is a
     * socket, falls back to a read/write copy that blocks its thread-pool thread in
     * poll() while the client is slow. Here one thread-pool job opens the file, runs
     * sendfile(2) until the range is sent or the socket is full, and closes the file
     * when done: a small file costs one trip to the pool. A full socket is waited for
     * on the loop (uv_poll), then the next job continues. */
    uv_work_t work;
    uv_poll_t writable;
    int polling;     /* `writable` was initialised */
    int sock;        /* a duplicate of the socket: valid while sendfile runs, whatever the
                      * connection does meanwhile */
    long long sent;  /* by the last job */
    int sent_errno;  /* why the last job stopped short: EAGAIN (socket full), ... */
    int open_failed; /* ... and it was open(2) */
    char path[];
#else
    uv_tcp_t *tcp;
    uv_write_t write;
    size_t block_len;
    char block[BLOCK_BYTES];
#endif
};

static void step(file_send *fs);

#if USE_SENDFILE
static void on_poll_closed(uv_handle_t *handle)
{
    file_send *fs = handle->data;
    close(fs->sock);
    free(fs);
}
#endif

static void release(file_send *fs)
{
#if USE_SENDFILE
    if (fs->polling) {
        uv_close((uv_handle_t *)&fs->writable, on_poll_closed);
        return;
    }
    if (fs->sock >= 0)
        close(fs->sock);
#endif
    free(fs);
}

/* Closes the file, reports the outcome once, frees: as far as no operation is in
 * flight (the callback of the one that is comes back here). */
static void wind_down(file_send *fs);

static void on_closed(uv_fs_t *req)
{
    file_send *fs = req->data;
    uv_fs_req_cleanup(req);
    fs->busy = 0;
    wind_down(fs);
}

static void wind_down(file_send *fs)
{
    if (fs->busy)
        return;
    if (fs->file >= 0) {
        uv_file file = fs->file;
        fs->file = -1;
        if (uv_fs_close(fs->loop, &fs->fs, file, on_closed) == 0) {
            fs->busy = 1;
            return;
        }
    }
    int report = !fs->abandoned;
    file_send_done_fn done = fs->done;
    void *ctx = fs->ctx;
    int status = fs->status, file_failed = fs->file_failed;
    release(fs);
    if (report)
        done(ctx, status, file_failed);
}

static void fail(file_send *fs, int status, int file_failed)
{
    if (fs->status == 0) {
        fs->status = status;
        fs->file_failed = file_failed;
    }
    wind_down(fs);
}

#if USE_SENDFILE

static void send_on_thread(uv_work_t *work)
{
    file_send *fs = work->data;
    fs->sent = 0;
    fs->sent_errno = 0;
    if (fs->file < 0) {
        fs->file = open(fs->path, O_RDONLY | O_CLOEXEC);
        if (fs->file < 0) {
            fs->sent_errno = errno;
            fs->open_failed = 1;
            return;
        }
    }
    off_t off = (off_t)fs->offset;
    unsigned long long left = fs->left;
    while (left > 0) {
        size_t want = left < SENDFILE_MAX ? (size_t)left : SENDFILE_MAX;
        ssize_t n = sendfile(fs->sock, fs->file, &off, want);
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
    close(fs->file);
    fs->file = -1;
}

static void on_writable(uv_poll_t *poll, int status, int events)
{
    (void)events;
    file_send *fs = poll->data;
    uv_poll_stop(poll);
    if (status < 0)
        fail(fs, status, 0);
    else
        step(fs);
}

/* The socket is full: the loop waits until it takes bytes again. */
static void wait_writable(file_send *fs)
{
    int rc = 0;
    if (!fs->polling) {
        rc = uv_poll_init(fs->loop, &fs->writable, fs->sock);
        fs->polling = rc == 0;
        fs->writable.data = fs;
    }
    if (rc == 0)
        rc = uv_poll_start(&fs->writable, UV_WRITABLE, on_writable);
    if (rc != 0)
        fail(fs, rc, 0);
}

static void after_send(uv_work_t *work, int status)
{
    file_send *fs = work->data;
    fs->busy = 0;
    if (fs->sent > 0) {
        fs->offset += (unsigned long long)fs->sent;
        fs->left -= (unsigned long long)fs->sent;
        if (!fs->abandoned)
            fs->progress(fs->ctx, (unsigned long long)fs->sent);
    }
    int err = fs->sent_errno;
    if (fs->abandoned || fs->left == 0)
        wind_down(fs);
    else if (status < 0)
        fail(fs, status, 0);
    else if (err == EAGAIN || err == EWOULDBLOCK)
        wait_writable(fs);
    else if (err == ENODATA)
        fail(fs, UV_EOF, 1);
    else
        /* open(2) failing, EIO: the file's fault; EPIPE, ECONNRESET: the client left. */
        fail(fs, uv_translate_sys_error(err), fs->open_failed || err == EIO);
}

static void step(file_send *fs)
{
    if (fs->left == 0) {
        wind_down(fs);
        return;
    }
    int rc = uv_queue_work(fs->loop, &fs->work, send_on_thread, after_send);
    if (rc != 0)
        fail(fs, rc, 0);
    else
        fs->busy = 1;
}

static file_send *create(const char *path)
{
    size_t len = strlen(path) + 1;
    file_send *fs = calloc(1, sizeof *fs + len);
    if (fs != NULL) {
        memcpy(fs->path, path, len);
        fs->sock = -1;
    }
    return fs;
}

static int prepare(file_send *fs, uv_tcp_t *tcp)
{
    uv_os_fd_t fd;
    if (uv_fileno((uv_handle_t *)tcp, &fd) != 0)
        return 0;
    fs->sock = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    fs->work.data = fs;
    return fs->sock >= 0;
}

/* The first job opens the file. */
static int begin(file_send *fs, const char *path)
{
    (void)path;
    if (uv_queue_work(fs->loop, &fs->work, send_on_thread, after_send) != 0)
        return 0;
    fs->busy = 1;
    return 1;
}

#else

static void on_open(uv_fs_t *req)
{
    file_send *fs = req->data;
    ssize_t result = req->result;
    uv_fs_req_cleanup(req);
    fs->busy = 0;
    if (result >= 0)
        fs->file = (uv_file)result;
    if (fs->abandoned)
        wind_down(fs);
    else if (result < 0)
        fail(fs, (int)result, 1);
    else
        step(fs);
}

/* Bytes reached the socket: on to the next part, or done. */
static void advance(file_send *fs, unsigned long long n)
{
    fs->offset += n;
    fs->left -= n;
    step(fs);
}

static void on_written(uv_write_t *req, int status)
{
    file_send *fs = req->data;
    fs->busy = 0;
    if (fs->abandoned)
        wind_down(fs);
    else if (status < 0)
        fail(fs, status, 0);
    else
        advance(fs, fs->block_len);
}

static void on_read(uv_fs_t *req)
{
    file_send *fs = req->data;
    ssize_t result = req->result;
    uv_fs_req_cleanup(req);
    fs->busy = 0;
    if (fs->abandoned) {
        wind_down(fs);
        return;
    }
    if (result <= 0) {
        fail(fs, result == 0 ? UV_EOF : (int)result, 1); /* UV_EOF: the file got shorter */
        return;
    }
    fs->block_len = (size_t)result;
    uv_buf_t buf = uv_buf_init(fs->block, (unsigned)result);
    int rc = uv_write(&fs->write, (uv_stream_t *)fs->tcp, &buf, 1, on_written);
    if (rc != 0) {
        fail(fs, rc, 0);
        return;
    }
    fs->busy = 1;
    fs->progress(fs->ctx, (unsigned long long)result);
}

static void step(file_send *fs)
{
    if (fs->left == 0) {
        wind_down(fs);
        return;
    }
    size_t want = fs->left < sizeof fs->block ? (size_t)fs->left : sizeof fs->block;
    uv_buf_t buf = uv_buf_init(fs->block, (unsigned)want);
    int rc = uv_fs_read(fs->loop, &fs->fs, fs->file, &buf, 1, (int64_t)fs->offset, on_read);
    if (rc != 0)
        fail(fs, rc, 1);
    else
        fs->busy = 1;
}

static file_send *create(const char *path)
{
    (void)path;
    return calloc(1, sizeof(file_send));
}

static int prepare(file_send *fs, uv_tcp_t *tcp)
{
    fs->tcp = tcp;
    fs->write.data = fs;
    return 1;
}

/* The file is opened on the thread pool, then read block by block. */
static int begin(file_send *fs, const char *path)
{
    if (uv_fs_open(fs->loop, &fs->fs, path, UV_FS_O_RDONLY, 0, on_open) != 0)
        return 0;
    fs->busy = 1;
    return 1;
}

#endif

file_send *file_send_start(uv_loop_t *loop, uv_tcp_t *tcp, const char *path,
                           unsigned long long offset, unsigned long long length,
                           file_send_progress_fn progress, file_send_done_fn done, void *ctx)
{
    file_send *fs = create(path);
    if (fs == NULL)
        return NULL;
    fs->loop = loop;
    fs->file = -1;
    fs->offset = offset;
    fs->left = length;
    fs->progress = progress;
    fs->done = done;
    fs->ctx = ctx;
    fs->fs.data = fs;
    if (!prepare(fs, tcp) || !begin(fs, path)) {
        fs->abandoned = 1;
        wind_down(fs);
        return NULL;
    }
    return fs;
}

void file_send_abandon(file_send *fs)
{
    fs->abandoned = 1;
#if USE_SENDFILE
    if (fs->polling)
        uv_poll_stop(&fs->writable); /* waiting for the socket: nothing is in flight */
#endif
    wind_down(fs);
}
