/* Asynchronous completion: a handler returned RQ_NOTIFICATION_PENDING, and a thread of
 * the module's reports completion (PostCompletion, IndicateCompletion, an asynchronous
 * read). The engine never runs the pipeline on that thread (Decision 16): it asks the
 * embedder, through w3_server_config::post, to call w3_conn_resume on the thread that
 * drives the server, and there it calls OnAsyncCompletion (or takes the indicated
 * status) and carries on. */
#include "core.h"

HRESULT w3e_post_completion(w3_request *req, LONG kind, DWORD bytes, HRESULT hr, DWORD status)
{
    w3_conn *conn = req->conn;
    w3_server *server = conn->server;
    if (server->cfg.post == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_SUPPORTED);
    req->pipe.completion_bytes = bytes;
    req->pipe.completion_status = hr;
    req->pipe.indicated_status = status;
    InterlockedExchange(&req->pipe.completion_kind, kind);
    InterlockedIncrement(&conn->posts);
    server->cfg.post(server->cfg.post_ctx, conn);
    return S_OK;
}

void w3_conn_resume(w3_conn *conn)
{
    if (conn == NULL)
        return;
    LONG left = InterlockedDecrement(&conn->posts);
    if (conn->closing) {
        /* The client went away while a module worked: its completion ends the request
         * without further notifications. */
        if (!conn->closed)
            w3e_conn_finish_close(conn);
        if (left == 0)
            w3e_free(conn);
        return;
    }
    w3_request *req = conn->req;
    if (req == NULL || !req->pipe.pending)
        return;
    LONG kind = InterlockedExchange(&req->pipe.completion_kind, 0);
    if (kind == 0)
        return; /* not completed yet: a later post brings it */
    w3e_module *m = req->pipe.pending_module;
    req->pipe.pending = 0;
    req->pipe.current_notification = req->pipe.pending_notification;
    req->pipe.current_post = req->pipe.pending_post;
    req->pipe.current_module = m;
    DWORD status = req->pipe.indicated_status;
    if (kind == 1) {
        void *instance = req->mods[m->index].instance;
        status = w3e_call_completion(m, instance, req, req->pipe.pending_notification,
                                     req->pipe.pending_post, req->pipe.completion_bytes,
                                     req->pipe.completion_status);
    }
    if (w3e_pipeline_status(req, m, status))
        w3e_pipeline_run(req);
    w3e_conn_continue(conn);
}

int w3_conn_pending(const w3_conn *conn)
{
    return conn != NULL && conn->req != NULL && conn->req->pipe.pending;
}
