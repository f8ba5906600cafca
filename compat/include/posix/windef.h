/* Win32 base types, calling conventions and helper macros for POSIX.
 *
 * Sizes follow Windows, not the host's C model: DWORD, LONG and ULONG are 32 bits even
 * on LP64 Linux, where C's long is 64 bits. WCHAR is the compiler's wchar_t (32 bits
 * on Linux) so that L"..." literals and the C library's wcs* functions work unchanged;
 * docs/wchar.md explains the choice. */
#ifndef W3COMPAT_WINDEF_H
#define W3COMPAT_WINDEF_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "sal.h"
#include "w3compat_export.h"

#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#ifndef WINVER
#define WINVER _WIN32_WINNT
#endif

/* Calling conventions and MSVC keywords that mean nothing to gcc on these targets. */
#define __stdcall
#define _stdcall
#define __cdecl
#define _cdecl
#define __fastcall
#define __thiscall
#define __w64
#define __ptr64
#define __ptr32
#define __unaligned
#define __forceinline inline __attribute__((always_inline))
#ifndef __inline
#define __inline inline
#endif
#define __int8 char
#define __int16 short
#define __int32 int
#define __int64 long long

#define WINAPI
#define WINAPIV
#define APIENTRY
#define CALLBACK
#define PASCAL
#define NTAPI
#define STDAPICALLTYPE
#define STDMETHODCALLTYPE
#define STDMETHODVCALLTYPE
#define FAR
#define NEAR
#define far
#define near
#define CONST const
#define IN
#define OUT
#define OPTIONAL

/* __declspec(x): what has a gcc equivalent maps to it, the rest vanishes. */
#define __declspec(x) __w3_declspec_##x
#define __w3_declspec_dllexport __attribute__((visibility("default")))
#define __w3_declspec_dllimport
#define __w3_declspec_noinline __attribute__((noinline))
#define __w3_declspec_noreturn __attribute__((__noreturn__))
#define __w3_declspec_nothrow
#define __w3_declspec_novtable
#define __w3_declspec_selectany __attribute__((weak))
#define __w3_declspec_thread __thread
#define __w3_declspec_deprecated __attribute__((deprecated))
#define __w3_declspec_restrict
#define __w3_declspec_noalias
#define __w3_declspec_align(n) __attribute__((aligned(n)))
#define __w3_declspec_uuid(s)
#define __w3_declspec_property(...)
#define DECLSPEC_IMPORT
#define DECLSPEC_EXPORT __attribute__((visibility("default")))
#define DECLSPEC_NORETURN __attribute__((__noreturn__))
#define DECLSPEC_NOVTABLE
#define DECLSPEC_SELECTANY __attribute__((weak))
#define DECLSPEC_ALIGN(n) __attribute__((aligned(n)))
#define DECLSPEC_UUID(s)
#define DECLSPEC_NOINLINE __attribute__((noinline))
#define FORCEINLINE __forceinline
#define NOP_FUNCTION (void)0

/* Win32 functions are exported by libw3compat. */
#define WINBASEAPI W3COMPAT_EXPORT
#define WINUSERAPI W3COMPAT_EXPORT
#define WINADVAPI W3COMPAT_EXPORT
#define NTSYSAPI W3COMPAT_EXPORT

#ifdef __cplusplus
#define W3COMPAT_BEGIN_C extern "C" {
#define W3COMPAT_END_C }
#define EXTERN_C extern "C"
#else
#define W3COMPAT_BEGIN_C
#define W3COMPAT_END_C
#define EXTERN_C extern
#endif

#define VOID void
typedef char CHAR;
typedef short SHORT;
typedef int LONG;
typedef int INT;
typedef unsigned int UINT;
typedef unsigned char UCHAR, BYTE, BOOLEAN;
typedef unsigned char boolean; /* MIDL's boolean (rpcndr.h), which windows.h brings in */
typedef unsigned short USHORT, WORD;
typedef unsigned int ULONG, DWORD;
typedef int BOOL;
typedef float FLOAT;
typedef double DOUBLE;
typedef long long LONGLONG;
typedef unsigned long long ULONGLONG, DWORDLONG;
typedef signed char INT8;
typedef unsigned char UINT8;
typedef short INT16;
typedef unsigned short UINT16;
typedef int INT32, LONG32;
typedef unsigned int UINT32, ULONG32, DWORD32;
typedef long long INT64, LONG64;
typedef unsigned long long UINT64, ULONG64, DWORD64;
typedef char CCHAR;
typedef wchar_t WCHAR;

typedef intptr_t INT_PTR, LONG_PTR, SSIZE_T;
typedef uintptr_t UINT_PTR, ULONG_PTR, DWORD_PTR, SIZE_T;
typedef INT_PTR *PINT_PTR;
typedef UINT_PTR *PUINT_PTR;
typedef LONG_PTR *PLONG_PTR;
typedef ULONG_PTR *PULONG_PTR;
typedef DWORD_PTR *PDWORD_PTR;
typedef SIZE_T *PSIZE_T;
typedef SSIZE_T *PSSIZE_T;

typedef void *PVOID, *LPVOID;
typedef const void *PCVOID, *LPCVOID;
typedef CHAR *PCHAR, *LPCH, *PCH, *PSTR, *LPSTR, *NPSTR, *PSZ;
typedef const CHAR *PCCH, *LPCCH, *PCSTR, *LPCSTR, *PCSZ;
typedef WCHAR *PWCHAR, *LPWCH, *PWCH, *PWSTR, *LPWSTR, *NWPSTR;
typedef const WCHAR *PCWCH, *LPCWCH, *PCWSTR, *LPCWSTR;
typedef BYTE *PBYTE, *LPBYTE;
typedef const BYTE *LPCBYTE;
typedef UCHAR *PUCHAR;
typedef BOOLEAN *PBOOLEAN;
typedef BOOL *PBOOL, *LPBOOL;
typedef WORD *PWORD, *LPWORD;
typedef USHORT *PUSHORT;
typedef SHORT *PSHORT;
typedef DWORD *PDWORD, *LPDWORD;
typedef LONG *PLONG, *LPLONG;
typedef ULONG *PULONG;
typedef INT *PINT, *LPINT;
typedef UINT *PUINT, *LPUINT;
typedef FLOAT *PFLOAT;
typedef LONGLONG *PLONGLONG;
typedef ULONGLONG *PULONGLONG;
typedef DWORD64 *PDWORD64;
typedef ULONG64 *PULONG64;
typedef LONG64 *PLONG64;

typedef LONG HRESULT;
typedef DWORD LCID;
typedef WORD LANGID;
typedef WORD ATOM;
typedef DWORD COLORREF;
typedef UINT_PTR WPARAM;
typedef LONG_PTR LPARAM;
typedef LONG_PTR LRESULT;

typedef void *HANDLE;
typedef HANDLE *PHANDLE, *LPHANDLE;
#define DECLARE_HANDLE(name)                                                                       \
    struct name##__ {                                                                              \
        int unused;                                                                                \
    };                                                                                             \
    typedef struct name##__ *name
DECLARE_HANDLE(HINSTANCE);
DECLARE_HANDLE(HKEY);
DECLARE_HANDLE(HWND);
DECLARE_HANDLE(HRSRC);
typedef HINSTANCE HMODULE;
typedef HANDLE HLOCAL, HGLOBAL, HGDIOBJ;
typedef HKEY *PHKEY;

typedef INT_PTR(WINAPI *FARPROC)(void);
typedef INT_PTR(WINAPI *NEARPROC)(void);
typedef INT_PTR(WINAPI *PROC)(void);

#ifdef UNICODE
typedef WCHAR TCHAR, TBYTE;
#define __TEXT(q) L##q
#else
typedef char TCHAR, TBYTE;
#define __TEXT(q) q
#endif
#define TEXT(q) __TEXT(q)
typedef TCHAR *PTCHAR, *PTSTR, *LPTSTR;
typedef const TCHAR *PCTSTR, *LPCTSTR;

#ifndef NULL
#define NULL ((void *)0)
#endif
#ifndef FALSE
#define FALSE 0
#endif
#ifndef TRUE
#define TRUE 1
#endif
#define MAX_PATH 260
#define INFINITE 0xFFFFFFFFu
#define ANYSIZE_ARRAY 1

#define MAXCHAR 0x7f
#define MAXSHORT 0x7fff
#define MAXLONG 0x7fffffff
#define MAXBYTE 0xff
#define MAXWORD 0xffff
#define MAXDWORD 0xffffffffu
#define MAXULONG_PTR (~(ULONG_PTR)0)
#define MAXLONG_PTR ((LONG_PTR)(MAXULONG_PTR >> 1))
#define MAXSIZE_T MAXULONG_PTR

#define MAKEWORD(lo, hi)                                                                           \
    ((WORD)(((BYTE)((DWORD_PTR)(lo)&0xff)) | ((WORD)((BYTE)((DWORD_PTR)(hi)&0xff))) << 8))
#define MAKELONG(lo, hi)                                                                           \
    ((LONG)(((WORD)((DWORD_PTR)(lo)&0xffff)) | ((DWORD)((WORD)((DWORD_PTR)(hi)&0xffff))) << 16))
#define LOWORD(l) ((WORD)((DWORD_PTR)(l)&0xffff))
#define HIWORD(l) ((WORD)((DWORD_PTR)(l) >> 16))
#define LOBYTE(w) ((BYTE)((DWORD_PTR)(w)&0xff))
#define HIBYTE(w) ((BYTE)((DWORD_PTR)(w) >> 8))

#define UNREFERENCED_PARAMETER(p) ((void)(p))
#define DBG_UNREFERENCED_PARAMETER(p) ((void)(p))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(v) ((void)(v))
#define UNUSED_PARAMETER(p) ((void)(p))

#define FIELD_OFFSET(type, field) ((LONG)offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define CONTAINING_RECORD(address, type, field) ((type *)((char *)(address)-offsetof(type, field)))
#define RTL_NUMBER_OF(a) (sizeof(a) / sizeof((a)[0]))
#define RTL_NUMBER_OF_V1(a) RTL_NUMBER_OF(a)
#define RTL_NUMBER_OF_V2(a) RTL_NUMBER_OF(a)
#define ARRAYSIZE(a) RTL_NUMBER_OF(a)
#ifndef _countof
#define _countof(a) RTL_NUMBER_OF(a)
#endif

/* A compile-time assertion, usable wherever a declaration is. */
#if defined(__cplusplus) && __cplusplus >= 201103L
#define C_ASSERT(e) static_assert(e, #e)
#elif defined(__cplusplus)
#define C_ASSERT(e) extern char w3_c_assert_failed_[(e) ? 1 : -1]
#else
#define C_ASSERT(e) _Static_assert(e, #e)
#endif

/* As in the MinGW headers (the other build of the same sources): C only, because in C++
 * the macros would break std::min and std::max in the standard library's headers. */
#if !defined(NOMINMAX) && !defined(__cplusplus)
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#endif

typedef union _LARGE_INTEGER {
    struct {
        DWORD LowPart;
        LONG HighPart;
    };
    struct {
        DWORD LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        DWORD LowPart;
        DWORD HighPart;
    };
    struct {
        DWORD LowPart;
        DWORD HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef struct _FILETIME {
    DWORD dwLowDateTime;
    DWORD dwHighDateTime;
} FILETIME, *PFILETIME, *LPFILETIME;

typedef struct _SYSTEMTIME {
    WORD wYear;
    WORD wMonth;
    WORD wDayOfWeek;
    WORD wDay;
    WORD wHour;
    WORD wMinute;
    WORD wSecond;
    WORD wMilliseconds;
} SYSTEMTIME, *PSYSTEMTIME, *LPSYSTEMTIME;

typedef struct _SECURITY_ATTRIBUTES {
    DWORD nLength;
    LPVOID lpSecurityDescriptor;
    BOOL bInheritHandle;
} SECURITY_ATTRIBUTES, *PSECURITY_ATTRIBUTES, *LPSECURITY_ATTRIBUTES;

typedef struct _OVERLAPPED {
    ULONG_PTR Internal;
    ULONG_PTR InternalHigh;
    union {
        struct {
            DWORD Offset;
            DWORD OffsetHigh;
        };
        PVOID Pointer;
    };
    HANDLE hEvent;
} OVERLAPPED, *LPOVERLAPPED;
typedef VOID(WINAPI *LPOVERLAPPED_COMPLETION_ROUTINE)(DWORD dwErrorCode,
                                                      DWORD dwNumberOfBytesTransfered,
                                                      LPOVERLAPPED lpOverlapped);

/* Security identifiers are opaque here; only pointers to them are passed around. */

typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY;

typedef struct _LUID {
    DWORD LowPart;
    LONG HighPart;
} LUID, *PLUID;

typedef struct _RECT {
    LONG left, top, right, bottom;
} RECT, *PRECT, *LPRECT;

typedef struct tagPOINT {
    LONG x, y;
} POINT, *PPOINT, *LPPOINT;

/* Exception and status codes (NTSTATUS values), as a process sees them when it ends. */
#define STATUS_WAIT_0 ((DWORD)0x00000000)
#define STATUS_ABANDONED_WAIT_0 ((DWORD)0x00000080)
#define STATUS_TIMEOUT ((DWORD)0x00000102)
#define STATUS_PENDING ((DWORD)0x00000103)
#define STATUS_ACCESS_VIOLATION ((DWORD)0xC0000005)
#define STATUS_INVALID_HANDLE ((DWORD)0xC0000008)
#define STATUS_NO_MEMORY ((DWORD)0xC0000017)
#define STATUS_ILLEGAL_INSTRUCTION ((DWORD)0xC000001D)
#define STATUS_NONCONTINUABLE_EXCEPTION ((DWORD)0xC0000025)
#define STATUS_INTEGER_DIVIDE_BY_ZERO ((DWORD)0xC0000094)
#define STATUS_STACK_OVERFLOW ((DWORD)0xC00000FD)
#define STATUS_HEAP_CORRUPTION ((DWORD)0xC0000374)
#define STATUS_INVALID_CRUNTIME_PARAMETER ((DWORD)0xC0000417)
#define EXCEPTION_ACCESS_VIOLATION STATUS_ACCESS_VIOLATION
#define EXCEPTION_INT_DIVIDE_BY_ZERO STATUS_INTEGER_DIVIDE_BY_ZERO
#define EXCEPTION_STACK_OVERFLOW STATUS_STACK_OVERFLOW
#define EXCEPTION_ILLEGAL_INSTRUCTION STATUS_ILLEGAL_INSTRUCTION
#define EXCEPTION_NONCONTINUABLE_EXCEPTION STATUS_NONCONTINUABLE_EXCEPTION

/* What an exception filter (__except, SetUnhandledExceptionFilter) is given. A thread's
 * CONTEXT is the processor's registers, whose layout is the platform's: it is declared
 * here but not defined. */
#define EXCEPTION_MAXIMUM_PARAMETERS 15
#define EXCEPTION_EXECUTE_HANDLER 1
#define EXCEPTION_CONTINUE_SEARCH 0
#define EXCEPTION_CONTINUE_EXECUTION (-1)
typedef struct _EXCEPTION_RECORD {
    DWORD ExceptionCode;
    DWORD ExceptionFlags;
    struct _EXCEPTION_RECORD *ExceptionRecord;
    PVOID ExceptionAddress;
    DWORD NumberParameters;
    ULONG_PTR ExceptionInformation[EXCEPTION_MAXIMUM_PARAMETERS];
} EXCEPTION_RECORD, *PEXCEPTION_RECORD;
typedef struct _CONTEXT CONTEXT, *PCONTEXT;
typedef struct _EXCEPTION_POINTERS {
    PEXCEPTION_RECORD ExceptionRecord;
    PCONTEXT ContextRecord;
} EXCEPTION_POINTERS, *PEXCEPTION_POINTERS, *LPEXCEPTION_POINTERS;

#endif
