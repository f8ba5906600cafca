#include "probe.h"

#include <string.h>

#include "w3test.h"

void probe_start(w3h_server **server, w3h_conn **conn)
{
    w3_conn_info info;
    W3_REQUIRE(w3h_server_create(server) == W3H_OK);
    W3_REQUIRE(w3h_server_add_filter(*server, w3h_extension_path("probe_filter")) == W3H_OK);
    W3_REQUIRE(w3h_server_add_module(*server, w3h_extension_path("probe_module")) == W3H_OK);
    w3h_conn_info_init(&info);
    W3_REQUIRE(w3h_conn_open(*server, &info, conn) == W3H_OK);
}

int last_error_says(const char *text)
{
    return strstr(w3h_last_error(), text) != NULL;
}
