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
/* The section at the configuration path compiled into `size` bytes from w3e_alloc,
 * zero-filled, that read(compiled, section) fills: the `make` of a w3e_section_kind.
 * NULL if the section cannot be read, out of memory, or read returns 0 (then
 * release(compiled) frees what it holds so far). */
void *w3e_cfg_compile(void *admin_manager, const char *section, const char *path, size_t size,
                      int (*read)(void *compiled, IAppHostElement *section),
                      void (*release)(void *compiled));
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
/* Calls take(context, item) for each item of the element's collection in order, until
 * it returns 0; each item is released after its call. Returns 0 if a call returned 0,
 * else 1 (an element without a collection has no items). */
int w3e_cfg_each(IAppHostElement *element, int (*take)(void *context, IAppHostElement *item),
                 void *context);
/* The string property `name` of each item of the element's collection, in order, added to
 * *texts (a w3e_alloc array of *count w3e_alloc strings, which the caller frees). Returns
 * 0 if an item lacks it or out of memory (what was added stays). */
int w3e_cfg_texts(IAppHostElement *element, const WCHAR *name, char ***texts, size_t *count);

#endif
