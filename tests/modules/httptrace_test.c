/* httptrace.h from C: the trace data types keep the VARTYPE numbers the IIS docs give,
 * the structures are usable as C types, and the provider GUIDs are defined where
 * initguid.h comes first (as the IIS docs ask of a module). */
#include <string.h>

#include <windows.h>
#include <initguid.h>
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

W3_TEST(trace_provider_guids)
{
    static const GUID none = {0, 0, 0, {0, 0, 0, 0, 0, 0, 0, 0}};
    static const GUID isapi = {
        0xa1c2040e, 0x8840, 0x4c31, {0xba, 0x11, 0x98, 0x71, 0x03, 0x1a, 0x19, 0xea}};
    HTTP_TRACE_CONFIGURATION config = {0};
    W3_CHECK(IsEqualGUID(&GUID_IIS_ALL_TRACE_PROVIDERS, &none));
    W3_CHECK(IsEqualGUID(&GUID_IIS_ISAPI_TRACE_PROVIDER, &isapi));
    W3_CHECK_EQ(GUID_IIS_WWW_SERVER_TRACE_PROVIDER.Data1, 0x3a2a4e84);
    W3_CHECK_EQ(GUID_IIS_WWW_SERVER_TRACE_PROVIDER.Data4[7], 0x83);
    W3_CHECK_EQ(GUID_IIS_ASPNET_TRACE_PROVIDER.Data1, 0xaff081fe);
    W3_CHECK_EQ(GUID_IIS_ASPNET_TRACE_PROVIDER.Data3, 0x4275);
    W3_CHECK_EQ(GUID_IIS_ASP_TRACE_TRACE_PROVIDER.Data1, 0x06b94d9a);
    W3_CHECK_EQ(GUID_IIS_ASP_TRACE_TRACE_PROVIDER.Data4[0], 0xa4);
    W3_CHECK_EQ(GUID_IIS_WWW_GLOBAL_TRACE_PROVIDER.Data1, 0xd55d3bc9);
    W3_CHECK_EQ(GUID_IIS_WWW_GLOBAL_TRACE_PROVIDER.Data2, 0xcba9);
    W3_CHECK(memcmp(&GUID_IIS_WWW_SERVER_TRACE_PROVIDER, &GUID_IIS_ASPNET_TRACE_PROVIDER,
                    sizeof(GUID)) != 0);
    config.pProviderGuid = &GUID_IIS_ALL_TRACE_PROVIDERS;
    W3_CHECK(IsEqualGUID(config.pProviderGuid, &none));
}
