/* Child requests through IHttpContext: CloneContext, ExecuteRequest,
 * ReleaseClonedContext, GetParentContext, GetRootContext (child_request.c does the
 * work). */
#include "bridge_context.h"

static_assert(CLONE_FLAG_BASICS == W3E_CLONE_BASICS && CLONE_FLAG_HEADERS == W3E_CLONE_HEADERS &&
                  CLONE_FLAG_ENTITY == W3E_CLONE_ENTITY &&
                  CLONE_FLAG_NO_PRECONDITION == W3E_CLONE_NO_PRECONDITION &&
                  CLONE_FLAG_NO_DAV == W3E_CLONE_NO_DAV &&
                  CLONE_FLAG_SERVER_VARIABLE == W3E_CLONE_SERVER_VARIABLE,
              "clone flags");
static_assert(EXECUTE_FLAG_NO_HEADERS == W3E_EXEC_NO_HEADERS &&
                  EXECUTE_FLAG_IGNORE_CURRENT_INTERCEPTOR == W3E_EXEC_IGNORE_CURRENT_INTERCEPTOR &&
                  EXECUTE_FLAG_DISABLE_CUSTOM_ERROR == W3E_EXEC_DISABLE_CUSTOM_ERROR &&
                  EXECUTE_FLAG_BUFFER_RESPONSE == W3E_EXEC_BUFFER_RESPONSE,
              "execute flags");

namespace w3b
{

IHttpContext *Context::GetParentContext() const
{
    return req_->parent != NULL ? context_of(req_->parent) : NULL;
}

IHttpContext *Context::GetRootContext() const
{
    w3_request *root = req_;
    while (root->parent != NULL)
        root = root->parent;
    return context_of(root);
}

HRESULT Context::CloneContext(DWORD flags, IHttpContext **out)
{
    if (out == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    *out = NULL;
    w3_request *child = w3e_child_clone(req_, flags);
    Context *ctx = child != NULL ? context_of(child) : NULL;
    if (ctx == NULL) {
        if (child != NULL)
            w3e_child_release(child);
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    }
    *out = ctx;
    return S_OK;
}

HRESULT Context::ReleaseClonedContext()
{
    /* Called on the clone; a child still running cannot go. */
    if (req_->parent == NULL || (req_->pipe.step != 0 && !req_->pipe.done))
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    w3e_child_release(req_); /* frees this object too */
    return S_OK;
}

HRESULT Context::ExecuteRequest(BOOL, IHttpContext *target, DWORD flags, IHttpUser *user,
                                BOOL *completion_expected)
{
    if (completion_expected != NULL)
        *completion_expected = FALSE; /* it runs to its end here, asynchronous or not */
    w3_request *child = req_->children;
    while (child != NULL &&
           static_cast<IHttpContext *>(static_cast<Context *>(child->bridge)) != target)
        child = child->next_child;
    /* Only this context's own clones, each once. */
    if (target == NULL || child == NULL || child->pipe.step != 0 || child->pipe.done)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    if (user != NULL && user != target->GetUser()) {
        /* The identity ExecuteRequest gives the child (pHttpUser), not the cloned one. */
        child->user[0] = child->auth_type[0] = '\0';
        take_user(child, user);
    }
    return w3e_child_execute(child, flags, req_->pipe.current_module)
               ? S_OK
               : HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
}

} // namespace w3b
