/* A file range to a socket, off the event loop (see file_send.h): what the two ways of
 * sending share. The build picks the way: file_send_sendfile.c on Linux,
 * file_send_blocks.c elsewhere. */
#include "file_send_way.h"

/* The state every way keeps first in its struct file_send. */
static file_send_base *base_of(file_send *fs)
{
    return (file_send_base *)fs;
}

static void on_closed(uv_fs_t *req)
{
    file_send *fs = req->data;
    uv_fs_req_cleanup(req);
    base_of(fs)->busy = 0;
    file_send_wind_down(fs);
}

void file_send_wind_down(file_send *fs)
{
    file_send_base *b = base_of(fs);
    if (b->busy)
        return;
    if (b->file >= 0) {
        uv_file file = b->file;
        b->file = -1;
        if (uv_fs_close(b->loop, &b->fs, file, on_closed) == 0) {
            b->busy = 1;
            return;
        }
    }
    int report = !b->abandoned;
    file_send_done_fn done = b->done;
    void *ctx = b->ctx;
    int status = b->status, file_failed = b->file_failed;
    file_send_release(fs);
    if (report)
        done(ctx, status, file_failed);
}

void file_send_fail(file_send *fs, int status, int file_failed)
{
    file_send_base *b = base_of(fs);
    if (b->status == 0) {
        b->status = status;
        b->file_failed = file_failed;
    }
    file_send_wind_down(fs);
}

file_send *file_send_start(uv_loop_t *loop, uv_tcp_t *tcp, const char *path,
                           unsigned long long offset, unsigned long long length,
                           file_send_progress_fn progress, file_send_done_fn done, void *ctx)
{
    file_send *fs = file_send_create(path);
    if (fs == NULL)
        return NULL;
    file_send_base *b = base_of(fs);
    b->loop = loop;
    b->file = -1;
    b->offset = offset;
    b->left = length;
    b->progress = progress;
    b->done = done;
    b->ctx = ctx;
    b->fs.data = fs;
    if (!file_send_prepare(fs, tcp) || !file_send_begin(fs, path)) {
        b->abandoned = 1;
        file_send_wind_down(fs);
        return NULL;
    }
    return fs;
}

void file_send_abandon(file_send *fs)
{
    base_of(fs)->abandoned = 1;
    file_send_stop(fs);
    file_send_wind_down(fs);
}
