/* GUIDs as strings: StringFromGUID2, CLSIDFromString, IIDFromString, and CoCreateGuid. */
#include <windows.h>
#include <objbase.h>

#include <string.h>
#include <wchar.h>

#include "w3test.h"

static const GUID sample = {
    0x6B29FC40, 0xCA47, 0x1067, {0xB3, 0x1D, 0x00, 0xDD, 0x01, 0x06, 0x62, 0xDA}};
#define SAMPLE_TEXT L"{6B29FC40-CA47-1067-B31D-00DD010662DA}"

static BOOL same_guid(const GUID *a, const GUID *b)
{
    return memcmp(a, b, sizeof(GUID)) == 0;
}

W3_TEST(string_from_guid_is_braced_upper_case)
{
    WCHAR text[64];
    wmemset(text, L'#', 64);
    W3_CHECK_EQ(StringFromGUID2(&sample, text, 64), 39);
    W3_CHECK(wcscmp(text, SAMPLE_TEXT) == 0);
    W3_CHECK_EQ(StringFromGUID2(&sample, text, 39), 39);
    W3_CHECK(wcscmp(text, SAMPLE_TEXT) == 0);
}

W3_TEST(string_from_guid_short_buffer_returns_zero)
{
    WCHAR text[64];
    wmemset(text, L'#', 64);
    W3_CHECK_EQ(StringFromGUID2(&sample, text, 38), 0);
    W3_CHECK_EQ(StringFromGUID2(&sample, text, 0), 0);
}

W3_TEST(clsid_from_string_round_trips)
{
    CLSID clsid;
    IID iid;
    W3_CHECK_EQ_I(CLSIDFromString(SAMPLE_TEXT, &clsid), S_OK);
    W3_CHECK(same_guid(&clsid, &sample));
    W3_CHECK_EQ_I(CLSIDFromString(L"{6b29fc40-ca47-1067-b31d-00dd010662da}", &clsid), S_OK);
    W3_CHECK(same_guid(&clsid, &sample));
    W3_CHECK_EQ_I(IIDFromString(SAMPLE_TEXT, &iid), S_OK);
    W3_CHECK(same_guid(&iid, &sample));
}

W3_TEST(null_string_is_guid_null)
{
    static const GUID zero = {0, 0, 0, {0, 0, 0, 0, 0, 0, 0, 0}};
    CLSID clsid = sample;
    IID iid = sample;
    W3_CHECK_EQ_I(CLSIDFromString(NULL, &clsid), S_OK);
    W3_CHECK(same_guid(&clsid, &zero));
    W3_CHECK_EQ_I(IIDFromString(NULL, &iid), S_OK);
    W3_CHECK(same_guid(&iid, &zero));
}

W3_TEST(clsid_from_malformed_string_is_classstring)
{
    CLSID clsid;
    static const WCHAR *const bad[] = {
        L"",
        L"6B29FC40-CA47-1067-B31D-00DD010662DA",    /* no braces */
        L"{6B29FC40-CA47-1067-B31D-00DD010662DA",   /* no closing brace */
        L"{6B29FC40-CA47-1067-B31D-00DD010662DX}",  /* not hex */
        L"{6B29FC40CA47-1067-B31D-00DD010662DA0}",  /* dash misplaced */
        L"{6B29FC40-CA47-1067-B31D-00DD010662DA}x", /* trailing text */
        L"{6B29FC40-CA47-1067-B31D-00DD0106}",      /* short */
    };
    for (size_t i = 0; i < ARRAYSIZE(bad); i++)
        W3_CHECK_EQ_I(CLSIDFromString(bad[i], &clsid), CO_E_CLASSSTRING);
}

W3_TEST(iid_from_malformed_string_errors)
{
    IID iid;
    /* Wrong length: E_INVALIDARG; right length but malformed: CO_E_IIDSTRING. */
    W3_CHECK_EQ_I(IIDFromString(L"{6B29FC40-CA47-1067-B31D-00DD010662DA}x", &iid), E_INVALIDARG);
    W3_CHECK_EQ_I(IIDFromString(L"{6B29FC40}", &iid), E_INVALIDARG);
    W3_CHECK_EQ_I(IIDFromString(L"", &iid), E_INVALIDARG);
    W3_CHECK_EQ_I(IIDFromString(L"{6B29FC40-CA47-1067-B31D-00DD010662DX}", &iid), CO_E_IIDSTRING);
    W3_CHECK_EQ_I(IIDFromString(L"(6B29FC40-CA47-1067-B31D-00DD010662DA)", &iid), CO_E_IIDSTRING);
}

W3_TEST(co_create_guid_is_random_version_4)
{
    GUID a, b;
    WCHAR text[39];
    GUID back;
    W3_CHECK_EQ_I(CoCreateGuid(&a), S_OK);
    W3_CHECK_EQ_I(CoCreateGuid(&b), S_OK);
    W3_CHECK(!same_guid(&a, &b));
    W3_CHECK_EQ(a.Data3 >> 12, 4);
    W3_CHECK_EQ(a.Data4[0] & 0xC0, 0x80);
    W3_CHECK_EQ(StringFromGUID2(&a, text, 39), 39);
    W3_CHECK_EQ_I(CLSIDFromString(text, &back), S_OK);
    W3_CHECK(same_guid(&a, &back));
    W3_CHECK_EQ_I(CoCreateGuid(NULL), E_INVALIDARG);
}
