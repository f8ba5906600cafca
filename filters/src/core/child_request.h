/* Child requests: IHttpContext::CloneContext makes one from its parent (in a request
 * pool of its own), IHttpContext::ExecuteRequest runs it through the pipeline on the
 * parent's connection, ReleaseClonedContext frees it. */
#ifndef W3E_CHILD_REQUEST_H
#define W3E_CHILD_REQUEST_H

#include "module.h"

/* httpserv.h's CLONE_FLAG_* and EXECUTE_FLAG_* (C cannot include it; the bridge checks
 * that the values agree). */
enum {
    W3E_CLONE_BASICS = 0x01,
    W3E_CLONE_HEADERS = 0x02,
    W3E_CLONE_ENTITY = 0x04,
    W3E_CLONE_NO_PRECONDITION = 0x08,
    W3E_CLONE_NO_DAV = 0x10,
    W3E_CLONE_SERVER_VARIABLE = 0x40
};
enum {
    W3E_EXEC_NO_HEADERS = 0x01,
    W3E_EXEC_IGNORE_CURRENT_INTERCEPTOR = 0x02,
    W3E_EXEC_DISABLE_CUSTOM_ERROR = 0x08,
    W3E_EXEC_BUFFER_RESPONSE = 0x20
};

/* A clone of `parent` carrying what the CLONE_FLAG_* bits say; NULL when out of
 * memory. */
w3_request *w3e_child_clone(w3_request *parent, DWORD clone_flags);
/* Runs the child's pipeline now (EXECUTE_FLAG_* in `flags`); `caller` is the module
 * that asked (EXECUTE_FLAG_IGNORE_CURRENT_INTERCEPTOR). Nonzero if it ran. */
int w3e_child_execute(w3_request *child, DWORD flags, w3e_module *caller);
/* Moves what the child answered so far into its parent's response (not with
 * EXECUTE_FLAG_BUFFER_RESPONSE): status and headers once (not with
 * EXECUTE_FLAG_NO_HEADERS), then the entity. */
void w3e_child_deliver(w3_request *child);
/* Ends the child: its module instances are disposed, stored contexts cleaned up and
 * its pool freed. */
void w3e_child_release(w3_request *child);
/* Releases every clone the request still holds (at its end). */
void w3e_children_release(w3_request *req);

#endif
