/* W3C Extended log files from the engine's request log lines. */
#include "w3c_log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <uv.h>

#define W3C_FIELDS                                                                                 \
    "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "                   \
    "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"

/* The engine's line: client-host user server-name method target parameters status
 * win32-status bytes-sent bytes-received time-taken-ms */
enum {
    F_CLIENT,
    F_USER,
    F_SERVER,
    F_METHOD,
    F_TARGET,
    F_QUERY,
    F_STATUS,
    F_WIN32,
    F_SENT,
    F_RECEIVED,
    F_TIME,
    F_COUNT
};

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

/* Splits the engine's line in place into its fields. */
static int split_fields(char *line, char **fields)
{
    int n = 0;
    for (char *p = line; *p != '\0' && n < F_COUNT;) {
        fields[n++] = p;
        p += strcspn(p, " ");
        if (*p == ' ')
            *p++ = '\0';
    }
    return n == F_COUNT;
}

void w3c_log_request(w3c_log *log, const char *engine_line, const char *server_ip,
                     unsigned server_port)
{
    char copy[2048];
    char *f[F_COUNT];
    snprintf(copy, sizeof copy, "%s", engine_line);
    if (!split_fields(copy, f))
        return;
    time_t now = time(NULL);
    struct tm utc = *gmtime(&now);
    if (!open_day_file(log, &utc))
        return;
    char stamp[32];
    strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &utc);
    /* The engine does not report User-Agent, Referer or the substatus yet. */
    fprintf(log->file, "%s %s %s %s %s %u %s %s - - %s 0 %s %s\r\n", stamp, server_ip, f[F_METHOD],
            f[F_TARGET], f[F_QUERY], server_port, f[F_USER], f[F_CLIENT], f[F_STATUS], f[F_WIN32],
            f[F_TIME]);
    fflush(log->file);
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
