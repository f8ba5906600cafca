/* httptrace.h from C: the trace data types keep the VARTYPE numbers the IIS docs give,
 * and the structures are usable as C types. */
#include <windows.h>
#include <httptrace.h>

#include "w3test.h"

W3_TEST(trace_type_values)
{
    W3_CHECK_EQ(HTTP_TRACE_TYPE_BYTE, 17);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_USHORT, 18);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_ULONG, 19);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_ULONGLONG, 21);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_CHAR, 16);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_SHORT, 2);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_LONG, 3);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_LONGLONG, 20);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_LPCWSTR, 31);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_LPCSTR, 30);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_LPCGUID, 72);
    W3_CHECK_EQ(HTTP_TRACE_TYPE_BOOL, 11);
}

W3_TEST(trace_flags_and_levels)
{
    W3_CHECK_EQ(HTTP_TRACE_EVENT_FLAG_STATIC_DESCRIPTIVE_FIELDS, 1);
    W3_CHECK_EQ(HTTP_TRACE_LEVEL_START, 6);
    W3_CHECK_EQ(HTTP_TRACE_LEVEL_END, 7);
}

W3_TEST(trace_event_with_items)
{
    static const GUID provider = {
        0x3a2a4e84, 0x4c21, 0x4981, {0xae, 0x10, 0x3f, 0xda, 0x0d, 0x9b, 0x0f, 0x83}};
    ULONG site = 1;
    HTTP_TRACE_EVENT_ITEM items[1] = {
        {L"SiteId", HTTP_TRACE_TYPE_ULONG, (PBYTE)&site, sizeof site, NULL}};
    HTTP_TRACE_EVENT event = {0};
    event.pProviderGuid = &provider;
    event.dwFlags = HTTP_TRACE_EVENT_FLAG_STATIC_DESCRIPTIVE_FIELDS;
    event.cEventItems = 1;
    event.pEventItems = items;
    HTTP_TRACE_CONFIGURATION config = {&provider, 0xffffe, 5, TRUE};

    W3_CHECK_EQ(event.pEventItems[0].dwDataType, HTTP_TRACE_TYPE_ULONG);
    W3_CHECK_EQ(*(ULONG *)event.pEventItems[0].pbData, 1);
    W3_CHECK(config.pProviderGuid == event.pProviderGuid);
}
