/* The CRT's file-opening calls with Windows paths: fopen and _open take '\' as a
 * separator (on POSIX through compat's crtpath.h wrappers, under Wine the real CRT),
 * and report a missing file as the CRT does. */
#include <windows.h>

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>

#include "w3test.h"

/* Each case runs in its own process, possibly beside the others: its own directory. */
static char dir_name[64];

/* dir_name, the separator sep, then file: in a static buffer. */
static const char *in_dir(const char *sep, const char *file)
{
    static char path[128];
    snprintf(path, sizeof path, "%s%s%s", dir_name, sep, file);
    return path;
}

static void make_file(void)
{
    snprintf(dir_name, sizeof dir_name, "crt_paths_%lu", (unsigned long)GetCurrentProcessId());
    CreateDirectoryA(dir_name, NULL);
    FILE *f = fopen(in_dir("/", "data.txt"), "wb");
    W3_REQUIRE(f != NULL);
    fputs("backslash path", f);
    fclose(f);
}

W3_TEST(fopen_takes_backslashes)
{
    make_file();
    FILE *f = fopen(in_dir("\\", "data.txt"), "rb");
    W3_REQUIRE(f != NULL);
    char text[32] = {0};
    W3_CHECK_EQ(fread(text, 1, sizeof text - 1, f), 14);
    W3_CHECK_STR(text, "backslash path");
    fclose(f);
}

W3_TEST(fopen_writes_through_backslashes)
{
    make_file();
    FILE *f = fopen(in_dir("\\", "written.txt"), "wb");
    W3_REQUIRE(f != NULL);
    fputs("new", f);
    fclose(f);
    W3_CHECK(GetFileAttributesA(in_dir("/", "written.txt")) != INVALID_FILE_ATTRIBUTES);
    DeleteFileA(in_dir("/", "written.txt"));
}

W3_TEST(fopen_of_a_missing_file_is_enoent)
{
    make_file();
    errno = 0;
    W3_CHECK(fopen(in_dir("\\", "missing.txt"), "rb") == NULL);
    W3_CHECK_EQ(errno, ENOENT);
}

W3_TEST(open_takes_backslashes)
{
    make_file();
    int fd = _open(in_dir("\\", "data.txt"), _O_RDONLY | _O_BINARY);
    W3_REQUIRE(fd >= 0);
    char text[16] = {0};
    W3_CHECK_EQ(_read(fd, text, 9), 9);
    W3_CHECK_STR(text, "backslash");
    _close(fd);
}

W3_TEST(open_creates_through_backslashes)
{
    make_file();
    int fd = _open(in_dir("\\", "created.txt"), _O_WRONLY | _O_CREAT | _O_TRUNC | _O_BINARY,
                   _S_IREAD | _S_IWRITE);
    W3_REQUIRE(fd >= 0);
    W3_CHECK_EQ(_write(fd, "x", 1), 1);
    _close(fd);
    W3_CHECK(GetFileAttributesA(in_dir("/", "created.txt")) != INVALID_FILE_ATTRIBUTES);
    DeleteFileA(in_dir("/", "created.txt"));
}

W3_TEST(open_of_a_missing_file_is_enoent)
{
    make_file();
    errno = 0;
    W3_CHECK_EQ(_open(in_dir("\\", "missing.txt"), _O_RDONLY), -1);
    W3_CHECK_EQ(errno, ENOENT);
}
