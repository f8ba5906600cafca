/* A module whose DllMain refuses DLL_PROCESS_ATTACH: loading it must fail. */
#include <windows.h>

__declspec(dllexport) BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance;
    (void)reserved;
    return reason != DLL_PROCESS_ATTACH;
}

__declspec(dllexport) int w3t_initfail_marker = 1;
