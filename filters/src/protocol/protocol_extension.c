/* The hooks of IIS's protocol-level server modules: before a client's response goes
 * out, its error page is chosen (<httpErrors>), then the configured headers are added
 * (<httpProtocol>), so that a custom error page carries them too. */
#include "protocol/protocol.h"

static void response_ready(w3_request *req, int whole)
{
    if (whole) /* a response flushed in parts keeps its entity, as on IIS */
        w3e_custom_errors_apply(req);
    w3e_protocol_headers_apply(req);
}

const w3e_extension w3e_protocol_extension = {
    .name = "protocol",
    .response_ready = response_ready,
};
