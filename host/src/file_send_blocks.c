/* A file range to a socket in blocks (where a socket is no CRT file descriptor, as on
 * Windows; see file_send.h): the file is opened and read on the thread pool, each block
 * written with uv_write, one after the other. */
#include "file_send_way.h"

#include <stdlib.h>

#define BLOCK_BYTES (64 * 1024)

struct file_send {
    file_send_base base;
    uv_tcp_t *tcp;
    uv_write_t write;
    size_t block_len;
    char block[BLOCK_BYTES];
};

static void step(file_send *fs);

void file_send_release(file_send *fs)
{
    free(fs);
}

void file_send_stop(file_send *fs)
{
    (void)fs; /* a block in flight comes back to file_send_wind_down */
}

static void on_open(uv_fs_t *req)
{
    file_send *fs = req->data;
    ssize_t result = req->result;
    uv_fs_req_cleanup(req);
    fs->base.busy = 0;
    if (result >= 0)
        fs->base.file = (uv_file)result;
    if (fs->base.abandoned)
        file_send_wind_down(fs);
    else if (result < 0)
        file_send_fail(fs, (int)result, 1);
    else
        step(fs);
}

/* Bytes reached the socket: on to the next part, or done. */
static void advance(file_send *fs, unsigned long long n)
{
    fs->base.offset += n;
    fs->base.left -= n;
    step(fs);
}

static void on_written(uv_write_t *req, int status)
{
    file_send *fs = req->data;
    fs->base.busy = 0;
    if (fs->base.abandoned)
        file_send_wind_down(fs);
    else if (status < 0)
        file_send_fail(fs, status, 0);
    else
        advance(fs, fs->block_len);
}

static void on_read(uv_fs_t *req)
{
    file_send *fs = req->data;
    ssize_t result = req->result;
    uv_fs_req_cleanup(req);
    fs->base.busy = 0;
    if (fs->base.abandoned) {
        file_send_wind_down(fs);
        return;
    }
    if (result <= 0) {
        file_send_fail(fs, result == 0 ? UV_EOF : (int)result,
                       1); /* UV_EOF: the file got shorter */
        return;
    }
    fs->block_len = (size_t)result;
    uv_buf_t buf = uv_buf_init(fs->block, (unsigned)result);
    int rc = uv_write(&fs->write, (uv_stream_t *)fs->tcp, &buf, 1, on_written);
    if (rc != 0) {
        file_send_fail(fs, rc, 0);
        return;
    }
    fs->base.busy = 1;
    fs->base.progress(fs->base.ctx, (unsigned long long)result);
}

static void step(file_send *fs)
{
    if (fs->base.left == 0) {
        file_send_wind_down(fs);
        return;
    }
    size_t want = fs->base.left < sizeof fs->block ? (size_t)fs->base.left : sizeof fs->block;
    uv_buf_t buf = uv_buf_init(fs->block, (unsigned)want);
    int rc = uv_fs_read(fs->base.loop, &fs->base.fs, fs->base.file, &buf, 1,
                        (int64_t)fs->base.offset, on_read);
    if (rc != 0)
        file_send_fail(fs, rc, 1);
    else
        fs->base.busy = 1;
}

file_send *file_send_create(const char *path)
{
    (void)path;
    return calloc(1, sizeof(file_send));
}

int file_send_prepare(file_send *fs, uv_tcp_t *tcp)
{
    fs->tcp = tcp;
    fs->write.data = fs;
    return 1;
}

/* The file is opened on the thread pool, then read block by block. */
int file_send_begin(file_send *fs, const char *path)
{
    if (uv_fs_open(fs->base.loop, &fs->base.fs, path, UV_FS_O_RDONLY, 0, on_open) != 0)
        return 0;
    fs->base.busy = 1;
    return 1;
}

/* Blocks are read on the thread pool only. */
unsigned long long file_send_now(uv_loop_t *loop, uv_tcp_t *tcp, const char *path,
                                 unsigned long long offset, unsigned long long length)
{
    (void)loop;
    (void)tcp;
    (void)path;
    (void)offset;
    (void)length;
    return 0;
}

void file_send_cleanup(void) {}
