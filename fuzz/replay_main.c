/* Replays files through a fuzz target without libFuzzer: each argument is an input file
 * or a folder of them. Exits 0 when every input ran; a crash or broken invariant ends
 * the process as it would under libFuzzer. Uses the Win32 file API, which compat
 * provides on POSIX, so the one source runs natively and under Wine. */
#include <windows.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_target.h"

static int replay_file(const char *path)
{
    HANDLE file = CreateFileA(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "replay: cannot open %s (error %lu)\n", path,
                (unsigned long)GetLastError());
        return 0;
    }
    DWORD size = GetFileSize(file, NULL);
    uint8_t *data = malloc(size ? size : 1);
    DWORD got = 0;
    BOOL ok = data && ReadFile(file, data, size, &got, NULL) && got == size;
    CloseHandle(file);
    if (ok)
        LLVMFuzzerTestOneInput(data, size);
    else
        fprintf(stderr, "replay: cannot read %s\n", path);
    free(data);
    return ok;
}

/* Runs every file of `dir`; returns how many ran, or -1 on an unreadable file. */
static long replay_folder(const char *dir)
{
    char pattern[MAX_PATH + 2];
    snprintf(pattern, sizeof pattern, "%s/*", dir);
    WIN32_FIND_DATAA entry;
    HANDLE find = FindFirstFileA(pattern, &entry);
    if (find == INVALID_HANDLE_VALUE)
        return 0;
    long count = 0;
    do {
        if (entry.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
            continue;
        char path[2 * MAX_PATH + 2];
        snprintf(path, sizeof path, "%s/%s", dir, entry.cFileName);
        if (!replay_file(path)) {
            count = -1;
            break;
        }
        count++;
    } while (FindNextFileA(find, &entry));
    FindClose(find);
    return count;
}

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    long total = 0;
    for (int i = 1; i < argc; i++) {
        DWORD attributes = GetFileAttributesA(argv[i]);
        long ran = attributes == INVALID_FILE_ATTRIBUTES          ? -1
                   : (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0 ? replay_folder(argv[i])
                                                                  : replay_file(argv[i]);
        if (ran < 0) {
            fprintf(stderr, "replay: %s cannot be read\n", argv[i]);
            return 1;
        }
        total += ran;
    }
    if (total == 0) {
        fprintf(stderr, "replay: no inputs\n");
        return 1;
    }
    printf("replay: %ld inputs ran\n", total);
    return 0;
}
