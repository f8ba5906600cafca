/* sscanf_s and swscanf_s as parsing code calls them: Microsoft's size prefixes, and the
 * buffer size after every %s, %c and %[ that bounds the text stored. (A NULL input or
 * format is EINVAL through the handler in ours and Visual C++'s CRT; Wine's msvcrt
 * crashes on it, so that case is not part of this shared suite.) */
#include <windows.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "w3test.h"

W3_TEST(sscanf_s_reads_numbers_with_microsoft_sizes)
{
    int i = 0;
    LONG l = 0;
    long long ll = 0;
    unsigned short h = 0;
    double d = 0;
    W3_CHECK_EQ_I(
        sscanf_s("12 -34 9000000000 65535 2.5", "%d %ld %I64d %hu %lf", &i, &l, &ll, &h, &d), 5);
    W3_CHECK_EQ_I(i, 12);
    W3_CHECK_EQ_I(l, -34);
    W3_CHECK_EQ_I(ll, 9000000000LL);
    W3_CHECK_EQ(h, 65535);
    W3_CHECK(d == 2.5);
    DWORD x = 0;
    W3_CHECK_EQ_I(sscanf_s("ff", "%lx", &x), 1);
    W3_CHECK_EQ(x, 255);
}

W3_TEST(sscanf_s_strings_take_their_buffer_size)
{
    char name[16], value[16], c[2] = {0, 0};
    W3_CHECK_EQ_I(sscanf_s("Host: example.com x", "%15[^:]: %s %c", name, (unsigned)sizeof name,
                           value, (unsigned)sizeof value, c, 1u),
                  3);
    W3_CHECK_STR(name, "Host");
    W3_CHECK_STR(value, "example.com");
    W3_CHECK_EQ(c[0], 'x');
}

W3_TEST(sscanf_s_overlong_string_empties_its_buffer)
{
    char small[4] = "zzz";
    int after = 0;
    W3_CHECK_EQ_I(sscanf_s("abcdef 7", "%s %d", small, (unsigned)sizeof small, &after), 0);
    W3_CHECK_EQ(small[0], '\0');
    char exact[4];
    W3_CHECK_EQ_I(sscanf_s("abc", "%s", exact, (unsigned)sizeof exact), 1);
    W3_CHECK_STR(exact, "abc");
}

W3_TEST(sscanf_s_stops_at_a_mismatch)
{
    int a = 0, b = 0;
    W3_CHECK_EQ_I(sscanf_s("1,x", "%d,%d", &a, &b), 1);
    W3_CHECK_EQ_I(a, 1);
    W3_CHECK_EQ_I(sscanf_s("", "%d", &a), EOF);
}

W3_TEST(swscanf_s_reads_wide_text)
{
    wchar_t word[8];
    char narrow[8];
    int n = 0;
    W3_CHECK_EQ_I(swscanf_s(L"id=42 name abc", L"id=%d %s %S", &n, word, (unsigned)_countof(word),
                            narrow, (unsigned)sizeof narrow),
                  3);
    W3_CHECK_EQ_I(n, 42);
    W3_CHECK(wcscmp(word, L"name") == 0);
    W3_CHECK_STR(narrow, "abc");
}
