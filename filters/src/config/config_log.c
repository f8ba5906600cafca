/* <logFile> of <siteDefaults> and of a <site>: IIS's names for the period and the
 * logExtFileFlags fields, and the merge of IIS's defaults, siteDefaults and the site. */
#include "config_schema.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "config_values.h"

static const struct {
    const char *name;
    unsigned long bit;
} field_names[] = {
    {"Date", W3_LOG_DATE},
    {"Time", W3_LOG_TIME},
    {"ClientIP", W3_LOG_CLIENT_IP},
    {"UserName", W3_LOG_USER_NAME},
    {"SiteName", W3_LOG_SITE_NAME},
    {"ComputerName", W3_LOG_COMPUTER_NAME},
    {"ServerIP", W3_LOG_SERVER_IP},
    {"Method", W3_LOG_METHOD},
    {"UriStem", W3_LOG_URI_STEM},
    {"UriQuery", W3_LOG_URI_QUERY},
    {"HttpStatus", W3_LOG_HTTP_STATUS},
    {"Win32Status", W3_LOG_WIN32_STATUS},
    {"BytesSent", W3_LOG_BYTES_SENT},
    {"BytesRecv", W3_LOG_BYTES_RECV},
    {"TimeTaken", W3_LOG_TIME_TAKEN},
    {"ServerPort", W3_LOG_SERVER_PORT},
    {"UserAgent", W3_LOG_USER_AGENT},
    {"Cookie", W3_LOG_COOKIE},
    {"Referer", W3_LOG_REFERER},
    {"ProtocolVersion", W3_LOG_PROTOCOL_VERSION},
    {"Host", W3_LOG_HOST},
    {"HttpSubStatus", W3_LOG_HTTP_SUB_STATUS},
};

static const struct {
    const char *name;
    int period;
} period_names[] = {
    {"MaxSize", W3_LOG_MAX_SIZE}, {"Daily", W3_LOG_DAILY},   {"Weekly", W3_LOG_WEEKLY},
    {"Monthly", W3_LOG_MONTHLY},  {"Hourly", W3_LOG_HOURLY},
};

#define IIS_DEFAULT_FIELDS                                                                         \
    (W3_LOG_DATE | W3_LOG_TIME | W3_LOG_CLIENT_IP | W3_LOG_USER_NAME | W3_LOG_SERVER_IP |          \
     W3_LOG_METHOD | W3_LOG_URI_STEM | W3_LOG_URI_QUERY | W3_LOG_HTTP_STATUS |                     \
     W3_LOG_WIN32_STATUS | W3_LOG_TIME_TAKEN | W3_LOG_SERVER_PORT | W3_LOG_USER_AGENT |            \
     W3_LOG_REFERER | W3_LOG_HTTP_SUB_STATUS)

/* "Date, Time, ClientIP" into bits; 0 after failing on an unknown name. */
static int parse_fields(config_reader *r, const char *element, const char *text, unsigned long *out)
{
    unsigned long bits = 0;
    for (const char *p = text; *p != '\0';) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t n = strcspn(p, ", ");
        if (n == 0)
            break;
        size_t i = 0;
        while (i < sizeof field_names / sizeof field_names[0] &&
               !(strlen(field_names[i].name) == n && w3e_ieqn(p, field_names[i].name, n)))
            i++;
        if (i == sizeof field_names / sizeof field_names[0]) {
            w3c_fail(r, element, "logExtFileFlags: '%.*s' is not a field IIS logs", (int)n, p);
            return 0;
        }
        bits |= field_names[i].bit;
        p += n;
    }
    *out = bits;
    return 1;
}

static int parse_period(config_reader *r, const char *element, const char *text, int *out)
{
    for (size_t i = 0; i < sizeof period_names / sizeof period_names[0]; i++)
        if (w3e_ieq(text, period_names[i].name)) {
            *out = period_names[i].period;
            return 1;
        }
    w3c_fail(r, element, "period=\"%s\" is none of MaxSize, Daily, Weekly, Monthly, Hourly", text);
    return 0;
}

void w3c_log_file_read(config_reader *r, const char *element, const char **attrs,
                       w3_config_log_file *log)
{
    const char *text;
    if ((text = w3c_attr(attrs, "directory")) != NULL) {
        w3c_set_string(r, element, &log->directory, text);
        log->set |= W3_LOG_SET_DIRECTORY;
    }
    if ((text = w3c_attr(attrs, "logFormat")) != NULL) {
        w3c_set_string(r, element, &log->format, text);
        log->set |= W3_LOG_SET_FORMAT;
    }
    if (w3c_attr(attrs, "enabled") != NULL) {
        w3c_attr_bool(r, element, attrs, "enabled", &log->enabled);
        log->set |= W3_LOG_SET_ENABLED;
    }
    if (w3c_attr(attrs, "localTimeRollover") != NULL) {
        w3c_attr_bool(r, element, attrs, "localTimeRollover", &log->local_time_rollover);
        log->set |= W3_LOG_SET_LOCAL_TIME;
    }
    if (w3c_attr(attrs, "truncateSize") != NULL) {
        w3c_attr_u64(r, element, attrs, "truncateSize", &log->truncate_size);
        log->set |= W3_LOG_SET_TRUNCATE;
    }
    if ((text = w3c_attr(attrs, "period")) != NULL && parse_period(r, element, text, &log->period))
        log->set |= W3_LOG_SET_PERIOD;
    if ((text = w3c_attr(attrs, "logExtFileFlags")) != NULL &&
        parse_fields(r, element, text, &log->fields))
        log->set |= W3_LOG_SET_FIELDS;
}

/* The attributes `from` sets, over *to. */
static void overlay(w3_config_log_file *to, const w3_config_log_file *from)
{
    if (from->set & W3_LOG_SET_DIRECTORY)
        to->directory = from->directory;
    if (from->set & W3_LOG_SET_FORMAT)
        to->format = from->format;
    if (from->set & W3_LOG_SET_ENABLED)
        to->enabled = from->enabled;
    if (from->set & W3_LOG_SET_PERIOD)
        to->period = from->period;
    if (from->set & W3_LOG_SET_FIELDS)
        to->fields = from->fields;
    if (from->set & W3_LOG_SET_LOCAL_TIME)
        to->local_time_rollover = from->local_time_rollover;
    if (from->set & W3_LOG_SET_TRUNCATE)
        to->truncate_size = from->truncate_size;
    to->set |= from->set;
}

void w3_config_site_log(const w3_config *cfg, const w3_config_site *site, w3_config_log_file *out)
{
    static char iis_directory[] = "%SystemDrive%\\inetpub\\logs\\LogFiles";
    static char iis_format[] = "W3C";
    memset(out, 0, sizeof *out);
    out->directory = iis_directory;
    out->format = iis_format;
    out->enabled = 1;
    out->period = W3_LOG_DAILY;
    out->fields = IIS_DEFAULT_FIELDS;
    out->truncate_size = 20971520;
    overlay(out, &cfg->site_defaults_log);
    if (site != NULL)
        overlay(out, &site->log);
}

void w3c_log_file_free(w3_config_log_file *log)
{
    free(log->directory);
    free(log->format);
}
