/* Event sources (syslog on POSIX) and debug output. Wine's advapi32 event log is a stub
 * that accepts any handle, so handle validation is only checked against compat. */
#ifndef _WIN32
#define _GNU_SOURCE /* mkstemp, pread */
#endif
#include <windows.h>

#include <stdio.h>
#include <string.h>

#include "w3test.h"

#ifndef _WIN32
#include <stdarg.h>
#include <syslog.h>
#include <unistd.h>

/* Test-only interposition of the C library's syslog: libw3compat's calls resolve to
 * these definitions in the executable, which record what would have been logged. */
static char logged_ident[64];
static char logged_message[256];
static int logged_priority = -1;
static const char *opened_ident;

void openlog(const char *ident, int option, int facility)
{
    (void)option;
    (void)facility;
    opened_ident = ident;
}

void syslog(int priority, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    vsnprintf(logged_message, sizeof logged_message, format, ap);
    va_end(ap);
    snprintf(logged_ident, sizeof logged_ident, "%s", opened_ident ? opened_ident : "");
    logged_priority = priority;
}
#endif

W3_TEST(event_source_reports_every_event_type)
{
    HANDLE source = RegisterEventSourceA(NULL, "w3compat-test");
    W3_REQUIRE(source != NULL);
    static const WORD types[] = {EVENTLOG_SUCCESS,       EVENTLOG_ERROR_TYPE,
                                 EVENTLOG_WARNING_TYPE,  EVENTLOG_INFORMATION_TYPE,
                                 EVENTLOG_AUDIT_SUCCESS, EVENTLOG_AUDIT_FAILURE};
    LPCSTR strings[] = {"first insert", "second insert"};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        W3_CHECK(ReportEventA(source, types[i], 0, 1000 + (DWORD)i, NULL, 2, 0, strings, NULL));
    W3_CHECK(ReportEventA(source, EVENTLOG_INFORMATION_TYPE, 3, 7, NULL, 0, 0, NULL, NULL));
    W3_CHECK(DeregisterEventSource(source));
}

W3_TEST(wide_event_source_reports)
{
    HANDLE source = RegisterEventSourceW(NULL, L"w3compat-test-wide");
    W3_REQUIRE(source != NULL);
    LPCWSTR strings[] = {L"wide insert"};
    W3_CHECK(ReportEventW(source, EVENTLOG_WARNING_TYPE, 1, 42, NULL, 1, 0, strings, NULL));
    W3_CHECK(DeregisterEventSource(source));
}

W3_TEST(event_log_calls_reject_invalid_handles)
{
#ifndef _WIN32
    LPCSTR strings[] = {"x"};
    SetLastError(0);
    W3_CHECK(!ReportEventA(NULL, EVENTLOG_ERROR_TYPE, 0, 1, NULL, 1, 0, strings, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    HANDLE source = RegisterEventSourceA(NULL, "w3compat-test");
    W3_REQUIRE(source != NULL);
    W3_CHECK(DeregisterEventSource(source));
    SetLastError(0);
    W3_CHECK(!DeregisterEventSource(source));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    W3_CHECK(!ReportEventA(source, EVENTLOG_ERROR_TYPE, 0, 1, NULL, 1, 0, strings, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
#endif
}

W3_TEST(reported_events_reach_syslog_under_the_source_name)
{
#ifndef _WIN32 /* the syslog mapping is compat's; Windows writes its own event log */
    HANDLE source = RegisterEventSourceA(NULL, "w3compat-syslog");
    W3_REQUIRE(source != NULL);
    LPCSTR strings[] = {"disk", "full"};
    W3_CHECK(ReportEventA(source, EVENTLOG_ERROR_TYPE, 0, 17, NULL, 2, 0, strings, NULL));
    W3_CHECK_STR(logged_ident, "w3compat-syslog");
    W3_CHECK_EQ_I(logged_priority, LOG_USER | LOG_ERR);
    W3_CHECK_STR(logged_message, "event 17: disk; full");
    W3_CHECK(ReportEventA(source, EVENTLOG_WARNING_TYPE, 2, 18, NULL, 0, 0, NULL, NULL));
    W3_CHECK_EQ_I(logged_priority, LOG_USER | LOG_WARNING);
    W3_CHECK_STR(logged_message, "event 18 category 2:");
    W3_CHECK(ReportEventA(source, EVENTLOG_AUDIT_FAILURE, 0, 19, NULL, 0, 0, NULL, NULL));
    W3_CHECK_EQ_I(logged_priority, LOG_AUTHPRIV | LOG_WARNING);
    W3_CHECK(DeregisterEventSource(source));
#endif
}

W3_TEST(output_debug_string_writes_to_stderr)
{
    /* Under Wine the text goes to the debugger channel, not to stderr. */
#ifndef _WIN32
    char path[] = "/tmp/w3t_stderr_XXXXXX";
    int fd = mkstemp(path);
    W3_REQUIRE(fd >= 0);
    fflush(stderr);
    int saved = dup(2);
    dup2(fd, 2);
    OutputDebugStringA("narrow|");
    OutputDebugStringW(L"wide\u00e9");
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    char buf[64] = {0};
    W3_CHECK(pread(fd, buf, sizeof buf - 1, 0) > 0);
    close(fd);
    unlink(path);
    W3_CHECK_STR(buf, "narrow|wide\xc3\xa9");
#endif
}
