/* The CRT headers that have no C-standard namesake, used as IIS code uses them:
 * process.h threads, malloc.h aligned blocks, io.h's _findfirst and attributes,
 * direct.h, share.h, crtdbg.h in a release build, stdlib.h's limits and intrinsics,
 * and stdio.h's fopen_s. Each case works in its own scratch directory. */
#include <windows.h>
#include <crtdbg.h>
#include <direct.h>
#include <errno.h>
#include <io.h>
#include <malloc.h>
#include <process.h>
#include <share.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/timeb.h>
#include <time.h>

#include "support/crt_handler.h"
#include "w3test.h"

/* dir/name into out (checked: a truncated path would test the wrong file). */
static void join(char *out, size_t size, const char *dir, const char *name)
{
    int n = snprintf(out, size, "%s/%s", dir, name);
    W3_REQUIRE(n > 0 && (size_t)n < size);
}

/* A new directory under the temp path, with '/' (accepted by the CRT on Windows). */
static void make_scratch(char *dir, size_t size, const char *tag)
{
    char tmp[MAX_PATH];
    DWORD len = GetTempPathA(sizeof tmp, tmp);
    W3_REQUIRE(len > 0 && len < sizeof tmp);
    unsigned seed = (unsigned)time(NULL) ^ (unsigned)_getpid();
    for (int attempt = 0; attempt < 100; attempt++) {
        int n = snprintf(dir, size, "%sw3crt_%s_%08x", tmp, tag, seed + (unsigned)attempt);
        W3_REQUIRE(n > 0 && (size_t)n < size);
        if (_mkdir(dir) == 0)
            return;
    }
    W3_REQUIRE(!"no scratch directory");
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[MAX_PATH];
    join(path, sizeof path, dir, name);
    FILE *f = NULL;
    W3_REQUIRE(fopen_s(&f, path, "wb") == 0 && f);
    fputs(text, f);
    fclose(f);
}

static void remove_file(const char *dir, const char *name)
{
    char path[MAX_PATH];
    join(path, sizeof path, dir, name);
    W3_CHECK_EQ_I(remove(path), 0);
}

static unsigned __stdcall exit_with_argument(void *arg)
{
    return (unsigned)(uintptr_t)arg;
}

static unsigned __stdcall end_explicitly(void *arg)
{
    (void)arg;
    _endthreadex(9);
    return 1;
}

W3_TEST(beginthreadex_returns_a_waitable_handle)
{
    unsigned id = 0;
    uintptr_t h = _beginthreadex(NULL, 0, exit_with_argument, (void *)(uintptr_t)7, 0, &id);
    W3_REQUIRE(h != 0);
    W3_CHECK(id != 0);
    W3_CHECK_EQ(WaitForSingleObject((HANDLE)h, 10000), WAIT_OBJECT_0);
    DWORD code = 0;
    W3_CHECK(GetExitCodeThread((HANDLE)h, &code));
    W3_CHECK_EQ(code, 7);
    W3_CHECK(CloseHandle((HANDLE)h));

    h = _beginthreadex(NULL, 0, end_explicitly, NULL, 0, NULL);
    W3_REQUIRE(h != 0);
    W3_CHECK_EQ(WaitForSingleObject((HANDLE)h, 10000), WAIT_OBJECT_0);
    W3_CHECK(GetExitCodeThread((HANDLE)h, &code));
    W3_CHECK_EQ(code, 9);
    CloseHandle((HANDLE)h);
}

W3_TEST(beginthreadex_without_a_start_fails)
{
    crt_install_handler();
    errno = 0;
    W3_CHECK_EQ(_beginthreadex(NULL, 0, NULL, NULL, 0, NULL), 0);
    W3_CHECK_EQ_I(errno, EINVAL);
    CRT_CHECK_HANDLER_CALLS(1);
}

static void __cdecl signal_event(void *event)
{
    SetEvent((HANDLE)event);
}

W3_TEST(beginthread_runs_the_function)
{
    HANDLE done = CreateEventA(NULL, TRUE, FALSE, NULL);
    W3_REQUIRE(done != NULL);
    W3_CHECK(_beginthread(signal_event, 0, done) != (uintptr_t)-1);
    W3_CHECK_EQ(WaitForSingleObject(done, 10000), WAIT_OBJECT_0);
    CloseHandle(done);
    W3_CHECK_EQ(_getpid(), GetCurrentProcessId());
}

W3_TEST(aligned_malloc_aligns_and_realloc_keeps_the_bytes)
{
    unsigned char *p = _aligned_malloc(100, 64);
    W3_REQUIRE(p != NULL);
    W3_CHECK_EQ((uintptr_t)p % 64, 0);
    memset(p, 0xAB, 100);
    /* The alignment must stay the block's own (changing it is an error). */
    p = _aligned_realloc(p, 5000, 64);
    W3_REQUIRE(p != NULL);
    W3_CHECK_EQ((uintptr_t)p % 64, 0);
    W3_CHECK(p[0] == 0xAB && p[99] == 0xAB);
    _aligned_free(p);
    _aligned_free(NULL);
}

W3_TEST(aligned_malloc_rejects_an_alignment_not_a_power_of_two)
{
    crt_install_handler();
    errno = 0;
    W3_CHECK(_aligned_malloc(16, 3) == NULL);
    W3_CHECK_EQ_I(errno, EINVAL);
    CRT_CHECK_HANDLER_CALLS(1);
}

/* MinGW's inline _freea frees only heap blocks, but gcc, seeing its alloca branch,
 * warns that it frees a stack object. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wfree-nonheap-object"
W3_TEST(msize_and_malloca)
{
    void *p = malloc(10);
    W3_REQUIRE(p != NULL);
    W3_CHECK(_msize(p) >= 10);
    free(p);
    char *s = _malloca(64);
    W3_REQUIRE(s != NULL);
    strcpy(s, "stack or heap");
    W3_CHECK_STR(s, "stack or heap");
    _freea(s);
    char *a = _alloca(16);
    a[15] = 1;
    W3_CHECK_EQ(a[15], 1);
}
#pragma GCC diagnostic pop

W3_TEST(io_attributes_have_the_windows_values)
{
    W3_CHECK_EQ(_A_NORMAL, 0x00);
    W3_CHECK_EQ(_A_RDONLY, 0x01);
    W3_CHECK_EQ(_A_HIDDEN, 0x02);
    W3_CHECK_EQ(_A_SYSTEM, 0x04);
    W3_CHECK_EQ(_A_SUBDIR, 0x10);
    W3_CHECK_EQ(_A_ARCH, 0x20);
    W3_CHECK_EQ(_SH_DENYRW, 0x10);
    W3_CHECK_EQ(_SH_DENYWR, 0x20);
    W3_CHECK_EQ(_SH_DENYRD, 0x30);
    W3_CHECK_EQ(_SH_DENYNO, 0x40);
}

W3_TEST(findfirst_walks_matching_names)
{
    char dir[MAX_PATH], pattern[MAX_PATH];
    make_scratch(dir, sizeof dir, "find");
    write_file(dir, "a.txt", "12345");
    write_file(dir, "b.txt", "1");
    write_file(dir, "c.log", "");
    join(pattern, sizeof pattern, dir, "*.txt");

    struct _finddata_t data;
    intptr_t h = _findfirst(pattern, &data);
    W3_REQUIRE(h != -1);
    int seen_a = 0, seen_b = 0, count = 0;
    do {
        count++;
        if (strcmp(data.name, "a.txt") == 0) {
            seen_a = 1;
            W3_CHECK_EQ(data.size, 5);
            W3_CHECK_EQ(data.attrib & _A_SUBDIR, 0);
            W3_CHECK(data.time_write > 0);
        }
        seen_b |= strcmp(data.name, "b.txt") == 0;
    } while (_findnext(h, &data) == 0);
    W3_CHECK_EQ_I(errno, ENOENT);
    W3_CHECK_EQ_I(_findclose(h), 0);
    W3_CHECK_EQ_I(count, 2);
    W3_CHECK(seen_a && seen_b);

    remove_file(dir, "a.txt");
    remove_file(dir, "b.txt");
    remove_file(dir, "c.log");
    W3_CHECK_EQ_I(_rmdir(dir), 0);
}

W3_TEST(findfirst_without_a_match_is_enoent)
{
    char dir[MAX_PATH], pattern[MAX_PATH];
    make_scratch(dir, sizeof dir, "nomatch");
    join(pattern, sizeof pattern, dir, "*.none");
    struct _finddata_t data;
    errno = 0;
    W3_CHECK_EQ_I(_findfirst(pattern, &data), -1);
    W3_CHECK_EQ_I(errno, ENOENT);
    W3_REQUIRE(strlen(dir) < sizeof pattern);
    strcpy(pattern, dir);
    intptr_t h = _findfirst(pattern, &data);
    W3_REQUIRE(h != -1);
    W3_CHECK(data.attrib & _A_SUBDIR);
    _findclose(h);
    W3_CHECK_EQ_I(_rmdir(dir), 0);
}

W3_TEST(directories_and_file_lengths)
{
    char dir[MAX_PATH], path[MAX_PATH], cwd[MAX_PATH], inside[MAX_PATH];
    make_scratch(dir, sizeof dir, "direct");
    errno = 0;
    W3_CHECK_EQ_I(_mkdir(dir), -1);
    W3_CHECK_EQ_I(errno, EEXIST);

    W3_REQUIRE(_getcwd(cwd, sizeof cwd) != NULL);
    W3_CHECK_EQ_I(_chdir(dir), 0);
    W3_REQUIRE(_getcwd(inside, sizeof inside) != NULL);
    char *allocated = _getcwd(NULL, 0);
    W3_REQUIRE(allocated != NULL);
    W3_CHECK_STR(allocated, inside);
    free(allocated);
    W3_CHECK_EQ_I(_chdir(cwd), 0);

    write_file(dir, "len.bin", "hello");
    join(path, sizeof path, dir, "len.bin");
    FILE *f = NULL;
    W3_REQUIRE(fopen_s(&f, path, "rb") == 0);
    W3_CHECK_EQ_I(_filelength(_fileno(f)), 5);
    fclose(f);
    W3_CHECK_EQ_I(_access(path, 0), 0);
    remove_file(dir, "len.bin");
    W3_CHECK_EQ_I(_access(path, 0), -1);
    W3_CHECK_EQ_I(_rmdir(dir), 0);
    W3_CHECK_EQ_I(_rmdir(dir), -1);
    W3_CHECK_EQ_I(errno, ENOENT);
}

W3_TEST(fopen_s_reports_errors_as_its_result)
{
    char dir[MAX_PATH], path[MAX_PATH];
    make_scratch(dir, sizeof dir, "fopen");
    join(path, sizeof path, dir, "missing.txt");
    FILE *f = (FILE *)1;
    W3_CHECK_EQ_I(fopen_s(&f, path, "r"), ENOENT);
    W3_CHECK(f == NULL);
    /* Microsoft's text mode letter is accepted. */
    join(path, sizeof path, dir, "text.txt");
    W3_CHECK_EQ_I(fopen_s(&f, path, "wt"), 0);
    W3_REQUIRE(f != NULL);
    W3_CHECK(_fileno(f) >= 0);
    fclose(f);
    f = _fsopen(path, "r", _SH_DENYNO);
    W3_REQUIRE(f != NULL);
    fclose(f);
    remove_file(dir, "text.txt");
    W3_CHECK_EQ_I(_rmdir(dir), 0);
}

W3_TEST(fopen_s_without_a_file_pointer_is_einval)
{
    crt_install_handler();
    FILE *f = NULL;
    W3_CHECK_EQ_I(fopen_s(NULL, "x", "r"), EINVAL);
    W3_CHECK_EQ_I(fopen_s(&f, NULL, "r"), EINVAL);
    W3_CHECK(f == NULL);
    CRT_CHECK_HANDLER_CALLS(2);
}

W3_TEST(crtdbg_is_quiet_in_a_release_build)
{
    /* Built without _DEBUG: assertions and reports compile to nothing. */
    _ASSERTE(1 == 2);
    _ASSERT(0);
    _RPT0(_CRT_WARN, "not shown\n");
    _RPT1(_CRT_ERROR, "%d\n", 1);
    W3_CHECK_EQ_I(_CrtSetDbgFlag(_CRTDBG_REPORT_FLAG), 0);
    W3_CHECK_EQ_I(_CrtDumpMemoryLeaks(), 0);
    W3_CHECK_EQ(_CRT_WARN, 0);
    W3_CHECK_EQ(_CRT_ERROR, 1);
    W3_CHECK_EQ(_CRT_ASSERT, 2);
}

W3_TEST(stdlib_limits_and_intrinsics)
{
    char buf[17];
    W3_CHECK_EQ(_MAX_PATH, 260);
    W3_CHECK_EQ(_MAX_DRIVE, 3);
    W3_CHECK_EQ(_MAX_DIR, 256);
    W3_CHECK_EQ(_MAX_FNAME, 256);
    W3_CHECK_EQ(_MAX_EXT, 256);
    W3_CHECK_EQ(_MAX_ENV, 32767);
    W3_CHECK_EQ(_countof(buf), 17);
    W3_CHECK_EQ_I(__max(3, -5), 3);
    W3_CHECK_EQ_I(__min(3, -5), -5);
    W3_CHECK_EQ(_rotl(0x80000001u, 1), 3u);
    W3_CHECK_EQ(_rotr(3u, 1), 0x80000001u);
    W3_CHECK_EQ(_rotl64(1ull, 63), 0x8000000000000000ull);
    W3_CHECK_EQ(_byteswap_ulong(0x11223344u), 0x44332211u);
    W3_CHECK_EQ(_byteswap_ushort(0x1122), 0x2211);
    W3_CHECK_EQ(_byteswap_uint64(0x0102030405060708ull), 0x0807060504030201ull);
}

W3_TEST(stat_under_its_crt_names)
{
    char dir[MAX_PATH], path[MAX_PATH];
    make_scratch(dir, sizeof dir, "stat");
    write_file(dir, "s.bin", "1234567");
    join(path, sizeof path, dir, "s.bin");
    struct _stat st;
    W3_CHECK_EQ_I(_stat(path, &st), 0);
    W3_CHECK_EQ(st.st_size, 7);
    W3_CHECK((st.st_mode & _S_IFMT) == _S_IFREG);
    struct _stat64 st64;
    W3_CHECK_EQ_I(_stat64(dir, &st64), 0);
    W3_CHECK((st64.st_mode & _S_IFMT) == _S_IFDIR);
    FILE *f = NULL;
    W3_REQUIRE(fopen_s(&f, path, "rb") == 0);
    W3_CHECK_EQ_I(_fstat(_fileno(f), &st), 0);
    W3_CHECK_EQ(st.st_size, 7);
    fclose(f);
    errno = 0;
    join(path, sizeof path, dir, "absent");
    W3_CHECK_EQ_I(_stat(path, &st), -1);
    W3_CHECK_EQ_I(errno, ENOENT);
    W3_CHECK_EQ_I(_wstat(L"/surely/not/here", &st), -1);
    W3_CHECK_EQ_I(errno, ENOENT);
    remove_file(dir, "s.bin");
    W3_CHECK_EQ_I(_rmdir(dir), 0);
}

W3_TEST(ftime_gives_milliseconds_and_the_zone)
{
    struct _timeb now;
    time_t before = time(NULL);
    _ftime(&now);
    W3_CHECK(now.time >= before && now.time - before < 5);
    W3_CHECK(now.millitm < 1000);
    W3_CHECK(now.dstflag == 0 || now.dstflag == 1);
    W3_CHECK(now.timezone >= -14 * 60 && now.timezone <= 12 * 60);
}
