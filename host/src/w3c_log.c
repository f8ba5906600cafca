/* W3C Extended log files from the engine's request log records, buffered, in files per
 * period as IIS names them. */
#include "w3c_log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <uv.h>

#include "w3c_fields.h"
#include "w3config.h"

struct w3c_log {
    char *dir;
    w3c_log_settings settings;
    w3c_line_context line;
    char computer_name[256];
    uv_file file;         /* the open file, or -1 */
    char file_key[16];    /* period key of the open file */
    char key[16];         /* period key of the buffered lines */
    char now_key[16];     /* period key of the current minute */
    long long key_minute; /* the minute now_key was made for */
    unsigned extend;      /* MaxSize: N of u_extendN.log (0: not chosen yet) */
    unsigned long long file_size;
    char *buf;
    size_t len, cap;
    int write_failed; /* reported once until a write succeeds again */
};

void w3c_log_settings_default(w3c_log_settings *settings)
{
    w3_config cfg;
    w3_config_log_file iis;
    w3_config_init(&cfg);
    w3_config_site_log(&cfg, NULL, &iis);
    settings->fields = iis.fields;
    settings->period = iis.period;
    settings->local_time = iis.local_time_rollover;
    settings->truncate_size = iis.truncate_size;
    w3_config_free(&cfg);
}

/* Creates `path` and, if they are missing, its parents: 0 or a libuv error. */
static int make_dirs(char *path)
{
    uv_fs_t req;
    int rc = uv_fs_mkdir(NULL, &req, path, 0755, NULL);
    uv_fs_req_cleanup(&req);
    if (rc == 0 || rc == UV_EEXIST || rc != UV_ENOENT)
        return rc == UV_EEXIST ? 0 : rc;
    char *sep = strrchr(path, '/'), *back = strrchr(path, '\\');
    if (back != NULL && (sep == NULL || back > sep))
        sep = back;
    if (sep == NULL || sep == path || sep[-1] == ':')
        return rc;
    char kept = *sep;
    *sep = '\0';
    rc = make_dirs(path);
    *sep = kept;
    if (rc != 0)
        return rc;
    rc = uv_fs_mkdir(NULL, &req, path, 0755, NULL);
    uv_fs_req_cleanup(&req);
    return rc == UV_EEXIST ? 0 : rc;
}

int w3c_log_folder_check(const char *dir)
{
    size_t n = strlen(dir);
    char *path = malloc(n + 32);
    if (path == NULL) {
        fprintf(stderr, "w3host: out of memory\n");
        return 0;
    }
    memcpy(path, dir, n + 1);
    while (n > 1 && (path[n - 1] == '/' || path[n - 1] == '\\'))
        path[--n] = '\0';
    int rc = make_dirs(path);
    if (rc == 0) { /* a file must be creatable there: IIS's worker writes its logs */
        snprintf(path + n, 32, "/.w3host-probe-%d", (int)uv_os_getpid());
        uv_fs_t req;
        rc = uv_fs_open(NULL, &req, path, UV_FS_O_WRONLY | UV_FS_O_CREAT | UV_FS_O_TRUNC, 0644,
                        NULL);
        uv_fs_req_cleanup(&req);
        if (rc >= 0) {
            uv_fs_close(NULL, &req, rc, NULL);
            uv_fs_req_cleanup(&req);
            uv_fs_unlink(NULL, &req, path, NULL);
            uv_fs_req_cleanup(&req);
            rc = 0;
        }
    }
    free(path);
    if (rc != 0)
        fprintf(stderr, "w3host: log folder %s: %s\n", dir, uv_strerror(rc));
    return rc == 0;
}

w3c_log *w3c_log_open(const char *dir, size_t buffer_bytes, const w3c_log_settings *settings)
{
    if (!w3c_log_folder_check(dir))
        return NULL;
    w3c_log *log = calloc(1, sizeof *log);
    size_t dir_len = strlen(dir);
    if (log == NULL || (log->dir = malloc(dir_len + 1)) == NULL ||
        (buffer_bytes > 0 && (log->buf = malloc(buffer_bytes)) == NULL)) {
        if (log != NULL)
            free(log->dir);
        free(log);
        fprintf(stderr, "w3host: out of memory\n");
        return NULL;
    }
    memcpy(log->dir, dir, dir_len + 1);
    log->settings = *settings;
    size_t name_size = sizeof log->computer_name;
    if (uv_os_gethostname(log->computer_name, &name_size) != 0)
        log->computer_name[0] = '\0';
    w3c_line_prepare(&log->line, settings->fields, log->computer_name);
    log->file = -1;
    log->key_minute = -1;
    log->cap = buffer_bytes;
    return log;
}

static char *put_2digits(char *p, int n)
{
    *p++ = (char)('0' + n / 10 % 10);
    *p++ = (char)('0' + n % 10);
    return p;
}

/* The period's part of the file name: YYMMDD, YYMMDDHH, YYMMWW (week of the month,
 * from 1, weeks starting on Sunday), YYMM; "" for MaxSize. Once a minute. */
static const char *period_key(w3c_log *log)
{
    time_t now = time(NULL);
    long long minute = (long long)now / 60;
    if (minute == log->key_minute)
        return log->now_key;
    log->key_minute = minute;
    const struct tm *t = log->settings.local_time ? localtime(&now) : gmtime(&now);
    char *p = log->now_key;
    if (t != NULL && log->settings.period != W3_LOG_MAX_SIZE) {
        p = put_2digits(p, t->tm_year % 100);
        p = put_2digits(p, t->tm_mon + 1);
        int first_weekday = ((t->tm_wday - (t->tm_mday - 1) % 7) + 7) % 7;
        if (log->settings.period == W3_LOG_WEEKLY)
            p = put_2digits(p, (t->tm_mday - 1 + first_weekday) / 7 + 1);
        else if (log->settings.period != W3_LOG_MONTHLY)
            p = put_2digits(p, t->tm_mday);
        if (log->settings.period == W3_LOG_HOURLY)
            p = put_2digits(p, t->tm_hour);
    }
    *p = '\0';
    return log->now_key;
}

static int write_all(w3c_log *log, const char *data, size_t len)
{
    while (len > 0) {
        uv_fs_t req;
        uv_buf_t b = uv_buf_init((char *)data, (unsigned)len);
        int n = uv_fs_write(NULL, &req, log->file, &b, 1, -1, NULL);
        uv_fs_req_cleanup(&req);
        if (n <= 0) {
            if (!log->write_failed)
                fprintf(stderr, "w3host: cannot write the log in %s: %s\n", log->dir,
                        uv_strerror(n));
            log->write_failed = 1;
            return 0;
        }
        data += n;
        len -= (size_t)n;
        log->file_size += (unsigned long long)n;
    }
    log->write_failed = 0;
    return 1;
}

static void close_file(w3c_log *log)
{
    if (log->file < 0)
        return;
    uv_fs_t req;
    uv_fs_close(NULL, &req, log->file, NULL);
    uv_fs_req_cleanup(&req);
    log->file = -1;
}

/* The size of the file at `path`; -1 if there is none. */
static long long file_size_of(const char *path)
{
    uv_fs_t req;
    int rc = uv_fs_stat(NULL, &req, path, NULL);
    long long size = rc == 0 ? (long long)req.statbuf.st_size : -1;
    uv_fs_req_cleanup(&req);
    return size;
}

static void file_path(const w3c_log *log, char *path, size_t size)
{
    if (log->settings.period == W3_LOG_MAX_SIZE)
        snprintf(path, size, "%s/u_extend%u.log", log->dir, log->extend);
    else
        snprintf(path, size, "%s/u_ex%s.log", log->dir, log->key);
}

/* MaxSize: the first u_extendN.log that is missing or below truncateSize. */
static void choose_extend(w3c_log *log, char *path, size_t size)
{
    if (log->extend != 0)
        return;
    long long at;
    do {
        log->extend++;
        file_path(log, path, size);
        at = file_size_of(path);
    } while (at >= 0 && (unsigned long long)at >= log->settings.truncate_size);
}

/* Opens the file of the buffered lines for appending, with the directives if it is
 * new: another period's file, or past truncateSize the next u_extendN.log, closes. */
static int open_file(w3c_log *log, size_t adding)
{
    int max_size = log->settings.period == W3_LOG_MAX_SIZE;
    if (log->file >= 0 && !max_size && strcmp(log->key, log->file_key) == 0)
        return 1;
    if (log->file >= 0 && max_size) {
        if (log->file_size == 0 || log->file_size + adding <= log->settings.truncate_size)
            return 1;
        close_file(log);
        log->extend++;
    }
    close_file(log);
    size_t path_size = strlen(log->dir) + 48;
    char *path = malloc(path_size);
    if (path == NULL)
        return 0;
    if (max_size)
        choose_extend(log, path, path_size);
    file_path(log, path, path_size);
    uv_fs_t req;
    int fd =
        uv_fs_open(NULL, &req, path, UV_FS_O_WRONLY | UV_FS_O_APPEND | UV_FS_O_CREAT, 0644, NULL);
    uv_fs_req_cleanup(&req);
    if (fd < 0) {
        if (!log->write_failed)
            fprintf(stderr, "w3host: cannot open log file %s: %s\n", path, uv_strerror(fd));
        log->write_failed = 1;
        free(path);
        return 0;
    }
    log->file = fd;
    memcpy(log->file_key, log->key, sizeof log->key);
    int rc = uv_fs_fstat(NULL, &req, fd, NULL);
    log->file_size = rc == 0 ? (unsigned long long)req.statbuf.st_size : 0;
    uv_fs_req_cleanup(&req);
    free(path);
    if (log->file_size == 0) {
        char head[1024], stamp[32], names[768];
        time_t now = time(NULL);
        strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", gmtime(&now));
        w3c_fields_names(log->settings.fields, names, sizeof names);
        int n = snprintf(head, sizeof head,
                         "#Software: w3compat w3host\r\n#Version: 1.0\r\n#Date: %s\r\n"
                         "#Fields: %s\r\n",
                         stamp, names);
        return write_all(log, head, (size_t)n);
    }
    return 1;
}

void w3c_log_flush(w3c_log *log)
{
    if (log->len == 0)
        return;
    /* Lines that cannot be written are dropped: the buffer must not grow without end. */
    if (open_file(log, log->len))
        write_all(log, log->buf, log->len);
    log->len = 0;
}

/* Whether the open file is the one the buffered lines go to (in MaxSize, the flush
 * decides whether they start the next file). */
static int file_is_current(const w3c_log *log)
{
    return log->file >= 0 &&
           (log->settings.period == W3_LOG_MAX_SIZE || strcmp(log->key, log->file_key) == 0);
}

/* A line longer than the whole buffer (or with no buffer): written on its own, at once,
 * from a block that grows until it fits (lines are bounded by the request limits). */
static void write_alone(w3c_log *log, const w3_log_record *rec)
{
    for (size_t size = 4096;; size *= 2) {
        char *line = malloc(size);
        if (line == NULL)
            return;
        char *end = w3c_fields_line(line, line + size, &log->line, rec);
        if (end != NULL) {
            size_t len = (size_t)(end - line);
            if (open_file(log, len))
                write_all(log, line, len);
            free(line);
            return;
        }
        free(line);
    }
}

void w3c_log_request(w3c_log *log, const w3_log_record *rec)
{
    const char *key = period_key(log);
    if (strcmp(key, log->key) != 0) {
        w3c_log_flush(log); /* the buffered lines belong to the previous period's file */
        memcpy(log->key, key, sizeof log->key);
    }
    /* The file is created with its first line, not when the buffer is flushed: its #Date
     * says when. */
    if (!file_is_current(log))
        open_file(log, 0);
    if (log->cap > 0) {
        char *end = w3c_fields_line(log->buf + log->len, log->buf + log->cap, &log->line, rec);
        if (end == NULL && log->len > 0) {
            w3c_log_flush(log);
            end = w3c_fields_line(log->buf, log->buf + log->cap, &log->line, rec);
        }
        if (end != NULL) {
            log->len = (size_t)(end - log->buf);
            return;
        }
    }
    write_alone(log, rec);
}

void w3c_log_reopen(w3c_log *log)
{
    w3c_log_flush(log);
    close_file(log);
}

void w3c_log_close(w3c_log *log)
{
    w3c_log_reopen(log);
    free(log->buf);
    free(log->dir);
    free(log);
}
