/* Loading modules: LoadLibrary over dlopen.
 *
 * Module names: a name with a directory part ('/' or '\') is loaded from that path; a
 * bare name is looked for in the directory of the executable first, then by the
 * system's search (LD_LIBRARY_PATH, the linker cache, /lib, /usr/lib), as Windows
 * searches the application directory before the system's. For each place, these file
 * names are tried in order, so that unchanged code calling LoadLibrary("myfilter.dll")
 * finds myfilter.so:
 *   - the name as given ("myfilter.dll", "libz.so.1");
 *   - for a name ending in ".dll" (any case), the name with ".so" in its place;
 *   - for a name without an extension, the name with ".so" appended (Windows appends
 *     ".dll"); a trailing '.' means "no extension, append nothing", as on Windows.
 * A module loaded under two names that reach the same file is one module: the same
 * HMODULE, one reference count. An HMODULE is the module's load address.
 *
 * DllMain: an exported DllMain(HINSTANCE, DWORD, LPVOID) of the loaded object itself is
 * called with DLL_PROCESS_ATTACH on its first load and DLL_PROCESS_DETACH when the last
 * reference goes; FALSE from attach fails the load with ERROR_DLL_INIT_FAILED. Thread
 * attach/detach notifications are not delivered. The text of the last dlopen/dlsym
 * failure is available from W3GetLastLoaderMessage (w3compat.h). */
#ifndef W3COMPAT_LIBLOADERAPI_H
#define W3COMPAT_LIBLOADERAPI_H

#include "windef.h"

#define DLL_PROCESS_DETACH 0
#define DLL_PROCESS_ATTACH 1
#define DLL_THREAD_ATTACH 2
#define DLL_THREAD_DETACH 3

/* LoadLibraryEx flags. All are accepted; the data-file and image-resource flags load
 * the module as code all the same (dlopen cannot map an object without running it), and
 * the search-path flags keep the search order above. */
#define DONT_RESOLVE_DLL_REFERENCES 0x00000001
#define LOAD_LIBRARY_AS_DATAFILE 0x00000002
#define LOAD_WITH_ALTERED_SEARCH_PATH 0x00000008
#define LOAD_IGNORE_CODE_AUTHZ_LEVEL 0x00000010
#define LOAD_LIBRARY_AS_IMAGE_RESOURCE 0x00000020
#define LOAD_LIBRARY_AS_DATAFILE_EXCLUSIVE 0x00000040
#define LOAD_LIBRARY_REQUIRE_SIGNED_TARGET 0x00000080
#define LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR 0x00000100
#define LOAD_LIBRARY_SEARCH_APPLICATION_DIR 0x00000200
#define LOAD_LIBRARY_SEARCH_USER_DIRS 0x00000400
#define LOAD_LIBRARY_SEARCH_SYSTEM32 0x00000800
#define LOAD_LIBRARY_SEARCH_DEFAULT_DIRS 0x00001000

/* GetModuleHandleEx: with FROM_ADDRESS, lpModuleName is an address inside the module. */
#define GET_MODULE_HANDLE_EX_FLAG_PIN 0x00000001u
#define GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT 0x00000002u
#define GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS 0x00000004u

W3COMPAT_BEGIN_C

WINBASEAPI HMODULE WINAPI LoadLibraryA(LPCSTR lpLibFileName);
WINBASEAPI HMODULE WINAPI LoadLibraryW(LPCWSTR lpLibFileName);
WINBASEAPI HMODULE WINAPI LoadLibraryExA(LPCSTR lpLibFileName, HANDLE hFile, DWORD dwFlags);
WINBASEAPI HMODULE WINAPI LoadLibraryExW(LPCWSTR lpLibFileName, HANDLE hFile, DWORD dwFlags);
WINBASEAPI BOOL WINAPI FreeLibrary(HMODULE hLibModule);
WINBASEAPI FARPROC WINAPI GetProcAddress(HMODULE hModule, LPCSTR lpProcName);
WINBASEAPI HMODULE WINAPI GetModuleHandleA(LPCSTR lpModuleName);
WINBASEAPI HMODULE WINAPI GetModuleHandleW(LPCWSTR lpModuleName);
WINBASEAPI BOOL WINAPI GetModuleHandleExA(DWORD dwFlags, LPCSTR lpModuleName, HMODULE *phModule);
WINBASEAPI BOOL WINAPI GetModuleHandleExW(DWORD dwFlags, LPCWSTR lpModuleName,
                                          HMODULE *phModule);
WINBASEAPI DWORD WINAPI GetModuleFileNameA(HMODULE hModule, LPSTR lpFilename, DWORD nSize);
WINBASEAPI DWORD WINAPI GetModuleFileNameW(HMODULE hModule, LPWSTR lpFilename, DWORD nSize);
WINBASEAPI BOOL WINAPI DisableThreadLibraryCalls(HMODULE hLibModule);

W3COMPAT_END_C

#ifdef UNICODE
#define LoadLibrary LoadLibraryW
#define LoadLibraryEx LoadLibraryExW
#define GetModuleHandle GetModuleHandleW
#define GetModuleHandleEx GetModuleHandleExW
#define GetModuleFileName GetModuleFileNameW
#else
#define LoadLibrary LoadLibraryA
#define LoadLibraryEx LoadLibraryExA
#define GetModuleHandle GetModuleHandleA
#define GetModuleHandleEx GetModuleHandleExA
#define GetModuleFileName GetModuleFileNameA
#endif

#endif
