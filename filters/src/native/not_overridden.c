/* httpserv.h's base classes report a handler a module subscribed to but did not
 * override (W3ReportNotOverridden): the report goes to the server log, once per module
 * and notification. */
#include "native.h"

#include <w3compat.h>

static void not_overridden(const char *handler)
{
    const w3e_dispatch *current = w3e_dispatch_current();
    w3e_module *m = current->module;
    if (m == NULL) {
        OutputDebugStringA(handler);
        return;
    }
    DWORD *logged = current->global ? &m->global_not_overridden_logged : &m->not_overridden_logged;
    DWORD bit =
        current->global
            ? current->notification
            : 1u << ((w3e_bit_index(current->notification) + (current->post ? 16 : 0)) % 32);
    if (*logged & bit)
        return;
    *logged |= bit;
    w3e_log(m->registration_server, W3_LOG_ERROR,
            "module '%s' subscribed to %s but does not override %s; the request continues", m->name,
            current->global ? "a global notification"
                            : w3e_notification_name(current->notification, current->post),
            handler ? handler : "its handler");
}

void w3e_modules_install_reporter(void)
{
    W3SetNotOverriddenReporter(not_overridden);
}
