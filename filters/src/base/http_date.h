/* HTTP dates and entity tags: nothing of requests, only text and time. */
#ifndef W3E_HTTP_DATE_H
#define W3E_HTTP_DATE_H

#include <stddef.h>

/* Seconds since 1970 for a FILETIME's 100 ns ticks since 1601. */
long long w3e_filetime_to_unix(unsigned long long filetime);
/* "Sun, 06 Nov 1994 08:49:37 GMT" (buf >= 30 bytes). */
void w3e_format_http_date(long long unix_seconds, char *buf, size_t size);
/* "2026-12-02" into date (11 bytes) and "08:16:39" into time (9 bytes): the date and
 * time fields of IIS's W3C log, in UTC. */
void w3e_format_log_date_time(long long unix_seconds, char *date, char *time);
/* The entity tag the handler sends for a file: "\"<mtime hex>:<size hex>\"" (buf >= 40
 * bytes); returns its length. */
int w3e_format_etag(long long unix_seconds, unsigned long long size, char *buf, size_t buf_size);
/* Parses an IMF-fixdate; returns 0 on success. */
int w3e_parse_http_date(const char *text, long long *unix_seconds);

#endif
