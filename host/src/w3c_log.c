/* W3C Extended log files from the engine's request log records. */
#include "w3c_log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <uv.h>

#define W3C_FIELDS                                                                                 \
    "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "                   \
    "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"

struct w3c_log {
    char *dir;
    FILE *file;
    char file_day[40]; /* YYMMDD of the open file */
};

w3c_log *w3c_log_open(const char *dir)
{
    uv_fs_t req;
    int rc = uv_fs_mkdir(NULL, &req, dir, 0755, NULL);
    uv_fs_req_cleanup(&req);
    if (rc != 0 && rc != UV_EEXIST) {
        fprintf(stderr, "w3host: --log-dir %s: %s\n", dir, uv_strerror(rc));
        return NULL;
    }
    w3c_log *log = calloc(1, sizeof *log);
    if (log == NULL || (log->dir = malloc(strlen(dir) + 1)) == NULL) {
        free(log);
        fprintf(stderr, "w3host: out of memory\n");
        return NULL;
    }
    strcpy(log->dir, dir);
    return log;
}

static int open_day_file(w3c_log *log, const struct tm *utc)
{
    char day[40], path[4096];
    snprintf(day, sizeof day, "%02d%02d%02d", utc->tm_year % 100, utc->tm_mon + 1, utc->tm_mday);
    if (log->file != NULL && strcmp(day, log->file_day) == 0)
        return 1;
    if (log->file != NULL)
        fclose(log->file);
    snprintf(path, sizeof path, "%s/u_ex%s.log", log->dir, day);
    log->file = fopen(path, "ab"); /* CRLF as written, on Windows too */
    if (log->file == NULL) {
        fprintf(stderr, "w3host: cannot open log file %s\n", path);
        return 0;
    }
    strcpy(log->file_day, day);
    fseek(log->file, 0, SEEK_END);
    if (ftell(log->file) == 0) {
        char stamp[32];
        strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", utc);
        fprintf(log->file,
                "#Software: w3compat w3host\r\n#Version: 1.0\r\n#Date: %s\r\n#Fields: %s\r\n",
                stamp, W3C_FIELDS);
    }
    return 1;
}

/* One field as IIS writes it: '-' when empty, and spaces (and other bytes that would
 * break the line into fields) as '+'. */
static void put_field(FILE *f, const char *value)
{
    if (value == NULL || value[0] == '\0') {
        fputc('-', f);
        return;
    }
    for (const unsigned char *p = (const unsigned char *)value; *p != '\0'; p++)
        fputc(*p <= ' ' || *p == 0x7f ? '+' : *p, f);
}

void w3c_log_request(w3c_log *log, const w3_log_record *rec)
{
    time_t now = time(NULL);
    struct tm utc = *gmtime(&now);
    if (!open_day_file(log, &utc))
        return;
    FILE *f = log->file;
    const char *before_port[] = {rec->server_addr, rec->method, rec->uri_stem, rec->uri_query};
    const char *after_port[] = {rec->username, rec->client_addr, rec->user_agent, rec->referer};
    fprintf(f, "%s %s", rec->date, rec->time);
    for (size_t i = 0; i < sizeof before_port / sizeof before_port[0]; i++) {
        fputc(' ', f);
        put_field(f, before_port[i]);
    }
    fprintf(f, " %u", (unsigned)rec->server_port);
    for (size_t i = 0; i < sizeof after_port / sizeof after_port[0]; i++) {
        fputc(' ', f);
        put_field(f, after_port[i]);
    }
    fprintf(f, " %u %u %lu %lu\r\n", rec->status, rec->substatus, rec->win32_status,
            rec->time_taken_ms);
    fflush(f);
}

void w3c_log_reopen(w3c_log *log)
{
    if (log->file != NULL)
        fclose(log->file);
    log->file = NULL;
    log->file_day[0] = '\0';
}

void w3c_log_close(w3c_log *log)
{
    w3c_log_reopen(log);
    free(log->dir);
    free(log);
}
