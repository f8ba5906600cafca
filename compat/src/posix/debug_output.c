/* OutputDebugString: the text goes to stderr, where a debugger's output window would
 * show it on Windows. */
#include <windows.h>

#include <stdio.h>
#include <stdlib.h>

#include "text_conv.h"

void WINAPI OutputDebugStringA(LPCSTR lpOutputString)
{
    if (lpOutputString)
        fputs(lpOutputString, stderr);
}

void WINAPI OutputDebugStringW(LPCWSTR lpOutputString)
{
    DWORD error = GetLastError();
    char *utf8 = w3_wide_to_utf8(lpOutputString);
    if (utf8) {
        fputs(utf8, stderr);
        free(utf8);
    }
    SetLastError(error);
}
