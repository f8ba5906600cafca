/* An ISAPI extension whose GetExtensionVersion refuses to load, with a reason. */
#include <windows.h>
#include <httpext.h>

BOOL WINAPI GetExtensionVersion(HSE_VERSION_INFO *info)
{
    (void)info;
    SetLastError(ERROR_ACCESS_DENIED);
    return FALSE;
}

DWORD WINAPI HttpExtensionProc(EXTENSION_CONTROL_BLOCK *ecb)
{
    (void)ecb;
    return HSE_STATUS_ERROR;
}

BOOL WINAPI TerminateExtension(DWORD flags)
{
    (void)flags;
    return TRUE;
}
