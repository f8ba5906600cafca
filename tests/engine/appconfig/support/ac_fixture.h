/* A configuration tree in a temporary folder (applicationHost.config, schema/, a site's
 * folders with web.config files) and a server reading it, whose IAppHostAdminManager a
 * case gets as a module does, with CoCreateInstance(CLSID_AppHostAdminManager). */
#ifndef AC_FIXTURE_H
#define AC_FIXTURE_H

#include <windows.h>
#include <ahadmin.h>

#include "w3engine.h"

typedef struct acfx {
    char root[MAX_PATH + 64]; /* the folder of applicationHost.config, '/'-separated */
    w3_server *server;
    IAppHostAdminManager *manager;
} acfx;

/* Makes the folder and writes `app_host` as applicationHost.config, with one site
 * "Default Web Site" whose root folder is site/ (its text goes where %SITE% is in
 * app_host; the <sites> element is the fixture's if app_host has none). */
void acfx_init(acfx *f, const char *app_host);
/* Writes root/relative (folders made as needed). */
void acfx_write(acfx *f, const char *relative, const char *text);
/* Creates the server and the manager (CoCreateInstance); the case fails if it cannot. */
void acfx_start(acfx *f);
/* Releases the manager, destroys the server, deletes the files. */
void acfx_stop(acfx *f);

/* GetAdminSection(section, path). */
HRESULT acfx_section(acfx *f, const wchar_t *section, const wchar_t *path, IAppHostElement **out);
/* GetPropertyByName(name)->get_Value into *value (VariantClear it). */
HRESULT acfx_value(IAppHostElement *element, const wchar_t *name, VARIANT *value);
/* A VT_BSTR property's text as UTF-8 in a static buffer ("<error>" if it fails). */
const char *acfx_text(IAppHostElement *element, const wchar_t *name);
/* The `name` attribute of each entry of the element's collection, joined by ' ';
 * "<error>" if a call fails. */
const char *acfx_keys(IAppHostElement *element, const wchar_t *name);

#define ACFX_PATH L"MACHINE/WEBROOT/APPHOST/Default Web Site"

#endif
