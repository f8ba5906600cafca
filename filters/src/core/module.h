/* Modules of the integrated pipeline. A module is a set of subscriptions (request,
 * post-request and global notification masks, a priority per notification) and a class
 * that knows how to call it: native modules go through the C++ bridge (native/), the
 * ISAPI filter host is a built-in module in C (isapi/), as IIS's IsapiFilterModule is. */
#ifndef W3E_MODULE_H
#define W3E_MODULE_H

#include <windows.h>

#include "w3engine.h"
#include "call_time.h"
#include "notifications.h"

typedef struct w3e_module w3e_module;

/* Priority ranks of PRIORITY_ALIAS_FIRST..LAST; a lower rank runs earlier (except for
 * RQ_SEND_RESPONSE and post-notifications, which run in reverse). */
enum w3e_rank { W3E_FIRST, W3E_HIGH, W3E_MEDIUM, W3E_LOW, W3E_LAST };

/* REQUEST_NOTIFICATION_STATUS and GLOBAL_NOTIFICATION_STATUS values. */
enum { W3E_RQ_CONTINUE = 0, W3E_RQ_PENDING = 1, W3E_RQ_FINISH = 2 };
enum { W3E_GL_CONTINUE = 0, W3E_GL_HANDLED = 1 };

typedef struct w3e_module_class {
    /* Creates the module's object for a request (GetHttpModule); 0 on failure. */
    int (*create)(w3e_module *m, w3_request *req, void **instance);
    /* Delivers a request notification; `event` is the notification's data (see
     * w3e_event). Returns a REQUEST_NOTIFICATION_STATUS. */
    DWORD(*request)
    (w3e_module *m, void *instance, w3_request *req, DWORD notification, int post, void *event);
    /* OnAsyncCompletion for a handler that returned PENDING. */
    DWORD(*completion)
    (w3e_module *m, void *instance, w3_request *req, DWORD notification, int post, DWORD bytes,
     HRESULT status);
    void (*dispose)(w3e_module *m, void *instance);
    /* Delivers a global notification; returns a GLOBAL_NOTIFICATION_STATUS. */
    DWORD (*global)(w3e_module *m, DWORD notification, void *event);
    /* Shutdown: IHttpModuleFactory::Terminate, CGlobalModule::Terminate. */
    void (*terminate)(w3e_module *m);
} w3e_module_class;

struct w3e_module {
    const w3e_module_class *cls;
    char *name;
    char *path; /* "" for built-in modules */
    HMODULE dll;
    unsigned index; /* configuration order; index into w3_request::mods */
    /* Loaded for its global notifications: its request notifications run only where
     * the configuration's <modules> enables it (module_path.c). */
    int global_only;
    DWORD request_mask, post_mask, global_mask;
    unsigned char request_rank[32]; /* by notification bit */
    unsigned char global_rank[32];
    void *factory;                      /* IHttpModuleFactory* */
    void *global_module;                /* CGlobalModule* */
    DWORD not_overridden_logged;        /* request handlers reported (bit per notification) */
    DWORD global_not_overridden_logged; /* global handlers reported (GL_* bits) */
    w3_server *registration_server;
    void *state;        /* a built-in class's own data (the ISAPI extensions of IsapiModule) */
    w3e_call_time time; /* its handlers' own time (call_time.h) */
};

/* What a request notification carries, by notification. */
typedef struct w3e_map_path_event {
    const char *url;
    char *physical; /* may be replaced (in the request's arena) */
    DWORD physical_size;
} w3e_map_path_event;

typedef struct w3e_read_entity_event {
    void *buffer;
    DWORD data, size;
} w3e_read_entity_event;

typedef struct w3e_custom_event {
    void *provider; /* ICustomNotificationProvider* */
} w3e_custom_event;

/* module_table.c */
w3e_module *w3e_module_new(w3_server *server, const char *name, const char *path,
                           const w3e_module_class *cls);
/* Sorts the subscribers of every notification once modules are all loaded. */
int w3e_modules_freeze(w3_server *server);
/* Calls every module's terminate and unloads the DLLs. */
void w3e_modules_unload(w3_server *server);
/* PRIORITY_ALIAS_* text to a rank; -1 if it is none of them. */
int w3e_rank_from_alias(const WCHAR *alias);
/* The index of a single notification bit (31 for none). Every notification of every
 * request asks it: inline, one instruction where the compiler has one. */
static inline unsigned w3e_bit_index(DWORD bit)
{
#if defined(__GNUC__)
    return bit != 0 ? (unsigned)__builtin_ctz((unsigned)bit) : 31;
#else
    unsigned i = 0;
    while (i < 31 && !(bit & (1u << i)))
        i++;
    return i;
#endif
}
/* A notification's name, "BEGIN_REQUEST", "POST_BEGIN_REQUEST" for post. */
const char *w3e_notification_name(DWORD notification, int post);

/* module_dispatch.c */
/* The handler call in progress on this thread; module is NULL outside one. */
typedef struct w3e_dispatch {
    w3e_module *module;
    DWORD notification;
    int post;
    int global; /* a global notification */
} w3e_dispatch;
const w3e_dispatch *w3e_dispatch_current(void);
/* Calls a module's request or completion handler as the current dispatch. */
DWORD w3e_call_request(w3e_module *m, void *instance, w3_request *req, DWORD notification, int post,
                       void *event);
DWORD w3e_call_completion(w3e_module *m, void *instance, w3_request *req, DWORD notification,
                          int post, DWORD bytes, HRESULT hr);
/* The module's instance for the request, created on first use; NULL if creation failed. */
void *w3e_module_instance(w3e_module *m, w3_request *req);
/* Delivers a non-deterministic request notification (RQ_SEND_RESPONSE, RQ_MAP_PATH,
 * RQ_READ_ENTITY, RQ_CUSTOM_NOTIFICATION) to its subscribers now. Returns the first
 * FINISH_REQUEST or CONTINUE. */
DWORD w3e_modules_notify(w3_request *req, DWORD notification, void *event);
/* Delivers a global notification in priority order until a module handles it.
 * Returns GL_NOTIFICATION_HANDLED if one did. */
DWORD w3e_modules_global(w3_server *server, DWORD notification, void *event);

#endif
