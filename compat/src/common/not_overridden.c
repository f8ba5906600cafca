/* The report of httpserv.h's default handlers (a module subscribed to a notification
 * without overriding its handler), routed to the host when it asked for it. */
#include <windows.h>

#include <stdio.h>

#include "w3compat.h"

static W3NotOverriddenReporter volatile reporter;

void W3SetNotOverriddenReporter(W3NotOverriddenReporter fn)
{
    reporter = fn;
}

void W3ReportNotOverridden(const char *handler)
{
    W3NotOverriddenReporter fn = reporter;
    if (fn != NULL) {
        fn(handler);
        return;
    }
    char line[256];
    snprintf(line, sizeof line,
             "w3compat: %s was called, but the module subscribed to its notification "
             "without overriding it; continuing\n",
             handler ? handler : "a handler");
    OutputDebugStringA(line);
}
