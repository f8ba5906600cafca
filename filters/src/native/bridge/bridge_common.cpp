/* Bridge helpers: the once-only "not supported" log, text conversion, asynchronous
 * completion, the user's identity, module context containers. */
#include "bridge_context.h"

#include <string.h>
#include <wchar.h>

/* The C side's names for httpserv.h's values (core/notifications.h, core/module.h). */
static_assert(W3E_RQ_BEGIN_REQUEST == RQ_BEGIN_REQUEST &&
                  W3E_RQ_AUTHENTICATE_REQUEST == RQ_AUTHENTICATE_REQUEST &&
                  W3E_RQ_AUTHORIZE_REQUEST == RQ_AUTHORIZE_REQUEST &&
                  W3E_RQ_RESOLVE_REQUEST_CACHE == RQ_RESOLVE_REQUEST_CACHE &&
                  W3E_RQ_MAP_REQUEST_HANDLER == RQ_MAP_REQUEST_HANDLER &&
                  W3E_RQ_ACQUIRE_REQUEST_STATE == RQ_ACQUIRE_REQUEST_STATE &&
                  W3E_RQ_PRE_EXECUTE_REQUEST_HANDLER == RQ_PRE_EXECUTE_REQUEST_HANDLER &&
                  W3E_RQ_EXECUTE_REQUEST_HANDLER == RQ_EXECUTE_REQUEST_HANDLER &&
                  W3E_RQ_RELEASE_REQUEST_STATE == RQ_RELEASE_REQUEST_STATE &&
                  W3E_RQ_UPDATE_REQUEST_CACHE == RQ_UPDATE_REQUEST_CACHE &&
                  W3E_RQ_LOG_REQUEST == RQ_LOG_REQUEST && W3E_RQ_END_REQUEST == RQ_END_REQUEST,
              "deterministic request notifications");
static_assert(W3E_RQ_DETERMINISTIC == (RQ_END_REQUEST << 1) - 1, "deterministic mask");
static_assert(W3E_RQ_CUSTOM_NOTIFICATION == RQ_CUSTOM_NOTIFICATION &&
                  W3E_RQ_SEND_RESPONSE == RQ_SEND_RESPONSE &&
                  W3E_RQ_READ_ENTITY == RQ_READ_ENTITY && W3E_RQ_MAP_PATH == RQ_MAP_PATH,
              "non-deterministic request notifications");
static_assert(W3E_GL_APPLICATION_START == GL_APPLICATION_START &&
                  W3E_GL_APPLICATION_RESOLVE_MODULES == GL_APPLICATION_RESOLVE_MODULES &&
                  W3E_GL_APPLICATION_STOP == GL_APPLICATION_STOP,
              "global notifications");
static_assert(W3E_RQ_CONTINUE == static_cast<int>(RQ_NOTIFICATION_CONTINUE) &&
                  W3E_RQ_PENDING == static_cast<int>(RQ_NOTIFICATION_PENDING) &&
                  W3E_RQ_FINISH == static_cast<int>(RQ_NOTIFICATION_FINISH_REQUEST) &&
                  W3E_GL_CONTINUE == static_cast<int>(GL_NOTIFICATION_CONTINUE) &&
                  W3E_GL_HANDLED == static_cast<int>(GL_NOTIFICATION_HANDLED),
              "notification statuses");

namespace w3b
{

HRESULT not_supported(w3_server *server, volatile LONG *logged, const char *what)
{
    if (InterlockedExchange(logged, 1) == 0)
        w3e_log(server, W3_LOG_ERROR, "%s is not supported by this server; it returns E_NOTIMPL",
                what);
    return E_NOTIMPL;
}

PCWSTR wide(w3e_arena *arena, const char *s, DWORD *cch)
{
    if (s == NULL)
        s = "";
    int n = MultiByteToWideChar(CP_UTF8, 0, s, -1, NULL, 0);
    if (n <= 0)
        n = 1;
    WCHAR *w = static_cast<WCHAR *>(w3e_arena_alloc(arena, sizeof(WCHAR) * (size_t)n));
    if (w == NULL)
        return NULL;
    if (MultiByteToWideChar(CP_UTF8, 0, s, -1, w, n) <= 0)
        w[0] = 0;
    if (cch != NULL)
        *cch = (DWORD)(n - 1);
    return w;
}

char *narrow(w3e_arena *arena, PCWSTR s, DWORD cch)
{
    if (s == NULL)
        return NULL;
    int n = WideCharToMultiByte(CP_UTF8, 0, s, (int)cch, NULL, 0, NULL, NULL);
    char *out = static_cast<char *>(w3e_arena_alloc(arena, (size_t)(n > 0 ? n : 0) + 1));
    if (out == NULL)
        return NULL;
    if (n > 0)
        WideCharToMultiByte(CP_UTF8, 0, s, (int)cch, out, n, NULL, NULL);
    out[n > 0 ? n : 0] = '\0';
    return out;
}

char *config_path_of(w3e_arena *arena, const char *site, const char *url_path)
{
    static const char root[] = "MACHINE/WEBROOT/APPHOST/";
    size_t site_len = strlen(site), path_len = url_path != NULL ? strlen(url_path) : 0;
    while (path_len > 0 && url_path[path_len - 1] == '/')
        path_len--;
    char *out = static_cast<char *>(w3e_arena_alloc(arena, sizeof root + site_len + path_len));
    if (out == NULL)
        return NULL;
    memcpy(out, root, sizeof root - 1);
    memcpy(out + sizeof root - 1, site, site_len);
    memcpy(out + sizeof root - 1 + site_len, url_path, path_len);
    out[sizeof root - 1 + site_len + path_len] = '\0';
    return out;
}

PCWSTR copy_wide(w3e_arena *arena, PCWSTR s)
{
    if (s == NULL)
        return NULL;
    size_t n = wcslen(s) + 1;
    WCHAR *p = static_cast<WCHAR *>(w3e_arena_alloc(arena, n * sizeof(WCHAR)));
    if (p != NULL)
        memcpy(p, s, n * sizeof(WCHAR));
    return p;
}

void complete_async(w3_request *req, BOOL async, DWORD bytes, BOOL *pending)
{
    if (async && pending != NULL && SUCCEEDED(w3e_post_completion(req, 1, bytes, S_OK, 0)))
        *pending = TRUE;
}

void take_user(w3_request *req, IHttpUser *user)
{
    char *name = narrow(req->arena, user->GetUserName(), (DWORD)-1);
    char *type = narrow(req->arena, user->GetAuthenticationType(), (DWORD)-1);
    if (name != NULL && strlen(name) < sizeof req->user)
        strcpy(req->user, name);
    if (type != NULL && strlen(type) < sizeof req->auth_type)
        strcpy(req->auth_type, type);
}

ContextContainer::ContextContainer(w3_server *server, w3e_arena *arena)
    : server_(server), arena_(arena), slots_(NULL), connection_(NULL), count_(0), used_(0)
{
}

/* The slots come with the first stored context (most requests store none): one per
 * module that can be loaded. The module table is final once the server serves; a
 * server-level container filled while modules load leaves room for more. */
bool ContextContainer::MakeSlots()
{
    unsigned count = server_->module_count + (server_->configuring ? 64 : 0);
    /* One block: the pointers, then a flag per slot. */
    void *block = w3e_arena_alloc(arena_, (sizeof(IHttpStoredContext *) + sizeof(bool)) * count);
    if (block == NULL)
        return false;
    slots_ = static_cast<IHttpStoredContext **>(block);
    connection_ = reinterpret_cast<bool *>(slots_ + count);
    count_ = count;
    return true;
}

static unsigned slot_of(HTTP_MODULE_ID id)
{
    return static_cast<unsigned>(reinterpret_cast<UINT_PTR>(id)) - 1;
}

IHttpStoredContext *ContextContainer::GetModuleContext(HTTP_MODULE_ID id)
{
    unsigned i = slot_of(id);
    return id != NULL && i < count_ ? slots_[i] : NULL;
}

HRESULT ContextContainer::SetModuleContext(IHttpStoredContext *context, HTTP_MODULE_ID id)
{
    unsigned i = slot_of(id);
    if (context == NULL || id == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    if (count_ == 0 && !MakeSlots())
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    if (i >= count_)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    if (slots_[i] != NULL)
        return HRESULT_FROM_WIN32(ERROR_ALREADY_ASSIGNED);
    slots_[i] = context;
    connection_[i] = false;
    if (i >= used_)
        used_ = i + 1;
    return S_OK;
}

IHttpConnectionStoredContext *ContextContainer::GetConnectionModuleContext(HTTP_MODULE_ID id)
{
    unsigned i = slot_of(id);
    if (id == NULL || i >= count_ || !connection_[i])
        return NULL;
    return static_cast<IHttpConnectionStoredContext *>(slots_[i]);
}

HRESULT ContextContainer::SetConnectionModuleContext(IHttpConnectionStoredContext *context,
                                                     HTTP_MODULE_ID id)
{
    HRESULT hr = SetModuleContext(context, id);
    if (SUCCEEDED(hr))
        connection_[slot_of(id)] = true;
    return hr;
}

void ContextContainer::Cleanup(bool disconnect)
{
    for (unsigned i = 0; i < used_; i++) {
        IHttpStoredContext *c = slots_[i];
        if (c == NULL)
            continue;
        slots_[i] = NULL;
        if (disconnect && connection_[i])
            static_cast<IHttpConnectionStoredContext *>(c)->NotifyDisconnect();
        c->CleanupStoredContext();
    }
}

IHttpStoredContext *NamedContainer::GetNamedContext(LPCWSTR name)
{
    for (entry *e = first_; name != NULL && e != NULL; e = e->next)
        if (wcscmp(e->name, name) == 0)
            return e->context;
    return NULL;
}

HRESULT NamedContainer::SetNamedContext(IHttpStoredContext *context, LPCWSTR name)
{
    if (context == NULL || name == NULL || name[0] == 0)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    if (GetNamedContext(name) != NULL)
        return HRESULT_FROM_WIN32(ERROR_ALREADY_ASSIGNED);
    entry *e = static_cast<entry *>(w3e_arena_alloc(arena_, sizeof(entry)));
    PCWSTR copy = copy_wide(arena_, name);
    if (e == NULL || copy == NULL)
        return HRESULT_FROM_WIN32(ERROR_NOT_ENOUGH_MEMORY);
    e->name = copy;
    e->context = context;
    e->next = first_;
    first_ = e;
    return S_OK;
}

void NamedContainer::Cleanup()
{
    while (first_ != NULL) {
        entry *e = first_;
        first_ = e->next;
        e->context->CleanupStoredContext();
    }
}

} // namespace w3b
