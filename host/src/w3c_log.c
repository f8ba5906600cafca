/* W3C Extended log files from the engine's request log records, buffered. Lines are
 * formatted by hand: this runs for every request. */
#include "w3c_log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <uv.h>

#define W3C_FIELDS                                                                                 \
    "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "                   \
    "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"

/* Room for the fixed part of a line: separators, numbers, CRLF. */
#define LINE_FIXED 96

struct w3c_log {
    char *dir;
    uv_file file;     /* the open day file, or -1 */
    char file_day[7]; /* YYMMDD of the open file */
    char day[7];      /* YYMMDD of the buffered lines */
    char *buf;
    size_t len, cap;
    int write_failed; /* reported once until a write succeeds again */
};

w3c_log *w3c_log_open(const char *dir, size_t buffer_bytes)
{
    uv_fs_t req;
    int rc = uv_fs_mkdir(NULL, &req, dir, 0755, NULL);
    uv_fs_req_cleanup(&req);
    if (rc != 0 && rc != UV_EEXIST) {
        fprintf(stderr, "w3host: --log-dir %s: %s\n", dir, uv_strerror(rc));
        return NULL;
    }
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
    log->file = -1;
    log->cap = buffer_bytes;
    return log;
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

/* Opens the file of log->day for appending, with the directives if it is new. */
static int open_day_file(w3c_log *log)
{
    if (log->file >= 0 && strcmp(log->day, log->file_day) == 0)
        return 1;
    close_file(log);
    size_t path_size = strlen(log->dir) + 32;
    char *path = malloc(path_size);
    if (path == NULL)
        return 0;
    snprintf(path, path_size, "%s/u_ex%s.log", log->dir, log->day);
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
    memcpy(log->file_day, log->day, sizeof log->day);
    int rc = uv_fs_fstat(NULL, &req, fd, NULL);
    int is_new = rc == 0 && req.statbuf.st_size == 0;
    uv_fs_req_cleanup(&req);
    free(path);
    if (is_new) {
        char head[256], stamp[32];
        time_t now = time(NULL);
        strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", gmtime(&now));
        int n = snprintf(head, sizeof head,
                         "#Software: w3compat w3host\r\n#Version: 1.0\r\n#Date: %s\r\n"
                         "#Fields: %s\r\n",
                         stamp, W3C_FIELDS);
        return write_all(log, head, (size_t)n);
    }
    return 1;
}

void w3c_log_flush(w3c_log *log)
{
    if (log->len == 0)
        return;
    /* Lines that cannot be written are dropped: the buffer must not grow without end. */
    if (open_day_file(log))
        write_all(log, log->buf, log->len);
    log->len = 0;
}

/* The writers below append to a line whose room was checked. */
static char *put_text(char *p, const char *s)
{
    size_t n = strlen(s);
    memcpy(p, s, n);
    return p + n;
}

/* One field as IIS writes it: '-' when empty, and spaces (and other bytes that would
 * break the line into fields) as '+'. */
static char *put_field(char *p, const char *value)
{
    *p++ = ' ';
    if (value[0] == '\0') {
        *p++ = '-';
        return p;
    }
    for (const unsigned char *s = (const unsigned char *)value; *s != '\0'; s++)
        *p++ = *s <= ' ' || *s == 0x7f ? '+' : (char)*s;
    return p;
}

static char *put_number(char *p, unsigned long long n)
{
    char digits[24];
    int i = 0;
    do {
        digits[i++] = (char)('0' + n % 10);
        n /= 10;
    } while (n != 0);
    *p++ = ' ';
    while (i > 0)
        *p++ = digits[--i];
    return p;
}

/* "YYYY-MM-DD" to "YYMMDD". */
static void day_of(const char *date, char day[7])
{
    const char parts[6] = {date[2], date[3], date[5], date[6], date[8], date[9]};
    memcpy(day, parts, 6);
    day[6] = '\0';
}

static char *format_line(char *p, const w3_log_record *rec)
{
    p = put_text(p, rec->date);
    *p++ = ' ';
    p = put_text(p, rec->time);
    p = put_field(p, rec->server_addr);
    p = put_field(p, rec->method);
    p = put_field(p, rec->uri_stem);
    p = put_field(p, rec->uri_query);
    p = put_number(p, rec->server_port);
    p = put_field(p, rec->username);
    p = put_field(p, rec->client_addr);
    p = put_field(p, rec->user_agent);
    p = put_field(p, rec->referer);
    p = put_number(p, rec->status);
    p = put_number(p, rec->substatus);
    p = put_number(p, rec->win32_status);
    p = put_number(p, rec->time_taken_ms);
    *p++ = '\r';
    *p++ = '\n';
    return p;
}

void w3c_log_request(w3c_log *log, const w3_log_record *rec)
{
    char day[7];
    day_of(rec->date, day);
    if (strcmp(day, log->day) != 0) {
        w3c_log_flush(log); /* the buffered lines belong to the previous day's file */
        memcpy(log->day, day, sizeof day);
    }
    const char *fields[] = {rec->date,       rec->time,      rec->server_addr, rec->method,
                            rec->uri_stem,   rec->uri_query, rec->username,    rec->client_addr,
                            rec->user_agent, rec->referer};
    size_t need = LINE_FIXED;
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        need += strlen(fields[i]);
    if (log->len + need > log->cap)
        w3c_log_flush(log);
    if (need <= log->cap) {
        log->len = (size_t)(format_line(log->buf + log->len, rec) - log->buf);
        return;
    }
    /* Longer than the whole buffer (or no buffer): written on its own, at once. */
    char *line = malloc(need);
    if (line != NULL && open_day_file(log))
        write_all(log, line, (size_t)(format_line(line, rec) - line));
    free(line);
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
