/* The native-module kind's hooks into the core (extension.h): the bridge's server,
 * application, request and connection objects. */
#include "native.h"

static int server_init(w3_server *server)
{
    w3e_modules_install_reporter();
    return w3e_bridge_server_init(server);
}

const w3e_extension w3e_native_extension = {
    .name = "native modules",
    .server_init = server_init,
    .server_free = w3e_bridge_server_free,
    .application_event = w3e_bridge_application_event,
    .conn_end = w3e_bridge_conn_end,
    .pre_begin = w3e_bridge_pre_begin,
    .request_end = w3e_bridge_request_end,
};
