/* A module whose DllMain records what the loader told it, for the loader suite. */
#include <windows.h>

static LONG attach_count;
static HINSTANCE attach_instance;
static LPVOID attach_reserved = (LPVOID)1;
static volatile LONG *detach_counter;

__declspec(dllexport) BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    if (reason == DLL_PROCESS_ATTACH) {
        attach_count++;
        attach_instance = instance;
        attach_reserved = reserved;
    } else if (reason == DLL_PROCESS_DETACH && detach_counter) {
        /* The module's own data is gone after unload; the test's counter is not. */
        (*detach_counter)++;
    }
    return TRUE;
}

__declspec(dllexport) LONG w3t_attach_count(void)
{
    return attach_count;
}

__declspec(dllexport) HINSTANCE w3t_attach_instance(void)
{
    return attach_instance;
}

__declspec(dllexport) LPVOID w3t_attach_reserved(void)
{
    return attach_reserved;
}

/* Counts DLL_PROCESS_DETACH notifications into *counter from now on. */
__declspec(dllexport) void w3t_watch_detach(volatile LONG *counter)
{
    detach_counter = counter;
}

__declspec(dllexport) int w3t_exported_value = 42;
