/* shlwapi.h path and string functions on Windows-style paths. */
#include <windows.h>
#include <shlwapi.h>

#include <string.h>
#include <wchar.h>

#include "w3test.h"

W3_TEST(path_combine_and_append)
{
    char path[MAX_PATH];
    WCHAR wide[MAX_PATH];
    W3_CHECK(PathCombineA(path, "C:\\site\\bin", "config\\app.ini") == path);
    W3_CHECK_STR(path, "C:\\site\\bin\\config\\app.ini");
    W3_CHECK(PathCombineA(path, "C:\\site\\bin", "..\\logs\\.\\x.log") == path);
    W3_CHECK_STR(path, "C:\\site\\logs\\x.log");
    W3_CHECK(PathCombineA(path, "C:\\site", "D:\\other\\f.txt") == path); /* absolute wins */
    W3_CHECK_STR(path, "D:\\other\\f.txt");
    lstrcpyA(path, "C:\\site");
    W3_CHECK(PathAppendA(path, "\\web.config"));
    W3_CHECK_STR(path, "C:\\site\\web.config");
    W3_CHECK(PathCombineW(wide, L"C:\\a\\", L"b.txt") == wide);
    W3_CHECK(wcscmp(wide, L"C:\\a\\b.txt") == 0);
}

W3_TEST(path_parts)
{
    char path[MAX_PATH];
    const char *full = "C:\\site\\bin\\filter.dll";
    W3_CHECK_STR(PathFindFileNameA(full), "filter.dll");
    W3_CHECK_STR(PathFindExtensionA(full), ".dll");
    W3_CHECK_STR(PathFindExtensionA("C:\\site.d\\README"), "");
    W3_CHECK(wcscmp(PathFindFileNameW(L"C:\\x\\y.txt"), L"y.txt") == 0);
    lstrcpyA(path, full);
    W3_CHECK(PathRemoveFileSpecA(path));
    W3_CHECK_STR(path, "C:\\site\\bin");
    lstrcpyA(path, "C:\\file.txt");
    W3_CHECK(PathRemoveFileSpecA(path));
    W3_CHECK_STR(path, "C:\\");
    lstrcpyA(path, "C:\\dir");
    W3_CHECK(*PathAddBackslashA(path) == '\0');
    W3_CHECK_STR(path, "C:\\dir\\");
    PathRemoveBackslashA(path);
    W3_CHECK_STR(path, "C:\\dir");
    W3_CHECK(PathIsRelativeA("dir\\file"));
    W3_CHECK(!PathIsRelativeA("C:\\dir"));
    W3_CHECK(!PathIsRelativeA("\\dir"));
}

W3_TEST(path_exists_and_directory)
{
    char dir[MAX_PATH], file[MAX_PATH];
    W3_REQUIRE(GetTempPathA(sizeof dir, dir) > 0);
    W3_CHECK(PathFileExistsA(dir));
    W3_CHECK(PathIsDirectoryA(dir));
    lstrcpyA(file, dir);
    W3_CHECK(PathAppendA(file, "w3t_shlwapi_missing.txt"));
    W3_CHECK(!PathFileExistsA(file));
    W3_CHECK(!PathIsDirectoryA(file));
}

W3_TEST(case_insensitive_strings)
{
    const char *header = "Content-Type: text/HTML; charset=utf-8";
    W3_CHECK(StrStrIA(header, "text/html") == header + 14);
    W3_CHECK(StrStrIA(header, "xml") == NULL);
    W3_CHECK(StrStrIW(L"Accept-Encoding: GZIP", L"gzip") != NULL);
    W3_CHECK_EQ_I(StrCmpIA("Host", "HOST"), 0);
    W3_CHECK(StrCmpIA("apple", "Banana") < 0);
    W3_CHECK_EQ_I(StrCmpNIA("Keep-Alive", "KEEP-ALIVE, Upgrade", 10), 0);
    W3_CHECK(StrCmpNIW(L"abc", L"abd", 3) < 0);
}
