/* wininet.h's URL limits, ports and schemes, as server code sizes buffers with them.
 * Natively this checks our header; under Wine the same values are checked against
 * MinGW's. */
#include <windows.h>
#include <wininet.h>

#include "w3test.h"

W3_TEST(url_limits)
{
    W3_CHECK_EQ(INTERNET_MAX_SCHEME_LENGTH, 32);
    W3_CHECK_EQ(INTERNET_MAX_PATH_LENGTH, 2048);
    W3_CHECK_EQ(INTERNET_MAX_HOST_NAME_LENGTH, 256);
    W3_CHECK_EQ(INTERNET_MAX_URL_LENGTH, 2084); /* scheme, "://" with its NUL, path */
    char url[INTERNET_MAX_URL_LENGTH];
    W3_CHECK_EQ(sizeof url, 2084);
}

W3_TEST(ports_and_schemes)
{
    W3_CHECK_EQ(INTERNET_DEFAULT_HTTP_PORT, 80);
    W3_CHECK_EQ(INTERNET_DEFAULT_HTTPS_PORT, 443);
    W3_CHECK_EQ(INTERNET_MAX_PORT_NUMBER_VALUE, 65535);
    W3_CHECK_EQ(sizeof(INTERNET_PORT), 2);
    W3_CHECK_EQ_I(INTERNET_SCHEME_HTTP, 3);
    W3_CHECK_EQ_I(INTERNET_SCHEME_HTTPS, 4);
    W3_CHECK_EQ_I(INTERNET_SCHEME_UNKNOWN, -1);
    W3_CHECK_EQ_I(INTERNET_SCHEME_LAST, INTERNET_SCHEME_RES);
}
