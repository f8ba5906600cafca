/* The integrated pipeline's state in a request, and what modules ask of it. */
#ifndef W3E_PIPELINE_H
#define W3E_PIPELINE_H

#include <windows.h>

#include "w3engine.h"

typedef struct w3e_module w3e_module;

/* One module's state in one request. */
typedef struct w3e_module_state {
    void *instance; /* what the module's class created for the request (CHttpModule*) */
    int created;
    DWORD disabled, disabled_post; /* DisableNotifications */
} w3e_module_state;

/* Where a request is in the integrated pipeline (pipeline.c). */
typedef struct w3e_pipe {
    unsigned step;     /* index into the pipeline's step table */
    unsigned pos;      /* next subscriber within a notification step */
    int started, done; /* done: RQ_END_REQUEST delivered, instances disposed */
    int finishing;     /* FINISH_REQUEST: only the end stages remain */
    int message_complete;
    int continue_sent; /* "100 Continue" went out */
    /* RQ_NOTIFICATION_PENDING: the handler that returned it, and what resumes it. */
    int pending;
    w3e_module *pending_module;
    DWORD pending_notification;
    int pending_post;
    volatile LONG completion_kind; /* 0 none, 1 PostCompletion, 2 IndicateCompletion */
    DWORD completion_bytes;
    HRESULT completion_status;
    DWORD indicated_status;
    /* What the current handler call is: GetNextNotification, GetIsLastNotification. */
    DWORD current_notification;
    int current_post;
    w3e_module *current_module;
} w3e_pipe;

/* pipeline_async.c */
/* Records a completion for the pending handler (kind 1: PostCompletion with bytes and
 * status; kind 2: IndicateCompletion with status) and asks the embedder to resume the
 * connection on its thread. Any thread. */
HRESULT w3e_post_completion(w3_request *req, LONG kind, DWORD bytes, HRESULT hr, DWORD status);

/* pipeline.c */
typedef struct w3e_plan w3e_plan;
/* Makes the server's plan of the pipeline from its modules' calling orders, once they
 * are final (w3e_modules_freeze); 0 without memory. */
int w3e_pipeline_plan(w3_server *server);
/* GetNextNotification: moves the pipeline to the next notification when it is the
 * calling module's, directly after the current one; nonzero then. */
int w3e_pipeline_next(w3_request *req, DWORD status, DWORD *notification, int *post);
/* GetIsLastNotification: no other subscriber follows the current one. */
int w3e_pipeline_is_last(w3_request *req);

#endif
