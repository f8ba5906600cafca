/* Open files by path (see open_file_cache.h): a fixed table indexed by the path's hash,
 * used only from the event loop's thread. */
#include "open_file_cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct open_file {
    char *path; /* NULL: a free slot */
    unsigned hash;
    int fd;
    dev_t dev;
    ino_t ino;
    off_t size;
    struct timespec mtime;
    unsigned long long checked; /* ms, the loop's clock */
} open_file;

static open_file files[OPEN_FILE_CACHE_ENTRIES];

/* FNV-1a. */
static unsigned hash_of(const char *path)
{
    unsigned h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)path; *p != '\0'; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

static void forget(open_file *f)
{
    if (f->path == NULL)
        return;
    close(f->fd);
    free(f->path);
    f->path = NULL;
}

static int same_file(const open_file *f, const struct stat *st)
{
    return f->dev == st->st_dev && f->ino == st->st_ino && f->size == st->st_size &&
           f->mtime.tv_sec == st->st_mtim.tv_sec && f->mtime.tv_nsec == st->st_mtim.tv_nsec;
}

static void remember(open_file *f, const struct stat *st, unsigned long long now_ms)
{
    f->dev = st->st_dev;
    f->ino = st->st_ino;
    f->size = st->st_size;
    f->mtime = st->st_mtim;
    f->checked = now_ms;
}

int open_file_cache_get(const char *path, unsigned long long now_ms)
{
    unsigned hash = hash_of(path);
    open_file *f = &files[hash % OPEN_FILE_CACHE_ENTRIES];
    struct stat st;
    if (f->path != NULL && f->hash == hash && strcmp(f->path, path) == 0) {
        if (now_ms - f->checked < OPEN_FILE_CACHE_VALID_MS)
            return f->fd;
        if (stat(path, &st) == 0 && same_file(f, &st)) {
            f->checked = now_ms;
            return f->fd;
        }
    }
    forget(f); /* another path, or this one changed: its place is taken */
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    size_t len = strlen(path) + 1;
    char *copy = malloc(len);
    if (copy == NULL || fstat(fd, &st) != 0) {
        int err = copy == NULL ? ENOMEM : errno;
        free(copy);
        close(fd);
        errno = err;
        return -1;
    }
    memcpy(copy, path, len);
    f->path = copy;
    f->hash = hash;
    f->fd = fd;
    remember(f, &st, now_ms);
    return fd;
}

void open_file_cache_clear(void)
{
    for (size_t i = 0; i < OPEN_FILE_CACHE_ENTRIES; i++)
        forget(&files[i]);
}
