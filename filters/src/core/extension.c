/* Calling the extension kinds' hooks (extension.h). */
#include "core.h"

int w3e_ext_server_init(w3_server *server)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->server_init != NULL && !(*e)->server_init(server))
            return 0;
    return 1;
}

void w3e_ext_server_free(w3_server *server)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->server_free != NULL)
            (*e)->server_free(server);
}

void w3e_ext_application_event(w3_server *server, DWORD notification)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->application_event != NULL)
            (*e)->application_event(server, notification);
}

int w3e_ext_conn_open(w3_conn *conn)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->conn_open != NULL && !(*e)->conn_open(conn))
            return 0;
    return 1;
}

void w3e_ext_conn_close(w3_conn *conn)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->end_of_net_session != NULL)
            (*e)->end_of_net_session(conn);
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->conn_end != NULL)
            (*e)->conn_end(conn);
}

DWORD w3e_ext_pre_begin(w3_request *req)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->pre_begin != NULL && (*e)->pre_begin(req) == W3E_GL_HANDLED)
            return W3E_GL_HANDLED;
    return W3E_GL_CONTINUE;
}

void w3e_ext_request_end(w3_request *req)
{
    size_t n = 0;
    while (w3e_extensions[n] != NULL)
        n++;
    while (n-- > 0)
        if (w3e_extensions[n]->request_end != NULL)
            w3e_extensions[n]->request_end(req);
}

void w3e_ext_response_ready(w3_request *req, int whole)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->response_ready != NULL)
            (*e)->response_ready(req, whole);
}

int w3e_ext_wants(w3_conn *conn, enum w3e_tap tap)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->wants != NULL && (*e)->wants(conn, tap))
            return 1;
    return 0;
}

enum w3e_outcome w3e_ext_raw_data(w3_conn *conn, enum w3e_tap tap, HTTP_FILTER_RAW_DATA *raw)
{
    for (const w3e_extension *const *e = w3e_extensions; *e != NULL; e++)
        if ((*e)->raw_data != NULL) {
            enum w3e_outcome outcome = (*e)->raw_data(conn, tap, raw);
            if (outcome != W3E_CONTINUE)
                return outcome;
        }
    return W3E_CONTINUE;
}
