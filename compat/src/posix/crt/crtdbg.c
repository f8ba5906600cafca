/* crtdbg.h's report function: the debug CRT's reports go to stderr here. */
#include <stdio.h>
#include <crtdbg.h>

#include "../crt_internal.h"

int __cdecl _CrtDbgReport(int type, const char *file, int line, const char *module,
                          const char *format, ...)
{
    static const char *const kinds[] = {"Warning", "Error", "Assertion failed"};
    fprintf(stderr, "%s", type >= _CRT_WARN && type <= _CRT_ASSERT ? kinds[type] : "Report");
    if (file)
        fprintf(stderr, " (%s:%d)", file, line);
    if (module)
        fprintf(stderr, " [%s]", module);
    fputs(": ", stderr);
    if (format) {
        va_list args;
        va_start(args, format);
        vfprintf(stderr, format, args);
        va_end(args);
    }
    fputc('\n', stderr);
    /* 1 asks the caller to break into the debugger: the _ASSERT macros then abort. */
    return type == _CRT_ASSERT;
}
