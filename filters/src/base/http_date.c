/* HTTP dates (RFC 9110 IMF-fixdate) and the entity tags the engine gives files. */
#include "http_date.h"

#include <stdio.h>
#include <string.h>

static const char *const day_names[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's
 * well-known civil calendar arithmetic). */
static long long days_from_civil(long long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long long)doe - 719468;
}

static void civil_from_days(long long z, long long *y, unsigned *m, unsigned *d)
{
    z += 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (long long)yoe + era * 400 + (*m <= 2);
}

long long w3e_filetime_to_unix(unsigned long long filetime)
{
    const unsigned long long epoch_1970 = 116444736000000000ULL;
    if (filetime < epoch_1970)
        return 0;
    return (long long)((filetime - epoch_1970) / 10000000ULL);
}

void w3e_format_http_date(long long t, char *buf, size_t size)
{
    long long days = t >= 0 ? t / 86400 : 0;
    long long secs = t >= 0 ? t % 86400 : 0;
    long long y;
    unsigned m, d;
    civil_from_days(days, &y, &m, &d);
    snprintf(buf, size, "%s, %02u %s %04lld %02lld:%02lld:%02lld GMT", day_names[days % 7], d,
             month_names[m - 1], y, secs / 3600, secs / 60 % 60, secs % 60);
}

/* The n lowest decimal digits of v, zero-padded, at out. */
static char *put_digits(char *out, unsigned long long v, int n)
{
    for (int i = n - 1; i >= 0; i--, v /= 10)
        out[i] = (char)('0' + v % 10);
    return out + n;
}

void w3e_format_log_date_time(long long t, char *date, char *time)
{
    long long days = t >= 0 ? t / 86400 : 0;
    long long secs = t >= 0 ? t % 86400 : 0;
    long long y;
    unsigned m, d;
    civil_from_days(days, &y, &m, &d);
    char *p = put_digits(date, (unsigned long long)y, 4);
    *p++ = '-';
    p = put_digits(p, m, 2);
    *p++ = '-';
    *put_digits(p, d, 2) = '\0';
    p = put_digits(time, (unsigned long long)(secs / 3600), 2);
    *p++ = ':';
    p = put_digits(p, (unsigned long long)(secs / 60 % 60), 2);
    *p++ = ':';
    *put_digits(p, (unsigned long long)(secs % 60), 2) = '\0';
}

int w3e_format_etag(long long t, unsigned long long size, char *buf, size_t buf_size)
{
    return snprintf(buf, buf_size, "\"%llx:%llx\"", (unsigned long long)t, size);
}

int w3e_parse_http_date(const char *text, long long *out)
{
    char wday[4], mon[4], zone[4];
    unsigned d, y, hh, mm, ss;
    if (sscanf(text, "%3s, %u %3s %u %u:%u:%u %3s", wday, &d, mon, &y, &hh, &mm, &ss, zone) != 8 ||
        strcmp(zone, "GMT") != 0 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60)
        return -1;
    for (unsigned m = 0; m < 12; m++) {
        if (strcmp(mon, month_names[m]) == 0) {
            *out = days_from_civil(y, m + 1, d) * 86400 + hh * 3600 + mm * 60 + ss;
            return 0;
        }
    }
    return -1;
}
