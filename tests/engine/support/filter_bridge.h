/* The bridge between a test and the recorder filters it loads: a small shared library
 * both link to. The test configures what each recorder's GetFilterVersion answers and,
 * optionally, a function that runs inside HttpFilterProc; every recorder appends what
 * it was called with to one shared, ordered log. */
#ifndef FILTER_BRIDGE_H
#define FILTER_BRIDGE_H

#include <windows.h>
#include <httpfilt.h>

#ifdef _WIN32
#ifdef FILTER_BRIDGE_BUILDING
#define BRIDGE_API __declspec(dllexport)
#else
#define BRIDGE_API __declspec(dllimport)
#endif
#else
#define BRIDGE_API __attribute__((visibility("default")))
#endif

#define BRIDGE_SLOTS 3

/* Runs inside recorder `slot`'s HttpFilterProc; its return value is returned. */
typedef DWORD (*bridge_proc)(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv);

/* Every notification bit, both ports. */
#define BRIDGE_ALL_NOTIFICATIONS                                                                   \
    (SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_READ_RAW_DATA |                  \
     SF_NOTIFY_PREPROC_HEADERS | SF_NOTIFY_URL_MAP | SF_NOTIFY_AUTHENTICATION |                    \
     SF_NOTIFY_AUTH_COMPLETE | SF_NOTIFY_ACCESS_DENIED | SF_NOTIFY_SEND_RESPONSE |                 \
     SF_NOTIFY_SEND_RAW_DATA | SF_NOTIFY_END_OF_REQUEST | SF_NOTIFY_LOG |                          \
     SF_NOTIFY_END_OF_NET_SESSION)

#ifdef __cplusplus
extern "C" {
#endif

/* Back to defaults: every notification, ORDER_LOW, GetFilterVersion succeeds, no proc,
 * empty log. */
BRIDGE_API void bridge_reset(void);
BRIDGE_API void bridge_set_flags(int slot, DWORD flags);
/* GetFilterVersion returns FALSE after SetLastError(error). */
BRIDGE_API void bridge_fail_version(int slot, DWORD error);
BRIDGE_API void bridge_set_proc(int slot, bridge_proc proc);

/* Used by the recorders. */
BRIDGE_API BOOL bridge_version(int slot, HTTP_FILTER_VERSION *ver);
BRIDGE_API DWORD bridge_dispatch(int slot, HTTP_FILTER_CONTEXT *pfc, DWORD type, void *pv);
BRIDGE_API void bridge_record(const char *entry);

/* The log: entries separated by single spaces, e.g. "a:PREPROC_HEADERS b:URL_MAP". */
BRIDGE_API const char *bridge_log(void);
BRIDGE_API void bridge_clear_log(void);
/* A notification type's name without SF_NOTIFY_, e.g. "READ_RAW_DATA". */
BRIDGE_API const char *bridge_name(DWORD type);

#ifdef __cplusplus
}
#endif

#endif
