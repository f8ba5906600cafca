/* httptrace.h: the IIS 7+ trace event structures that modules raise through
 * IHttpTraceContext::RaiseTraceEvent and receive in CGlobalModule::OnGlobalTraceEvent.
 * MinGW-w64 ships no httptrace.h, so this header serves both platforms. */
#ifndef W3COMPAT_HTTPTRACE_H
#define W3COMPAT_HTTPTRACE_H

#include <windows.h>

/* The type of HTTP_TRACE_EVENT_ITEM::pbData; the values are the matching VARTYPEs. */
enum HTTP_TRACE_TYPE {
    HTTP_TRACE_TYPE_BYTE = 17,
    HTTP_TRACE_TYPE_USHORT = 18,
    HTTP_TRACE_TYPE_ULONG = 19,
    HTTP_TRACE_TYPE_ULONGLONG = 21,
    HTTP_TRACE_TYPE_CHAR = 16,
    HTTP_TRACE_TYPE_SHORT = 2,
    HTTP_TRACE_TYPE_LONG = 3,
    HTTP_TRACE_TYPE_LONGLONG = 20,
    HTTP_TRACE_TYPE_LPCWSTR = 31,
    HTTP_TRACE_TYPE_LPCSTR = 30,
    HTTP_TRACE_TYPE_LPCGUID = 72,
    HTTP_TRACE_TYPE_BOOL = 11
};

/* HTTP_TRACE_EVENT::dwFlags: the provider, area and event names and the item names and
 * descriptions live for the whole process, so a consumer may keep the pointers. */
#define HTTP_TRACE_EVENT_FLAG_STATIC_DESCRIPTIVE_FIELDS 0x01

/* Verbosity levels beyond ETW's TRACE_LEVEL_FATAL (1) ... TRACE_LEVEL_VERBOSE (5). */
#define HTTP_TRACE_LEVEL_START 6
#define HTTP_TRACE_LEVEL_END 7

#ifndef __cplusplus
typedef enum HTTP_TRACE_TYPE HTTP_TRACE_TYPE;
typedef struct HTTP_TRACE_EVENT_ITEM HTTP_TRACE_EVENT_ITEM;
typedef struct HTTP_TRACE_EVENT HTTP_TRACE_EVENT;
typedef struct HTTP_TRACE_CONFIGURATION HTTP_TRACE_CONFIGURATION;
#endif

struct HTTP_TRACE_EVENT_ITEM {
    LPCWSTR pszName;
    HTTP_TRACE_TYPE dwDataType;
    PBYTE pbData;
    DWORD cbData;
    LPCWSTR pszDataDescription;
};

struct HTTP_TRACE_EVENT {
    LPCGUID pProviderGuid;
    DWORD dwArea;
    LPCGUID pAreaGuid;
    DWORD dwEvent;
    LPCWSTR pszEventName;
    DWORD dwEventVersion;
    DWORD dwVerbosity;
    LPCGUID pActivityGuid;
    LPCGUID pRelatedActivityGuid;
    DWORD dwTimeStamp;
    DWORD dwFlags;
    DWORD cEventItems;
    HTTP_TRACE_EVENT_ITEM *pEventItems;
};

struct HTTP_TRACE_CONFIGURATION {
    LPCGUID pProviderGuid;
    DWORD dwAreas;
    DWORD dwVerbosity;
    BOOL fProviderEnabled;
};

#endif
