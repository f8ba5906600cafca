/* The ISAPI filter host's hooks into the core (extension.h): the built-in module, a slot
 * per filter on each connection, READ_RAW_DATA, SEND_RAW_DATA, END_OF_NET_SESSION, and
 * unloading the filters. */
#include "isapi.h"

static int conn_open(w3_conn *conn)
{
    w3_server *server = conn->server;
    /* Not from the connection pool, which an idle connection does not have yet. */
    conn->slots = w3e_alloc(sizeof(w3e_slot) * (server->filter_count + 1));
    if (conn->slots == NULL)
        return 0;
    w3e_slots_init(conn);
    return 1;
}

static void end_of_net_session(w3_conn *conn)
{
    w3e_notify(conn, SF_NOTIFY_END_OF_NET_SESSION, NULL);
}

/* A child request runs on its parent's connection: its end is not the end of the
 * connection's request. */
static void request_end(w3_request *req)
{
    if (req->parent == NULL)
        w3e_slots_request_done(req->conn);
}

static DWORD notification_of(enum w3e_tap tap)
{
    switch (tap) {
    case W3E_TAP_READ_RAW_DATA:
        return SF_NOTIFY_READ_RAW_DATA;
    case W3E_TAP_SEND_RAW_DATA:
        return SF_NOTIFY_SEND_RAW_DATA;
    default:
        return SF_NOTIFY_LOG;
    }
}

static int wants(w3_conn *conn, enum w3e_tap tap)
{
    return w3e_wants(conn, notification_of(tap));
}

static enum w3e_outcome raw_data(w3_conn *conn, enum w3e_tap tap, HTTP_FILTER_RAW_DATA *raw)
{
    return w3e_notify(conn, notification_of(tap), raw);
}

const w3e_extension w3e_isapi_filter_extension = {
    .name = "ISAPI filters",
    .server_init = w3e_filter_module_register,
    .server_free = w3e_filters_unload,
    .conn_open = conn_open,
    .end_of_net_session = end_of_net_session,
    .request_end = request_end,
    .wants = wants,
    .raw_data = raw_data,
};
