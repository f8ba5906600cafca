/* Reading a section of the IIS configuration through IAppHostAdminManager (ahadmin.h),
 * as a module does, for the engine's built-in modules: elements, their values as C
 * numbers and UTF-8 text, collections. Every element returned is released by the
 * caller (IAppHostElement_Release). */
#ifndef W3E_CONFIG_READ_H
#define W3E_CONFIG_READ_H

#include <windows.h>
#include <ahadmin.h>

/* The section at the configuration path; NULL if it cannot be read. */
IAppHostElement *w3e_cfg_section(void *admin_manager, const char *section, const char *path);
/* A child element; NULL if there is none. */
IAppHostElement *w3e_cfg_child(IAppHostElement *element, const WCHAR *name);
/* A bool, integer, enum or timeSpan property as a number (bool: 1 or 0). Returns 0 and
 * leaves *out alone if there is no such property or it is text. */
int w3e_cfg_number(IAppHostElement *element, const WCHAR *name, long long *out);
/* A string property in UTF-8, from w3e_alloc; NULL if absent or out of memory. */
char *w3e_cfg_text(IAppHostElement *element, const WCHAR *name);
/* The element's collection and its size; NULL if it has none. */
IAppHostElementCollection *w3e_cfg_collection(IAppHostElement *element, DWORD *count);
IAppHostElement *w3e_cfg_item(IAppHostElementCollection *collection, DWORD index);

#endif
