/* What libw3compat adds on every platform, Windows included: functions of its own that
 * have no Win32 counterpart. */
#ifndef W3COMPAT_H
#define W3COMPAT_H

#include "w3compat_export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version, "MAJOR.MINOR.PATCH". */
W3COMPAT_EXPORT const char *W3CompatVersion(void);

/* The loader's own words for the calling thread's last failed LoadLibrary or
 * GetProcAddress: dlerror's text on POSIX, the system message for GetLastError() on
 * Windows. Never NULL; valid until the thread's next call. */
W3COMPAT_EXPORT const char *W3GetLastLoaderMessage(void);

/* A module subscribed to a notification without overriding its handler: httpserv.h's
 * default CHttpModule and CGlobalModule handlers call W3ReportNotOverridden with the
 * handler's name ("CHttpModule::OnBeginRequest"). A host that installed a reporter
 * (the engine does, to name the module in its log) gets the call; otherwise the text
 * goes to OutputDebugString. */
typedef void (*W3NotOverriddenReporter)(const char *handler);
W3COMPAT_EXPORT void W3SetNotOverriddenReporter(W3NotOverriddenReporter reporter);
W3COMPAT_EXPORT void W3ReportNotOverridden(const char *handler);

#ifndef _WIN32
/* The registry's directory (docs/registry.md): every *.reg file in it is imported and
 * the changes made through the Reg* functions are saved in w3compat-changes.reg there.
 * NULL returns to the default: $W3COMPAT_REGISTRY, else
 * $XDG_CONFIG_HOME/w3compat/registry, else $HOME/.config/w3compat/registry. Handles
 * that are open keep naming the same key paths, now looked up in the new directory. */
W3COMPAT_EXPORT void W3RegistrySetPath(const char *directory);

/* Why the registry's files could not be used, as "FILE:LINE: what is wrong" (the text
 * also goes to stderr once); "" while they load. Reg* functions then fail with
 * ERROR_BADDB (a malformed file), ERROR_CANTREAD or ERROR_CANTWRITE. */
W3COMPAT_EXPORT const char *W3GetRegistryMessage(void);
#endif

#ifdef __cplusplus
}
#endif

#endif
