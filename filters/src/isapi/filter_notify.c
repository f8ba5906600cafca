/* Delivering a notification to the filters that asked for it, in calling order
 * (reversed for SEND_RAW_DATA: the highest priority runs closest to the client), and
 * turning their return codes into what the server does next. */
#include "isapi.h"

/* Whether a filter that has the notification gets it on this connection now. */
static int applies(const w3_conn *conn, const w3e_slot *slot, DWORD type)
{
    DWORD ports = slot->filter->flags & (SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT);
    DWORD port = conn->secure ? SF_NOTIFY_SECURE_PORT : SF_NOTIFY_NONSECURE_PORT;
    return (ports == 0 || (ports & port)) && !(slot->disabled & type);
}

/* The filters with the notification, in calling order; NULL when no filter has it. */
static w3e_filter *const *filters_with(const w3_server *server, DWORD type)
{
    if (!(server->filter_notifications & type))
        return NULL;
    return server->filters_by_notification + w3e_bit_index(type) * (server->filter_count + 1);
}

int w3e_wants(w3_conn *conn, DWORD type)
{
    w3e_filter *const *f = filters_with(conn->server, type);
    for (; f != NULL && *f != NULL; f++)
        if (applies(conn, &conn->slots[(*f)->slot], type))
            return 1;
    return 0;
}

enum w3e_outcome w3e_notify(w3_conn *conn, DWORD type, void *pv)
{
    w3_server *server = conn->server;
    w3e_filter *const *list = filters_with(server, type);
    if (list == NULL)
        return W3E_CONTINUE; /* no filter asked for it */
    for (; *list != NULL; list++) {
        w3e_filter *f = *list;
        w3e_slot *slot = &conn->slots[f->slot];
        if (!applies(conn, slot, type))
            continue;
        /* A TLS connection becomes secure after it opened (w3_conn_set_tls). */
        slot->pfc.fIsSecurePort = conn->secure;
        w3e_call_timer timer;
        w3e_call_timer_start(&timer, server->cfg.time_extensions);
        DWORD status = f->proc(&slot->pfc, type, pv);
        w3e_call_timer_stop(&timer, &f->time);
        switch (status) {
        case SF_STATUS_REQ_HANDLED_NOTIFICATION:
            return W3E_CONTINUE;
        case SF_STATUS_REQ_FINISHED:
            return W3E_FINISHED;
        case SF_STATUS_REQ_FINISHED_KEEP_CONN:
            return W3E_FINISHED_KEEP_CONN;
        case SF_STATUS_REQ_ERROR:
            if (conn->req != NULL)
                conn->req->win32_status = GetLastError();
            return W3E_ERROR;
        case SF_STATUS_REQ_READ_NEXT:
            if (type == SF_NOTIFY_READ_RAW_DATA)
                return W3E_READ_NEXT;
            break;
        default: /* SF_STATUS_REQ_NEXT_NOTIFICATION, and codes with no meaning */
            break;
        }
    }
    return W3E_CONTINUE;
}

void w3e_slots_init(w3_conn *conn)
{
    w3_server *server = conn->server;
    for (unsigned i = 0; i < server->filter_count; i++) {
        w3e_filter *f = server->filters[i];
        w3e_slot *slot = &conn->slots[f->slot];
        slot->magic = W3E_SLOT_MAGIC;
        slot->conn = conn;
        slot->filter = f;
        slot->pfc.cbSize = sizeof slot->pfc;
        slot->pfc.Revision = HTTP_FILTER_REVISION;
        slot->pfc.ServerContext = slot;
        slot->pfc.fIsSecurePort = conn->secure;
        w3e_fill_context_fns(&slot->pfc);
    }
}

void w3e_slots_request_done(w3_conn *conn)
{
    w3_server *server = conn->server;
    for (unsigned i = 0; i < server->filter_count; i++)
        conn->slots[i].disabled = 0;
}
