/* Version resources: a file without one, and a file that is not there. */
#include <windows.h>

#include "w3test.h"

W3_TEST(file_without_version_resource)
{
    char self[MAX_PATH];
    DWORD handle = 99;
    BYTE block[64];
    W3_REQUIRE(GetModuleFileNameA(NULL, self, sizeof self) > 0);
    SetLastError(0);
    W3_CHECK_EQ(GetFileVersionInfoSizeA(self, &handle), 0);
    W3_CHECK(GetLastError() == ERROR_RESOURCE_TYPE_NOT_FOUND ||
             GetLastError() == ERROR_RESOURCE_DATA_NOT_FOUND);
    W3_CHECK_EQ(handle, 0);
    SetLastError(0);
    W3_CHECK(!GetFileVersionInfoA(self, 0, sizeof block, block));
    W3_CHECK(GetLastError() == ERROR_RESOURCE_TYPE_NOT_FOUND ||
             GetLastError() == ERROR_RESOURCE_DATA_NOT_FOUND);
}

W3_TEST(missing_file_has_no_version)
{
    char dir[MAX_PATH], path[MAX_PATH + 32];
    DWORD handle;
    W3_REQUIRE(GetTempPathA(sizeof dir, dir) > 0);
    lstrcpyA(path, dir);
    lstrcatA(path, "w3t_no_such_file.dll");
    SetLastError(0);
    W3_CHECK_EQ(GetFileVersionInfoSizeA(path, &handle), 0);
    W3_CHECK_EQ(GetLastError(), ERROR_FILE_NOT_FOUND);
}
