/* The integrated request pipeline, as IIS 7+ runs it: RQ_BEGIN_REQUEST through
 * RQ_END_REQUEST, each followed by its post-notification, with the server's own work
 * between them (mapping the URL, checking the identity, the default handler, sending
 * the response). Subscribers of a notification run by priority, then configuration
 * order; post-notifications run in reverse (Decision 13). FINISH_REQUEST skips to the
 * end stages (sending the response, RQ_LOG_REQUEST, RQ_END_REQUEST). PENDING stops the
 * pipeline until the module's completion resumes it (pipeline_async.c). The ISAPI
 * filter host is the built-in module that turns these stages into filter
 * notifications (filter_module.c). READ_RAW_DATA runs per read in conn.c. */
#include "core.h"
#include "module_path.h"
#include "physical_path.h"

#include <string.h>

enum step_kind {
    S_NOTIFY,      /* a deterministic notification, pre or post */
    S_MAP_PATH,    /* URL to physical path, RQ_MAP_PATH */
    S_CREDENTIALS, /* Basic credentials from the request */
    S_IDENTITY,    /* anonymous or unknown user: 401 */
    S_BODY,        /* the rest waits for the whole request body */
    S_HANDLER,     /* the embedder's handler, unless a module answered */
    S_SEND,        /* the response goes out (RQ_SEND_RESPONSE) */
    S_LOG_LINE,    /* the server's request log line */
    S_DONE         /* module instances disposed */
};

typedef struct step {
    unsigned char kind;
    unsigned char post;
    DWORD notification;
} step;

/* clang-format off */
#define PRE_POST(n) {S_NOTIFY, 0, n}, {S_NOTIFY, 1, n}
/* One row per request notification: the engine's own steps before it, then it. */
static const step steps[] = {
    PRE_POST(W3E_RQ_BEGIN_REQUEST),
    {S_MAP_PATH, 0, 0}, {S_CREDENTIALS, 0, 0}, PRE_POST(W3E_RQ_AUTHENTICATE_REQUEST),
    {S_IDENTITY, 0, 0}, {S_BODY, 0, 0}, PRE_POST(W3E_RQ_AUTHORIZE_REQUEST),
    PRE_POST(W3E_RQ_RESOLVE_REQUEST_CACHE),
    PRE_POST(W3E_RQ_MAP_REQUEST_HANDLER),
    PRE_POST(W3E_RQ_ACQUIRE_REQUEST_STATE),
    PRE_POST(W3E_RQ_PRE_EXECUTE_REQUEST_HANDLER),
    {S_NOTIFY, 0, W3E_RQ_EXECUTE_REQUEST_HANDLER}, {S_HANDLER, 0, 0},
    {S_NOTIFY, 1, W3E_RQ_EXECUTE_REQUEST_HANDLER},
    PRE_POST(W3E_RQ_RELEASE_REQUEST_STATE),
    PRE_POST(W3E_RQ_UPDATE_REQUEST_CACHE),
    {S_SEND, 0, 0}, PRE_POST(W3E_RQ_LOG_REQUEST),
    {S_LOG_LINE, 0, 0}, PRE_POST(W3E_RQ_END_REQUEST),
    {S_DONE, 0, 0},
};
/* clang-format on */
#undef PRE_POST
#define STEP_COUNT (sizeof steps / sizeof steps[0])

/* A server's steps with what each does there, made once its modules are all loaded
 * (w3e_pipeline_plan), so that a request walks only the subscribers of a step and passes
 * over every step that has none at once. */
typedef struct stage {
    w3e_module **subscribers; /* in calling order (reversed for a post-notification) */
    unsigned count;
    unsigned next; /* this step if it has work (built-in, or subscribers), else the next one */
} stage;

struct w3e_plan {
    stage stages[STEP_COUNT + 1]; /* the last is the end: next == STEP_COUNT */
    unsigned send_at;             /* the S_SEND step, where FINISH_REQUEST goes */
};

int w3e_pipeline_plan(w3_server *server)
{
    w3e_plan *plan = w3e_arena_alloc(server->arena, sizeof *plan);
    if (plan == NULL)
        return 0;
    unsigned next = STEP_COUNT;
    plan->stages[STEP_COUNT].next = STEP_COUNT;
    for (unsigned i = STEP_COUNT; i-- > 0;) {
        const step *s = &steps[i];
        stage *st = &plan->stages[i];
        if (s->kind == S_SEND)
            plan->send_at = i;
        if (s->kind == S_NOTIFY) {
            unsigned bit = w3e_bit_index(s->notification);
            unsigned n = server->order_count[bit];
            st->subscribers = w3e_arena_alloc(server->arena, sizeof(w3e_module *) * (n + 1));
            if (st->subscribers == NULL)
                return 0;
            for (unsigned k = 0; k < n; k++) {
                w3e_module *m = server->order[bit][s->post ? n - 1 - k : k];
                if ((s->post ? m->post_mask : m->request_mask) & s->notification)
                    st->subscribers[st->count++] = m;
            }
        }
        if (s->kind != S_NOTIFY || st->count != 0)
            next = i;
        st->next = next;
    }
    server->plan = plan;
    return 1;
}

static int start(w3_request *req)
{
    if (req->pipe.started)
        return req->mods != NULL;
    req->pipe.started = 1;
    w3_server *server = req->conn->server;
    req->mods = w3e_arena_alloc(req->arena, sizeof(w3e_module_state) * server->module_count);
    w3e_modules_apply_path(req);
    return req->mods != NULL;
}

void w3e_pipeline_fail(w3_request *req, unsigned status)
{
    if (!req->response_sent && status != 0)
        w3e_response_error(req, status);
    else if (status == 0)
        req->response_sent = 1; /* a filter answered the client itself */
    w3e_pipeline_answer(req);
}

void w3e_pipeline_answer(w3_request *req)
{
    req->pipe.finishing = 1;
    unsigned send_at = req->conn->server->plan->send_at;
    if (!req->pipe.started || req->pipe.step < send_at) {
        req->pipe.step = send_at;
        req->pipe.pos = 0;
    }
    if (start(req))
        w3e_pipeline_run(req);
}

/* The server's error response; a child run with EXECUTE_FLAG_DISABLE_CUSTOM_ERROR gets
 * the status without the server's error page. */
static void server_error(w3_request *req, unsigned status)
{
    w3e_response_error(req, status);
    if (req->parent != NULL && (req->execute_flags & W3E_EXEC_DISABLE_CUSTOM_ERROR))
        w3e_body_clear(req);
}

static void deny(w3_request *req, DWORD reason)
{
    req->denied = 1;
    req->denied_reason = reason;
    server_error(req, 401);
}

static void map_url(w3_request *req)
{
    const char *path = w3e_request_path(req);
    DWORD cb;
    char *buf = w3e_map_url(req->arena, req->conn->server, path, &cb);
    int watched = req->conn->server->order_count[w3e_bit_index(W3E_RQ_MAP_PATH)] != 0;
    /* What the server chose, to tell whether a module or filter changed it. */
    char *mapped = buf && watched ? w3e_strdup(req->arena, buf) : buf;
    if (mapped == NULL) {
        server_error(req, 500);
        req->pipe.finishing = 1;
        return;
    }
    if (!watched) {
        req->physical_path = buf;
        return;
    }
    w3e_map_path_event ev = {path, buf, cb};
    DWORD status = w3e_modules_notify(req, W3E_RQ_MAP_PATH, &ev);
    ev.physical[ev.physical_size - 1] = '\0';
    req->physical_path_rewritten = strcmp(mapped, ev.physical) != 0;
    req->physical_path = ev.physical;
    if (status == W3E_RQ_FINISH)
        req->pipe.finishing = 1;
}

/* Basic credentials from the Authorization header, if any. */
static void read_credentials(w3_request *req)
{
    const char *auth = w3e_headers_get(req->arena, &req->headers, "Authorization");
    if (auth == NULL || !w3e_ieqn(auth, "Basic ", 6))
        return;
    char decoded[SF_MAX_USERNAME + SF_MAX_PASSWORD];
    const char *b64 = auth + 6;
    if (!w3e_base64_decode(b64, strlen(b64), decoded, sizeof decoded))
        return;
    char *colon = strchr(decoded, ':');
    if (colon == NULL)
        return;
    *colon = '\0';
    size_t user_len = strlen(decoded), password_len = strlen(colon + 1);
    if (user_len >= sizeof req->user || password_len >= sizeof req->password)
        return; /* longer than IIS's buffers: not credentials it would accept */
    memcpy(req->user, decoded, user_len + 1);
    memcpy(req->password, colon + 1, password_len + 1);
    memcpy(req->auth_type, "Basic", sizeof "Basic");
}

static void check_identity(w3_request *req)
{
    w3_server *server = req->conn->server;
    req->user[sizeof req->user - 1] = '\0';
    req->password[sizeof req->password - 1] = '\0';
    if (req->user[0] == '\0') {
        if (server->cfg.deny_anonymous) {
            deny(req, SF_DENIED_LOGON | SF_DENIED_BY_CONFIG);
            req->pipe.finishing = 1;
        }
    } else if (server->cfg.logon != NULL &&
               !server->cfg.logon(server->cfg.logon_ctx, req->user, req->password)) {
        req->user[0] = '\0';
        deny(req, SF_DENIED_LOGON);
        req->pipe.finishing = 1;
    }
}

static void default_handler(w3_request *req)
{
    w3_server *server = req->conn->server;
    if (req->resp_touched || req->response_sent)
        return; /* a module produced the response */
    if (server->cfg.handler != NULL)
        server->cfg.handler(server->cfg.handler_ctx, req, req);
    else
        server_error(req, 404);
    if (req->status == 401) {
        req->denied = 1;
        req->denied_reason = SF_DENIED_APPLICATION;
    }
}

/* A client waiting for leave to send its body gets it once the request is accepted. */
static void expect_continue(w3_request *req)
{
    llhttp_t *parser = &req->conn->parser;
    const char *expect = w3e_headers_get(req->arena, &req->headers, "Expect");
    if (req->pipe.continue_sent || expect == NULL || !w3e_ieq(expect, "100-continue") ||
        req->response_sent || !(parser->content_length > 0 || (parser->flags & F_CHUNKED)))
        return;
    req->pipe.continue_sent = 1;
    w3e_conn_send(req->conn, "HTTP/1.1 100 Continue\r\n\r\n", 25);
}

static void dispose_all(w3_request *req)
{
    w3_server *server = req->conn->server;
    if (req->mods == NULL)
        return;
    for (unsigned i = 0; i < server->module_count; i++) {
        w3e_module_state *st = &req->mods[i];
        w3e_module *m = server->modules[i];
        if (st->instance != NULL && m->cls->dispose != NULL)
            m->cls->dispose(m, st->instance);
        st->instance = NULL;
        st->created = 1; /* no new instance after the end of the request */
    }
}

/* Runs the builtin step; nonzero if the pipeline goes on. */
static int run_builtin(w3_request *req, const step *s)
{
    switch (s->kind) {
    case S_MAP_PATH:
        map_url(req);
        break;
    case S_CREDENTIALS:
        if (req->parent == NULL) /* a child's identity is its parent's, or ExecuteRequest's */
            read_credentials(req);
        break;
    case S_IDENTITY:
        if (req->parent == NULL)
            check_identity(req);
        break;
    case S_BODY:
        if (!req->pipe.message_complete) {
            expect_continue(req);
            return 0;
        }
        break;
    case S_HANDLER:
        default_handler(req);
        break;
    case S_SEND:
        if (req->parent != NULL) {
            /* A child's response goes into its parent's (or stays buffered). */
            req->send_response_started = 1;
            w3e_modules_notify(req, W3E_RQ_SEND_RESPONSE, NULL);
            w3e_child_deliver(req);
        } else {
            w3e_response_send(req);
        }
        w3e_request_log_fill(req);
        break;
    case S_LOG_LINE:
        if (req->parent == NULL)
            w3e_request_log_write(req); /* the client's request is the one logged */
        break;
    case S_DONE:
        dispose_all(req);
        req->pipe.done = 1;
        if (!req->keep_alive && req->parent == NULL)
            req->conn->wants_close = 1;
        break;
    }
    return 1;
}

/* Acts on a handler's status; nonzero if the pipeline goes on now. */
int w3e_pipeline_status(w3_request *req, w3e_module *m, DWORD status)
{
    if (status == W3E_RQ_PENDING && req->parent != NULL) {
        /* A child runs to its end inside ExecuteRequest: nothing could resume it. */
        w3e_log(req->conn->server, W3_LOG_ERROR,
                "module '%s' returned PENDING from %s of a child request; treated as "
                "CONTINUE",
                m->name,
                w3e_notification_name(req->pipe.current_notification, req->pipe.current_post));
        status = W3E_RQ_CONTINUE;
    }
    if (status == W3E_RQ_PENDING) {
        req->pipe.pending = 1;
        req->pipe.pending_module = m;
        req->pipe.pending_notification = req->pipe.current_notification;
        req->pipe.pending_post = req->pipe.current_post;
        return 0;
    }
    req->pipe.pos++;
    if (status == W3E_RQ_FINISH)
        req->pipe.finishing = 1;
    return 1;
}

/* The subscriber at `pos` of a notification step unless the request disabled it, or
 * NULL past the last one; *end is set there. */
static w3e_module *subscriber(const w3_request *req, unsigned at, unsigned pos, int *end)
{
    const stage *st = &req->conn->server->plan->stages[at];
    *end = pos >= st->count;
    if (*end)
        return NULL;
    w3e_module *m = st->subscribers[pos];
    const w3e_module_state *ms = &req->mods[m->index];
    return (steps[at].post ? ms->disabled_post : ms->disabled) & steps[at].notification ? NULL : m;
}

/* Delivers the current step's notification from position req->pipe.pos; nonzero when
 * every subscriber ran (or the request finished), zero when one is pending. The step
 * may move on under a handler (GetNextNotification): its subscribers follow. */
static int run_notification(w3_request *req)
{
    for (;;) {
        int end;
        w3e_module *m = subscriber(req, req->pipe.step, req->pipe.pos, &end);
        if (end)
            return 1;
        if (m == NULL) {
            req->pipe.pos++;
            continue;
        }
        void *instance = w3e_module_instance(m, req);
        if (m->cls->create != NULL && instance == NULL) {
            req->pipe.pos++;
            continue;
        }
        const step *s = &steps[req->pipe.step];
        req->pipe.current_notification = s->notification;
        req->pipe.current_post = s->post;
        req->pipe.current_module = m;
        DWORD status = w3e_call_request(m, instance, req, s->notification, s->post, NULL);
        if (!w3e_pipeline_status(req, m, status))
            return 0;
        if (status == W3E_RQ_FINISH)
            return 1;
    }
}

int w3e_pipeline_next(w3_request *req, DWORD status, DWORD *notification, int *post)
{
    unsigned at = req->pipe.step;
    if (status != W3E_RQ_CONTINUE || req->pipe.finishing || at + 1 >= STEP_COUNT ||
        steps[at].kind != S_NOTIFY || steps[at + 1].kind != S_NOTIFY ||
        req->pipe.current_notification != steps[at].notification ||
        req->pipe.current_post != steps[at].post || !w3e_pipeline_is_last(req))
        return 0;
    /* The next notification must be this module's, with nothing of the server's or of
     * another module's in between. */
    const step *next = &steps[at + 1];
    w3e_module *m;
    unsigned pos = 0;
    int end;
    while ((m = subscriber(req, at + 1, pos, &end)) == NULL && !end)
        pos++;
    if (m == NULL || m != req->pipe.current_module)
        return 0;
    req->pipe.step = at + 1;
    req->pipe.pos = pos;
    req->pipe.current_notification = next->notification;
    req->pipe.current_post = next->post;
    *notification = next->notification;
    *post = next->post;
    return 1;
}

static int is_end_stage(const step *s)
{
    return s->kind == S_SEND || s->kind == S_LOG_LINE || s->kind == S_DONE ||
           (s->kind == S_NOTIFY &&
            (s->notification == W3E_RQ_LOG_REQUEST || s->notification == W3E_RQ_END_REQUEST));
}

void w3e_pipeline_run(w3_request *req)
{
    if (!start(req)) {
        req->conn->wants_close = 1;
        return;
    }
    const w3e_plan *plan = req->conn->server->plan;
    while (!req->pipe.done && !req->pipe.pending) {
        if (req->pipe.finishing && req->pipe.step < plan->send_at) {
            req->pipe.step = plan->send_at;
            req->pipe.pos = 0;
        }
        unsigned at = plan->stages[req->pipe.step].next;
        if (at != req->pipe.step) {
            req->pipe.step = at;
            req->pipe.pos = 0;
        }
        if (at >= STEP_COUNT)
            break;
        const step *s = &steps[at];
        if (s->kind != S_NOTIFY) {
            if (!run_builtin(req, s))
                return; /* waiting for the body */
        } else {
            int was_finishing = req->pipe.finishing;
            if (!run_notification(req))
                return; /* pending */
            s = &steps[req->pipe.step];
            if (req->pipe.finishing && !was_finishing && !is_end_stage(s))
                continue; /* FINISH_REQUEST: straight to the end stages */
        }
        req->pipe.step++;
        req->pipe.pos = 0;
    }
}

/* The request's "HTTP/x.y"; those of nearly every request are constants (nothing
 * writes into req->version: a filter's SetHeader("version") replaces it). */
static char *http_version(w3_request *req)
{
    const llhttp_t *parser = &req->conn->parser;
    if (parser->http_major == 1 && parser->http_minor <= 1)
        return parser->http_minor == 1 ? "HTTP/1.1" : "HTTP/1.0";
    char version[sizeof "HTTP/." + 2 * W3E_U64_DIGITS] = "HTTP/";
    size_t len = sizeof "HTTP/" - 1;
    len += w3e_format_u64(version + len, parser->http_major);
    version[len++] = '.';
    len += w3e_format_u64(version + len, parser->http_minor);
    return w3e_strndup(req->arena, version, len);
}

void w3e_pipeline_headers_done(w3_request *req)
{
    req->method = (char *)w3e_buf_str(&req->method_in);
    req->raw_url = (char *)w3e_buf_str(&req->url_in);
    req->url = req->raw_url;
    req->version = http_version(req);
    if (req->version == NULL) {
        w3e_pipeline_fail(req, 500);
        return;
    }
    req->headers_done = 1;
    if (!start(req)) {
        req->conn->wants_close = 1;
        return;
    }
    w3_server *server = req->conn->server;
    if (w3e_ext_pre_begin(req) == W3E_GL_HANDLED) {
        /* A global module answered the request before it entered the pipeline. */
        req->pipe.finishing = 1;
    }
    if (!server->app_started) {
        server->app_started = 1;
        w3e_ext_application_event(server, W3E_GL_APPLICATION_START);
        w3e_ext_application_event(server, W3E_GL_APPLICATION_RESOLVE_MODULES);
    }
    w3e_pipeline_run(req);
}

void w3e_pipeline_message_done(w3_request *req)
{
    req->pipe.message_complete = 1;
    if (!req->pipe.done)
        w3e_pipeline_run(req);
}

void w3e_pipeline_abandon(w3_request *req)
{
    if (!req->pipe.done)
        dispose_all(req);
    req->pipe.done = 1;
}

int w3e_pipeline_is_last(w3_request *req)
{
    if (req->pipe.step >= STEP_COUNT || steps[req->pipe.step].kind != S_NOTIFY ||
        req->pipe.current_notification != steps[req->pipe.step].notification)
        return 1;
    int end = 0;
    for (unsigned pos = req->pipe.pos + 1; !end; pos++)
        if (subscriber(req, req->pipe.step, pos, &end) != NULL)
            return 0;
    return 1;
}
