/* The CRT's environment functions (_dupenv_s, getenv_s, _putenv, _putenv_s) and
 * rand_s, as filters read their settings and make nonces. */
#define _CRT_RAND_S
#include <windows.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "support/crt_handler.h"
#include "w3test.h"

W3_TEST(putenv_sets_and_dupenv_s_copies)
{
    W3_CHECK_EQ_I(_putenv("W3T_CRT_ENV=alpha"), 0);
    char *value = NULL;
    size_t size = 0;
    W3_CHECK_EQ_I(_dupenv_s(&value, &size, "W3T_CRT_ENV"), 0);
    W3_REQUIRE(value != NULL);
    W3_CHECK_STR(value, "alpha");
    W3_CHECK_EQ(size, 6);
    free(value);
    W3_CHECK_EQ_I(_putenv("W3T_CRT_ENV="), 0); /* an empty value removes it */
    W3_CHECK(getenv("W3T_CRT_ENV") == NULL);
}

W3_TEST(wgetenv_returns_the_value_as_wide_text)
{
    W3_REQUIRE(_putenv("W3T_CRT_WIDE=wide value") == 0);
    const wchar_t *value = _wgetenv(L"W3T_CRT_WIDE");
    W3_REQUIRE(value != NULL);
    W3_CHECK(wcscmp(value, L"wide value") == 0);
    W3_CHECK(_wgetenv(L"W3T_CRT_SURELY_UNSET") == NULL);
    W3_CHECK_EQ_I(_putenv("W3T_CRT_WIDE="), 0);
    W3_CHECK(_wgetenv(L"W3T_CRT_WIDE") == NULL);
}

W3_TEST(dupenv_s_of_a_missing_variable_is_null_and_zero)
{
    char *value = (char *)1;
    size_t size = 7;
    W3_CHECK_EQ_I(_dupenv_s(&value, &size, "W3T_CRT_SURELY_UNSET"), 0);
    W3_CHECK(value == NULL);
    W3_CHECK_EQ(size, 0);
}

W3_TEST(dupenv_s_without_a_buffer_is_einval)
{
    crt_install_handler();
    size_t size;
    W3_CHECK_EQ_I(_dupenv_s(NULL, &size, "PATH"), EINVAL);
    CRT_CHECK_HANDLER_CALLS(1);
}

W3_TEST(putenv_s_sets_and_removes)
{
    W3_CHECK_EQ_I(_putenv_s("W3T_CRT_ENV2", "beta"), 0);
    W3_CHECK_STR(getenv("W3T_CRT_ENV2"), "beta");
    W3_CHECK_EQ_I(_putenv_s("W3T_CRT_ENV2", ""), 0);
    W3_CHECK(getenv("W3T_CRT_ENV2") == NULL);
}

W3_TEST(getenv_s_reports_the_size_and_a_short_buffer)
{
    crt_install_handler();
    W3_REQUIRE(_putenv_s("W3T_CRT_ENV3", "gamma") == 0);
    char buf[16];
    size_t required = 0;
    W3_CHECK_EQ_I(getenv_s(&required, buf, sizeof buf, "W3T_CRT_ENV3"), 0);
    W3_CHECK_EQ(required, 6);
    W3_CHECK_STR(buf, "gamma");
    /* The documented size query: no buffer, and the size needed comes back. */
    errno_t query = getenv_s(&required, NULL, 0, "W3T_CRT_ENV3");
    W3_CHECK_EQ(required, 6);
#ifndef _WIN32
    /* Visual C++'s CRT (and ours) succeed; Wine's msvcrt answers ERANGE. */
    W3_CHECK_EQ_I(query, 0);
#else
    (void)query;
#endif
    W3_CHECK_EQ_I(getenv_s(&required, buf, 3, "W3T_CRT_ENV3"), ERANGE);
    W3_CHECK_EQ(required, 6);
    W3_CHECK_EQ_I(getenv_s(NULL, buf, sizeof buf, "W3T_CRT_ENV3"), EINVAL);
    W3_CHECK_EQ_I(getenv_s(&required, NULL, 4, "W3T_CRT_ENV3"), EINVAL);
    CRT_CHECK_HANDLER_CALLS(3);
}

W3_TEST(rand_s_gives_varied_values)
{
    unsigned int values[4];
    for (int i = 0; i < 4; i++)
        W3_CHECK_EQ_I(rand_s(&values[i]), 0);
    W3_CHECK(values[0] != values[1] || values[1] != values[2] || values[2] != values[3]);
}

W3_TEST(rand_s_without_a_destination_is_einval)
{
    crt_install_handler();
    W3_CHECK_EQ_I(rand_s(NULL), EINVAL);
    CRT_CHECK_HANDLER_CALLS(1);
}
