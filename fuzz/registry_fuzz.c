/* Fuzz target (POSIX): .reg files through the registry (winreg.h over regedit's file
 * format, docs/registry.md). The input is a file in the registry's directory; the
 * target walks every key and value of HKEY_LOCAL_MACHINE and HKEY_CURRENT_USER and, for
 * one input in eight (a save costs an fsync), writes a value, which saves the changes
 * file. Inputs alternate between two
 * directories, so that each is read afresh. Invariant besides memory safety: a refused
 * file fails the calls with ERROR_BADDB and a message that names the file and a line. */
#include <windows.h>

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_target.h"
#include "w3compat.h"

#define MAX_DEPTH 8
#define MAX_VISITS 2000

static char dirs[2][MAX_PATH];
static unsigned turn;
static unsigned visits;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char temp[MAX_PATH];
    DWORD n = GetTempPathA(sizeof temp, temp);
    if (n == 0 || n + 40 > sizeof temp)
        fuzz_fail("no temporary folder for the registry");
    for (int i = 0; i < 2; i++) {
        snprintf(dirs[i], sizeof dirs[i], "%.*sw3fuzz-reg-%lu-%d", (int)n, temp,
                 (unsigned long)GetCurrentProcessId(), i);
        CreateDirectoryA(dirs[i], NULL);
    }
    return 0;
}

static void check_refusal(LONG rc)
{
    if (rc != ERROR_BADDB)
        return;
    const char *why = W3GetRegistryMessage();
    const char *dir = dirs[turn % 2];
    if (strncmp(why, dir, strlen(dir)) != 0 || strchr(why + strlen(dir), ':') == NULL)
        fuzz_fail("a refused registry file's message does not name the file and line");
}

static void walk(HKEY key, int depth)
{
    char name[256];
    BYTE data[512];
    for (DWORD i = 0; visits < MAX_VISITS; i++, visits++) {
        DWORD name_len = sizeof name, type = 0, size = sizeof data;
        LONG rc = RegEnumValueA(key, i, name, &name_len, NULL, &type, data, &size);
        check_refusal(rc);
        if (rc != ERROR_SUCCESS && rc != ERROR_MORE_DATA)
            break;
        size = 0;
        RegQueryValueExA(key, name, NULL, &type, NULL, &size);
    }
    if (depth == MAX_DEPTH)
        return;
    for (DWORD i = 0; visits < MAX_VISITS; i++, visits++) {
        DWORD name_len = sizeof name;
        LONG rc = RegEnumKeyExA(key, i, name, &name_len, NULL, NULL, NULL, NULL);
        check_refusal(rc);
        if (rc != ERROR_SUCCESS)
            break;
        HKEY sub;
        if (RegOpenKeyExA(key, name, 0, KEY_READ, &sub) == ERROR_SUCCESS) {
            walk(sub, depth + 1);
            RegCloseKey(sub);
        }
    }
}

static void write_input(const char *dir, const uint8_t *data, size_t size)
{
    char path[MAX_PATH + 16], changes[MAX_PATH + 32];
    snprintf(path, sizeof path, "%s/input.reg", dir);
    snprintf(changes, sizeof changes, "%s/w3compat-changes.reg", dir);
    unlink(changes);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size)
        fuzz_fail("cannot write the registry file");
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *dir = dirs[++turn % 2];
    write_input(dir, data, size);
    W3RegistrySetPath(dir);
    visits = 0;
    walk(HKEY_LOCAL_MACHINE, 0);
    walk(HKEY_CURRENT_USER, 0);

    if (size % 8 != 0)
        return 0;
    HKEY key;
    LONG rc = RegCreateKeyExA(HKEY_CURRENT_USER, "Software\\w3fuzz", 0, NULL, 0, KEY_ALL_ACCESS,
                              NULL, &key, NULL);
    check_refusal(rc);
    if (rc == ERROR_SUCCESS) {
        DWORD value = 42;
        check_refusal(RegSetValueExA(key, "n", 0, REG_DWORD, (const BYTE *)&value, sizeof value));
        RegCloseKey(key);
    }
    return 0;
}
