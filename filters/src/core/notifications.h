/* httpserv.h's notification bits, for C (which cannot include httpserv.h); the bridge
 * checks that the values agree (native/bridge/bridge_common.cpp). */
#ifndef W3E_NOTIFICATIONS_H
#define W3E_NOTIFICATIONS_H

/* Request notifications (RQ_*): the deterministic ones, in pipeline order... */
#define W3E_RQ_BEGIN_REQUEST 0x00000001u
#define W3E_RQ_AUTHENTICATE_REQUEST 0x00000002u
#define W3E_RQ_AUTHORIZE_REQUEST 0x00000004u
#define W3E_RQ_RESOLVE_REQUEST_CACHE 0x00000008u
#define W3E_RQ_MAP_REQUEST_HANDLER 0x00000010u
#define W3E_RQ_ACQUIRE_REQUEST_STATE 0x00000020u
#define W3E_RQ_PRE_EXECUTE_REQUEST_HANDLER 0x00000040u
#define W3E_RQ_EXECUTE_REQUEST_HANDLER 0x00000080u
#define W3E_RQ_RELEASE_REQUEST_STATE 0x00000100u
#define W3E_RQ_UPDATE_REQUEST_CACHE 0x00000200u
#define W3E_RQ_LOG_REQUEST 0x00000400u
#define W3E_RQ_END_REQUEST 0x00000800u
/* ... all of them (the bits DisableNotifications may clear) ... */
#define W3E_RQ_DETERMINISTIC 0x00000FFFu
/* ... and the non-deterministic ones, raised when something happens. */
#define W3E_RQ_CUSTOM_NOTIFICATION 0x10000000u
#define W3E_RQ_SEND_RESPONSE 0x20000000u
#define W3E_RQ_READ_ENTITY 0x40000000u
#define W3E_RQ_MAP_PATH 0x80000000u

/* Global notifications (GL_*) the engine raises itself. */
#define W3E_GL_APPLICATION_START 0x00000200u
#define W3E_GL_APPLICATION_RESOLVE_MODULES 0x00000400u
#define W3E_GL_APPLICATION_STOP 0x00000800u

#endif
