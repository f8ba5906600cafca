/* Win32 error codes as people read them: "error 2: The system cannot find the file
 * specified." (the system's FormatMessage text). */
#ifndef W3E_BASE_ERROR_TEXT_H
#define W3E_BASE_ERROR_TEXT_H

#include <stddef.h>

#include <windows.h>

/* Writes "error CODE: TEXT" (or "error CODE" when the system has no text for it) into
 * buf and returns buf. */
const char *w3e_error_text(DWORD code, char *buf, size_t size);

#endif
