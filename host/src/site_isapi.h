/* The ISAPI extension mappings of applicationHost.config, handed to the engine. */
#ifndef W3HOST_SITE_ISAPI_H
#define W3HOST_SITE_ISAPI_H

#include "w3config.h"
#include "w3engine.h"

/* <handlers> entries of IsapiModule and <isapiCgiRestriction>, their paths with
 * environment variables expanded as IIS does. Returns 0 after writing the error. */
int site_isapi_setup(w3_server *server, const w3_config *cfg);

#endif
