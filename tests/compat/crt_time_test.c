/* The CRT's time extras: localtime_s/gmtime_s (destination first), asctime_s/ctime_s
 * with Microsoft's layout, the 64-bit names and _strtime_s/_strdate_s. */
#include <windows.h>
#include <errno.h>
#include <string.h>
#include <time.h>

#include "support/crt_handler.h"
#include "w3test.h"

/* Wednesday 1980-01-02 02:03:55 UTC. */
static const time_t sample_time = 315626635;

W3_TEST(gmtime_s_breaks_down_utc)
{
    struct tm tm;
    W3_CHECK_EQ_I(gmtime_s(&tm, &sample_time), 0);
    W3_CHECK_EQ_I(tm.tm_year, 80);
    W3_CHECK_EQ_I(tm.tm_mon, 0);
    W3_CHECK_EQ_I(tm.tm_mday, 2);
    W3_CHECK_EQ_I(tm.tm_hour, 2);
    W3_CHECK_EQ_I(tm.tm_min, 3);
    W3_CHECK_EQ_I(tm.tm_sec, 55);
    W3_CHECK_EQ_I(tm.tm_wday, 3);
    W3_CHECK_EQ_I(tm.tm_yday, 1);
    W3_CHECK_EQ_I(_mkgmtime(&tm), (long long)sample_time);
}

W3_TEST(localtime_s_round_trips_through_mktime)
{
    struct tm tm;
    __time64_t t64 = sample_time;
    W3_CHECK_EQ_I(localtime_s(&tm, &sample_time), 0);
    W3_CHECK_EQ_I(mktime(&tm), (long long)sample_time);
    W3_CHECK_EQ_I(_localtime64_s(&tm, &t64), 0);
    W3_CHECK_EQ_I(_mktime64(&tm), (long long)sample_time);
}

W3_TEST(conversion_s_bad_time_fills_minus_one)
{
    crt_install_handler();
    struct tm tm;
    time_t negative = -1;
    errno = 0;
    W3_CHECK_EQ_I(gmtime_s(&tm, &negative), EINVAL);
    W3_CHECK_EQ_I(errno, EINVAL);
    W3_CHECK_EQ_I(tm.tm_year, -1);
    W3_CHECK_EQ_I(tm.tm_mday, -1);
    W3_CHECK_EQ_I(localtime_s(&tm, NULL), EINVAL);
    W3_CHECK_EQ_I(tm.tm_hour, -1);
    W3_CHECK_EQ_I(localtime_s(NULL, &sample_time), EINVAL);
    CRT_CHECK_HANDLER_CALLS(3);
}

W3_TEST(asctime_s_uses_the_crt_layout)
{
    struct tm tm;
    char buf[26];
    W3_REQUIRE(gmtime_s(&tm, &sample_time) == 0);
    W3_CHECK_EQ_I(asctime_s(buf, sizeof buf, &tm), 0);
    W3_CHECK_STR(buf, "Wed Jan 02 02:03:55 1980\n");
}

W3_TEST(asctime_s_and_ctime_s_report_bad_arguments)
{
    crt_install_handler();
    struct tm tm;
    char buf[32] = "x";
    W3_REQUIRE(gmtime_s(&tm, &sample_time) == 0);
    W3_CHECK_EQ_I(asctime_s(buf, 25, &tm), EINVAL);
    W3_CHECK_EQ(buf[0], '\0');
    buf[0] = 'x';
    W3_CHECK_EQ_I(asctime_s(buf, sizeof buf, NULL), EINVAL);
    W3_CHECK_EQ(buf[0], '\0');
    tm.tm_mon = 12;
    W3_CHECK_EQ_I(asctime_s(buf, sizeof buf, &tm), EINVAL);
    W3_CHECK_EQ_I(ctime_s(NULL, 26, &sample_time), EINVAL);
    W3_CHECK_EQ_I(ctime_s(buf, sizeof buf, NULL), EINVAL);
    W3_CHECK_EQ(buf[0], '\0');
    CRT_CHECK_HANDLER_CALLS(5);
}

W3_TEST(ctime_s_formats_local_time)
{
    char buf[26];
    struct tm tm;
    char expected[26];
    W3_CHECK_EQ_I(ctime_s(buf, sizeof buf, &sample_time), 0);
    W3_REQUIRE(localtime_s(&tm, &sample_time) == 0);
    W3_REQUIRE(asctime_s(expected, sizeof expected, &tm) == 0);
    W3_CHECK_STR(buf, expected);
    W3_CHECK_EQ(strlen(buf), 25);
}

W3_TEST(time64_agrees_with_time)
{
    __time64_t a = _time64(NULL);
    time_t b = time(NULL);
    __time64_t c = 0;
    _time64(&c);
    W3_CHECK(a <= (__time64_t)b && (__time64_t)b <= c);
    W3_CHECK(c - a < 5);
}

W3_TEST(strtime_s_and_strdate_s_layouts)
{
    char t[9], d[9];
    W3_CHECK_EQ_I(_strtime_s(t, sizeof t), 0);
    W3_CHECK_EQ(strlen(t), 8);
    W3_CHECK(t[2] == ':' && t[5] == ':');
    W3_CHECK_EQ_I(_strdate_s(d, sizeof d), 0);
    W3_CHECK_EQ(strlen(d), 8);
    W3_CHECK(d[2] == '/' && d[5] == '/');
}

W3_TEST(strtime_s_short_buffer_is_erange)
{
    crt_install_handler();
    char t[8] = "x";
    W3_CHECK_EQ_I(_strtime_s(t, sizeof t), ERANGE);
    W3_CHECK_EQ(t[0], '\0');
    W3_CHECK_EQ_I(_strdate_s(NULL, 9), EINVAL);
    CRT_CHECK_HANDLER_CALLS(2);
}
