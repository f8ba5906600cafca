/* The ISAPI filter host as a module of the integrated pipeline (IIS's
 * IsapiFilterModule). It turns pipeline stages into filter notifications at IIS's
 * places (Decision 5): PREPROC_HEADERS in RQ_BEGIN_REQUEST, URL_MAP in RQ_MAP_PATH,
 * AUTHENTICATION in RQ_AUTHENTICATE_REQUEST, AUTH_COMPLETE in its post-notification,
 * ACCESS_DENIED and SEND_RESPONSE in RQ_SEND_RESPONSE, LOG in RQ_LOG_REQUEST,
 * END_OF_REQUEST in RQ_END_REQUEST. READ_RAW_DATA (per read), SEND_RAW_DATA (per write)
 * and END_OF_NET_SESSION (per connection) happen outside the request pipeline. */
#include "isapi.h"

#include <string.h>

static int is_finished(enum w3e_outcome outcome)
{
    return outcome == W3E_FINISHED || outcome == W3E_FINISHED_KEEP_CONN;
}

/* A filter answered the client itself (FINISHED); Decision 4: FINISHED_KEEP_CONN keeps
 * the connection only if the filter's own response is well framed. */
static DWORD taken_over(w3_request *req, enum w3e_outcome outcome)
{
    req->response_sent = 1;
    if (outcome == W3E_FINISHED || !req->filter_framed)
        req->keep_alive = 0;
    return W3E_RQ_FINISH;
}

/* What the server does after a filter chain's outcome; FINISH_REQUEST ends the
 * request's processing (the end stages still run). */
static DWORD apply(w3_request *req, enum w3e_outcome outcome)
{
    switch (outcome) {
    case W3E_CONTINUE:
    case W3E_READ_NEXT:
        return W3E_RQ_CONTINUE;
    case W3E_ERROR:
        if (req->win32_status == ERROR_ACCESS_DENIED && !req->response_sent) {
            req->denied = 1;
            req->denied_reason = SF_DENIED_FILTER;
            w3e_response_error(req, 401);
        } else if (!req->response_sent) {
            w3e_response_error(req, 500);
        }
        return W3E_RQ_FINISH;
    case W3E_FINISHED:
    case W3E_FINISHED_KEEP_CONN:
        return taken_over(req, outcome);
    }
    return W3E_RQ_CONTINUE;
}

static DWORD begin_request(w3_request *req)
{
    HTTP_FILTER_PREPROC_HEADERS pre = {0};
    w3e_fill_request_header_fns(&pre);
    pre.HttpStatus = req->status;
    return apply(req, w3e_notify(req->conn, SF_NOTIFY_PREPROC_HEADERS, &pre));
}

static DWORD map_path(w3_request *req, w3e_map_path_event *ev)
{
    HTTP_FILTER_URL_MAP map = {ev->url, ev->physical, ev->physical_size};
    DWORD status = apply(req, w3e_notify(req->conn, SF_NOTIFY_URL_MAP, &map));
    ev->physical[ev->physical_size - 1] = '\0';
    return status;
}

static DWORD authenticate(w3_request *req)
{
    HTTP_FILTER_AUTHENT au = {req->user, sizeof req->user, req->password, sizeof req->password};
    DWORD status = apply(req, w3e_notify(req->conn, SF_NOTIFY_AUTHENTICATION, &au));
    req->user[sizeof req->user - 1] = '\0';
    req->password[sizeof req->password - 1] = '\0';
    return status;
}

static DWORD auth_complete(w3_request *req)
{
    HTTP_FILTER_AUTH_COMPLETE_INFO info = {0};
    w3e_fill_auth_complete_fns(&info);
    info.HttpStatus = req->status;
    return apply(req, w3e_notify(req->conn, SF_NOTIFY_AUTH_COMPLETE, &info));
}

static void merge(w3_request *req, const w3e_headers *from)
{
    for (const w3e_header *h = from->first; h != NULL; h = h->next)
        w3e_headers_add(req->arena, &req->resp_headers, h->name, h->value);
}

static DWORD send_response(w3_request *req)
{
    w3_conn *conn = req->conn;
    if (req->denied) {
        HTTP_FILTER_ACCESS_DENIED ad = {w3e_request_path(req), req->physical_path,
                                        req->denied_reason};
        enum w3e_outcome outcome = w3e_notify(conn, SF_NOTIFY_ACCESS_DENIED, &ad);
        if (is_finished(outcome))
            return taken_over(req, outcome);
        if (outcome == W3E_ERROR)
            w3e_response_error(req, 500);
        else
            merge(req, &req->denial_headers);
    }
    w3e_response_finish_headers(req);

    HTTP_FILTER_SEND_RESPONSE sr = {0};
    w3e_fill_response_header_fns(&sr);
    sr.HttpStatus = req->status;
    DWORD status_before = sr.HttpStatus;
    enum w3e_outcome outcome = w3e_notify(conn, SF_NOTIFY_SEND_RESPONSE, &sr);
    if (is_finished(outcome))
        return taken_over(req, outcome);
    if (outcome == W3E_ERROR) {
        w3e_response_error(req, 500);
        w3e_response_finish_headers(req);
    } else if (sr.HttpStatus != status_before && sr.HttpStatus >= 100 && sr.HttpStatus <= 999) {
        req->status = sr.HttpStatus;
        req->reason = (char *)w3e_reason_for(sr.HttpStatus);
    }
    return W3E_RQ_CONTINUE;
}

static DWORD filter_request(w3e_module *m, void *instance, w3_request *req, DWORD notification,
                            int post, void *event)
{
    (void)m;
    (void)instance;
    switch (notification) {
    case W3E_RQ_BEGIN_REQUEST:
        return begin_request(req);
    case W3E_RQ_AUTHENTICATE_REQUEST:
        return post ? auth_complete(req) : authenticate(req);
    case W3E_RQ_LOG_REQUEST:
        w3e_notify(req->conn, SF_NOTIFY_LOG, &req->log_rec);
        return W3E_RQ_CONTINUE;
    case W3E_RQ_END_REQUEST:
        w3e_notify(req->conn, SF_NOTIFY_END_OF_REQUEST, NULL);
        return W3E_RQ_CONTINUE;
    case W3E_RQ_SEND_RESPONSE:
        return send_response(req);
    case W3E_RQ_MAP_PATH:
        return map_path(req, event);
    default:
        return W3E_RQ_CONTINUE;
    }
}

const w3e_module_class w3e_filter_module_class = {
    NULL, filter_request, NULL, NULL, NULL, NULL,
};

/* The module takes the pipeline's stages where a loaded filter has a notification;
 * RQ_SEND_RESPONSE always, where it finishes the response's headers. A request that no
 * filter watches so passes through no call of the module at the others. */
static void subscribe(w3e_module *m, DWORD filter_notifications)
{
    static const struct {
        DWORD filter, request, post;
    } stages[] = {
        {SF_NOTIFY_PREPROC_HEADERS, W3E_RQ_BEGIN_REQUEST, 0},
        {SF_NOTIFY_URL_MAP, W3E_RQ_MAP_PATH, 0},
        {SF_NOTIFY_AUTHENTICATION, W3E_RQ_AUTHENTICATE_REQUEST, 0},
        {SF_NOTIFY_AUTH_COMPLETE, 0, W3E_RQ_AUTHENTICATE_REQUEST},
        {SF_NOTIFY_LOG, W3E_RQ_LOG_REQUEST, 0},
        {SF_NOTIFY_END_OF_REQUEST, W3E_RQ_END_REQUEST, 0},
    };
    m->request_mask = W3E_RQ_SEND_RESPONSE;
    m->post_mask = 0;
    for (size_t i = 0; i < sizeof stages / sizeof stages[0]; i++)
        if (filter_notifications & stages[i].filter) {
            m->request_mask |= stages[i].request;
            m->post_mask |= stages[i].post;
        }
}

void w3e_filter_module_update(w3_server *server)
{
    for (unsigned i = 0; i < server->module_count; i++)
        if (server->modules[i]->cls == &w3e_filter_module_class)
            subscribe(server->modules[i], server->filter_notifications);
}

/* Registers the built-in module first in configuration order, at the default (MEDIUM)
 * priority, as IIS's configuration lists IsapiFilterModule before modules a site adds. */
int w3e_filter_module_register(w3_server *server)
{
    w3e_module *m = w3e_module_new(server, "IsapiFilterModule", "", &w3e_filter_module_class);
    if (m == NULL)
        return 0;
    subscribe(m, server->filter_notifications);
    return 1;
}
