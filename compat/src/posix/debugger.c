/* IsDebuggerPresent and DebugBreak. */
#include <windows.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A tracer is attached when /proc/self/status shows a TracerPid other than 0. */
BOOL WINAPI IsDebuggerPresent(void)
{
    char line[256];
    BOOL traced = FALSE;
    FILE *f = fopen("/proc/self/status", "re");

    if (!f)
        return FALSE;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "TracerPid:", 10) == 0) {
            traced = strtol(line + 10, NULL, 10) != 0;
            break;
        }
    }
    fclose(f);
    return traced;
}

void WINAPI DebugBreak(void)
{
    raise(SIGTRAP);
}
