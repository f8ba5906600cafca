/* tls_conn.h in a build without TLS: no listener has a TLS server there
 * (tls_listener_open refuses certificates), so no connection gets a session. */
#include "tls_conn.h"

tls_conn *tls_conn_create(tls_server *server)
{
    (void)server;
    return NULL;
}

void tls_conn_destroy(tls_conn *t)
{
    (void)t;
}

enum tls_state tls_conn_receive(tls_conn *t, const void *data, size_t len)
{
    (void)t;
    (void)data;
    (void)len;
    return TLS_FAILED;
}

size_t tls_conn_read(tls_conn *t, void *buf, size_t cap, enum tls_state *state)
{
    (void)t;
    (void)buf;
    (void)cap;
    *state = TLS_FAILED;
    return 0;
}

int tls_conn_write(tls_conn *t, const void *data, size_t len)
{
    (void)t;
    (void)data;
    (void)len;
    return 0;
}

void tls_conn_close_notify(tls_conn *t)
{
    (void)t;
}

size_t tls_conn_take_output(tls_conn *t, void *buf, size_t cap)
{
    (void)t;
    (void)buf;
    (void)cap;
    return 0;
}

const char *tls_conn_error(const tls_conn *t)
{
    (void)t;
    return "this build has no TLS";
}

void tls_conn_facts(tls_conn *t, w3_tls_info *info)
{
    (void)t;
    (void)info;
}
