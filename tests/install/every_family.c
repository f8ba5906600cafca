/* An unmodified Win32 program using one function of each compat family. It is built
 * against the installed package (pkg-config natively, MinGW in the Wine lane) and its
 * output is compared with expected_output.txt in both lanes. */
#include <windows.h>
#define STRSAFE_NO_DEPRECATE /* this program also calls wsprintf */
#include <strsafe.h>
#include <stdio.h>
#include <string.h>

static LONG counter;

static DWORD WINAPI worker(LPVOID arg)
{
    InterlockedIncrement((LONG volatile *)arg);
    return 42;
}

static void errors(void)
{
    char text[256];
    SetLastError(ERROR_ACCESS_DENIED);
    printf("errors: last=%u hresult=0x%08X formatted=%d\n", (unsigned)GetLastError(),
           (unsigned)HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED),
           FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL,
                          ERROR_ACCESS_DENIED, 0, text, sizeof text, NULL) > 0);
}

static void memory(void)
{
    MEMORY_BASIC_INFORMATION mbi;
    BYTE *p = VirtualAlloc(NULL, 3 * 4096, MEM_RESERVE, PAGE_NOACCESS);
    VirtualAlloc(p + 4096, 4096, MEM_COMMIT, PAGE_READWRITE);
    p[4096] = 7;
    VirtualQuery(p + 4096, &mbi, sizeof mbi);
    printf("virtual: committed=%d protect=0x%X size=%u\n", mbi.State == MEM_COMMIT,
           (unsigned)mbi.Protect, (unsigned)mbi.RegionSize);
    VirtualFree(p, 0, MEM_RELEASE);

    HANDLE heap = HeapCreate(0, 0, 0);
    char *block = HeapAlloc(heap, HEAP_ZERO_MEMORY, 100);
    printf("heap: size=%u zero=%d\n", (unsigned)HeapSize(heap, 0, block), block[99] == 0);
    HeapFree(heap, 0, block);
    HeapDestroy(heap);
}

static void modules(void)
{
    HMODULE none = LoadLibraryA("w3compat_no_such_module.dll");
    printf("modules: self=%d missing=%d error=%u\n", GetModuleHandleA(NULL) != NULL, none == NULL,
           (unsigned)GetLastError());
}

static void threads(void)
{
    CRITICAL_SECTION cs;
    DWORD code = 0;
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL);
    HANDLE thread = CreateThread(NULL, 0, worker, &counter, 0, NULL);
    DWORD slot = TlsAlloc();

    InitializeCriticalSection(&cs);
    EnterCriticalSection(&cs);
    EnterCriticalSection(&cs);
    LeaveCriticalSection(&cs);
    LeaveCriticalSection(&cs);
    DeleteCriticalSection(&cs);
    WaitForSingleObject(thread, INFINITE);
    GetExitCodeThread(thread, &code);
    TlsSetValue(slot, &counter);
    printf("threads: wait=%u counter=%d exit=%u tls=%d\n", (unsigned)WaitForSingleObject(event, 10),
           (int)counter, (unsigned)code, TlsGetValue(slot) == &counter);
    TlsFree(slot);
    CloseHandle(thread);
    CloseHandle(event);
}

static void time_family(void)
{
    SYSTEMTIME st = {1970, 1, 4, 1, 0, 0, 0, 0};
    FILETIME ft;
    SystemTimeToFileTime(&st, &ft);
    printf("time: epoch=%llu ticks=%d\n",
           ((unsigned long long)ft.dwHighDateTime << 32) | ft.dwLowDateTime, GetTickCount64() > 0);
}

static void strings(void)
{
    char small[6], tiny[6], out[64], upper[] = "filter";
    WCHAR wide[16];
    HRESULT copied = StringCchCopyA(tiny, sizeof tiny, "too long");
    lstrcpynA(small, "truncated", sizeof small);
    wsprintfA(out, "%lu-%ld", (DWORD)4000000000u, (LONG)-5);
    CharUpperA(upper);
    printf("strings: lstrcpyn=%s wsprintf=%s upper=%s wide=%d cch=%d\n", small, out, upper,
           MultiByteToWideChar(CP_UTF8, 0, "h\xc3\xa9", -1, wide, 16),
           copied == STRSAFE_E_INSUFFICIENT_BUFFER && lstrcmpA(tiny, "too l") == 0);
    printf("crt: strcpy_s=%d stricmp=%d\n", strcpy_s(out, sizeof out, "ok"),
           _stricmp("ISAPI", "isapi"));
}

static void event_log(void)
{
    HANDLE source = RegisterEventSourceA(NULL, "w3compat-install-check");
    const char *lines[] = {"install check"};
    BOOL reported = ReportEventA(source, EVENTLOG_INFORMATION_TYPE, 0, 1, NULL, 1, 0, lines, NULL);
    printf("eventlog: registered=%d reported=%d\n", source != NULL, reported);
    DeregisterEventSource(source);
    OutputDebugStringA("w3compat install check\n");
}

static void files(void)
{
    char dir[MAX_PATH], path[MAX_PATH];
    DWORD written = 0;
    LARGE_INTEGER size;
    WIN32_FIND_DATAA found;
    HANDLE h, find;

    GetTempPathA(sizeof dir, dir);
    StringCchPrintfA(path, MAX_PATH, "%sw3compat_every_family.txt", dir);
    h = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    WriteFile(h, "hello", 5, &written, NULL);
    GetFileSizeEx(h, &size);
    CloseHandle(h);
    find = FindFirstFileA(path, &found);
    printf("files: written=%u size=%lld found=%s\n", (unsigned)written, (long long)size.QuadPart,
           find != INVALID_HANDLE_VALUE ? found.cFileName : "-");
    FindClose(find);
    DeleteFileA(path);
    printf("files: after delete=%d\n", GetFileAttributesA(path) == INVALID_FILE_ATTRIBUTES);
}

/* Winsock through windows.h alone, which brings winsock.h as on Windows. */
static void winsock(void)
{
    WSADATA data;
    struct sockaddr_in at;
    int len = (int)sizeof at, started, bound, named, closed;
    SOCKET s;
    started = WSAStartup(MAKEWORD(2, 2), &data);
    s = socket(AF_INET, SOCK_STREAM, 0);
    memset(&at, 0, sizeof at);
    at.sin_family = AF_INET;
    at.sin_addr.s_addr = inet_addr("127.0.0.1");
    bound = bind(s, (struct sockaddr *)&at, (int)sizeof at) == 0;
    named = getsockname(s, (struct sockaddr *)&at, &len) == 0 && ntohs(at.sin_port) != 0;
    closed = closesocket(s);
    printf("winsock: startup=%d version=0x%x bound=%d named=%d closed=%d cleanup=%d\n", started,
           (unsigned)data.wVersion, bound, named, closed, WSACleanup());
}

int main(void)
{
    errors();
    memory();
    modules();
    threads();
    time_family();
    strings();
    event_log();
    files();
    winsock();
    return 0;
}
