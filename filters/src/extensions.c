/* The engine's composition root: the extension kinds it is built with, in the order
 * their hooks run (core/extension.h). The configuration system comes first, so that it
 * exists when filters and modules load. The ISAPI filter host comes first: its module is
 * the first of the configuration order, as IIS lists IsapiFilterModule first; request
 * filtering's module comes after it, as IIS lists RequestFilteringModule. A new
 * kind (an ISAPI extension host, say) adds its table here. */
#include "appconfig/ac_extension.h"
#include "filtering/filtering.h"
#include "isapi/isapi.h"
#include "isapi/extension_host.h"
#include "native/native.h"
#include "protocol/protocol.h"

const w3e_extension *const w3e_extensions[] = {
    &w3e_appconfig_extension,
    &w3e_isapi_filter_extension,
    &w3e_isapi_extension_host,
    &w3e_request_filtering_extension,
    &w3e_native_extension,
    &w3e_protocol_extension, /* IIS's CustomErrorModule and ProtocolSupportModule */
    NULL,
};
