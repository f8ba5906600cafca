/* The configuration system as an extension kind (core/extension.h): it starts with the
 * server when w3_server_config::config_path names an applicationHost.config. */
#ifndef W3E_AC_EXTENSION_H
#define W3E_AC_EXTENSION_H

#include "core/extension.h"

extern const w3e_extension w3e_appconfig_extension;

/* ac_manager.cpp: the server's IAppHostAdminManager (server->admin_manager) and its
 * class registration; 0 if out of memory. */
int w3e_appconfig_start(w3_server *server);
void w3e_appconfig_stop(w3_server *server);
/* GL_PRE_BEGIN_REQUEST: 500.19 if a configuration file on the request's path is
 * malformed. */
DWORD w3e_appconfig_pre_begin(w3_request *req);

#endif
