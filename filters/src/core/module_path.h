/* The native modules enabled for a request by the merged system.webServer/modules
 * section at its configuration path: IIS runs a module's request notifications only
 * where <modules> lists it (<remove>, <clear/> and <add> in <location> or web.config
 * change that per folder). */
#ifndef W3E_MODULE_PATH_H
#define W3E_MODULE_PATH_H

#include "w3engine.h"

/* Disables every request notification of the request's native modules that the
 * configuration names in <globalModules> but whose merged <modules> at the request's
 * path does not list; a module the configuration does not name (loaded through the
 * embedding API only) and the built-in modules keep running. Without a configuration
 * system nothing changes. Call once the request's URL is known and req->mods exists. */
void w3e_modules_apply_path(w3_request *req);

#endif
