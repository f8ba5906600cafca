/* Fuzz target: applicationHost.config files through the configuration reader
 * (w3config.h). The input is the file's content. Invariants besides memory safety: a
 * refused file gets an error that starts with the file's name and a line number, and
 * whatever was read is freed. */
#include <windows.h>

#include <stdio.h>
#include <string.h>

#include "fuzz_target.h"
#include "w3config.h"

static char config_path[MAX_PATH];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char temp[MAX_PATH];
    DWORD n = GetTempPathA(sizeof temp, temp);
    if (n == 0 || n + 40 > sizeof config_path)
        fuzz_fail("no temporary folder for the configuration");
    snprintf(config_path, sizeof config_path, "%.*sw3fuzz-%lu.config", (int)n, temp,
             (unsigned long)GetCurrentProcessId());
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HANDLE file = CreateFileA(config_path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    DWORD written = 0;
    if (file == INVALID_HANDLE_VALUE || !WriteFile(file, data, (DWORD)size, &written, NULL))
        fuzz_fail("cannot write the configuration file");
    CloseHandle(file);

    w3_config cfg;
    char err[512] = "";
    w3_config_init(&cfg);
    if (!w3_config_load(&cfg, config_path, err, sizeof err)) {
        size_t name = strlen(config_path);
        if (strncmp(err, config_path, name) != 0 || err[name] != ':')
            fuzz_fail("a refused configuration's error does not start with FILE:");
    }
    w3_config_free(&cfg);
    return 0;
}
