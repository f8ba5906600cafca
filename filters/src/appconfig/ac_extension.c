/* The configuration system's hooks: made with the server, released with it. */
#include "appconfig/ac_extension.h"

const w3e_extension w3e_appconfig_extension = {
    .name = "appconfig",
    .server_init = w3e_appconfig_start,
    .server_free = w3e_appconfig_stop,
    .pre_begin = w3e_appconfig_pre_begin,
};
