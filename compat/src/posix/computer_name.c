/* GetComputerName(Ex) and GetUserName from the host's name and the effective user. */
#include <windows.h>

#include <ctype.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The name for a format in UTF-8, written into out (at least HOST_NAME_MAX + 1 bytes);
 * FALSE with ERROR_INVALID_PARAMETER for an unknown format. */
static BOOL name_for(COMPUTER_NAME_FORMAT format, char *out, size_t size)
{
    char host[256];
    char *dot;

    if ((unsigned)format >= (unsigned)ComputerNameMax) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (gethostname(host, sizeof host) != 0)
        strcpy(host, "localhost");
    host[sizeof host - 1] = '\0';
    dot = strchr(host, '.');
    switch (format) {
    case ComputerNameNetBIOS:
    case ComputerNamePhysicalNetBIOS: {
        size_t n = dot ? (size_t)(dot - host) : strlen(host);
        if (n > MAX_COMPUTERNAME_LENGTH)
            n = MAX_COMPUTERNAME_LENGTH;
        for (size_t i = 0; i < n; i++)
            out[i] = (char)toupper((unsigned char)host[i]);
        out[n] = '\0';
        break;
    }
    case ComputerNameDnsHostname:
    case ComputerNamePhysicalDnsHostname:
        if (dot)
            *dot = '\0';
        snprintf(out, size, "%s", host);
        break;
    case ComputerNameDnsDomain:
    case ComputerNamePhysicalDnsDomain:
        snprintf(out, size, "%s", dot ? dot + 1 : "");
        break;
    default:
        snprintf(out, size, "%s", host);
        break;
    }
    return TRUE;
}

/* Copies the UTF-8 name into an A or W buffer of *size characters: TRUE with *size set to
 * the characters copied, or FALSE with `too_small` as the error and *size set to the
 * characters needed, NUL included. */
static BOOL copy_name_a(const char *name, LPSTR buffer, LPDWORD size, DWORD too_small)
{
    DWORD len = (DWORD)strlen(name);
    if (!buffer || *size <= len) {
        *size = len + 1;
        SetLastError(too_small);
        return FALSE;
    }
    memcpy(buffer, name, len + 1);
    *size = len;
    return TRUE;
}

static BOOL copy_name_w(const char *name, LPWSTR buffer, LPDWORD size, DWORD too_small)
{
    DWORD needed = (DWORD)MultiByteToWideChar(CP_UTF8, 0, name, -1, NULL, 0);
    if (!buffer || *size < needed) {
        *size = needed;
        SetLastError(too_small);
        return FALSE;
    }
    MultiByteToWideChar(CP_UTF8, 0, name, -1, buffer, (int)needed);
    *size = needed - 1;
    return TRUE;
}

BOOL WINAPI GetComputerNameExA(COMPUTER_NAME_FORMAT NameType, LPSTR lpBuffer, LPDWORD nSize)
{
    char name[256];
    if (!nSize) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return name_for(NameType, name, sizeof name) &&
           copy_name_a(name, lpBuffer, nSize, ERROR_MORE_DATA);
}

BOOL WINAPI GetComputerNameExW(COMPUTER_NAME_FORMAT NameType, LPWSTR lpBuffer, LPDWORD nSize)
{
    char name[256];
    if (!nSize) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return name_for(NameType, name, sizeof name) &&
           copy_name_w(name, lpBuffer, nSize, ERROR_MORE_DATA);
}

BOOL WINAPI GetComputerNameA(LPSTR lpBuffer, LPDWORD nSize)
{
    char name[256];
    if (!nSize) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    name_for(ComputerNameNetBIOS, name, sizeof name);
    return copy_name_a(name, lpBuffer, nSize, ERROR_BUFFER_OVERFLOW);
}

BOOL WINAPI GetComputerNameW(LPWSTR lpBuffer, LPDWORD nSize)
{
    char name[256];
    if (!nSize) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    name_for(ComputerNameNetBIOS, name, sizeof name);
    return copy_name_w(name, lpBuffer, nSize, ERROR_BUFFER_OVERFLOW);
}

/* The effective user's login name, or its uid in decimal when it has no passwd entry. */
static void user_name(char *out, size_t size)
{
    struct passwd pw, *found = NULL;
    char buf[1024];
    uid_t uid = geteuid();

    if (getpwuid_r(uid, &pw, buf, sizeof buf, &found) == 0 && found)
        snprintf(out, size, "%s", found->pw_name);
    else
        snprintf(out, size, "%lu", (unsigned long)uid);
}

BOOL WINAPI GetUserNameA(LPSTR lpBuffer, LPDWORD pcbBuffer)
{
    char name[256];
    if (!pcbBuffer) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    user_name(name, sizeof name);
    if (!copy_name_a(name, lpBuffer, pcbBuffer, ERROR_INSUFFICIENT_BUFFER))
        return FALSE;
    *pcbBuffer += 1; /* GetUserName counts the NUL */
    return TRUE;
}

BOOL WINAPI GetUserNameW(LPWSTR lpBuffer, LPDWORD pcbBuffer)
{
    char name[256];
    if (!pcbBuffer) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    user_name(name, sizeof name);
    if (!copy_name_w(name, lpBuffer, pcbBuffer, ERROR_INSUFFICIENT_BUFFER))
        return FALSE;
    *pcbBuffer += 1;
    return TRUE;
}
