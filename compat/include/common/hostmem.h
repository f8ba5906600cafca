/* The CLR host memory interfaces (IHostMemoryManager, IHostMAlloc,
 * ICLRMemoryNotificationCallback) with their types and results, as mscoree.h declares
 * them, usable from C and C++; and w3compat's default host memory manager.
 *
 * MinGW's mscoree.h lacks these interfaces, so this header declares them on every
 * platform; on POSIX, compat's mscoree.h includes it. Method order and signatures are
 * those of the CLR hosting documentation; the C form is a vtable struct, the C++ form
 * an abstract class of the same layout. */
#ifndef W3COMPAT_HOSTMEM_H
#define W3COMPAT_HOSTMEM_H

#ifdef _WIN32
#include <windows.h>
#include <unknwn.h>
#include <corerror.h>
#else
#include "windows.h"
#include "unknwn.h"
#endif

#include "w3compat_export.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef HOST_E_INVALIDOPERATION
#define HOST_E_INVALIDOPERATION ((HRESULT)0x80131022L)
#define HOST_E_CLRNOTAVAILABLE ((HRESULT)0x80131023L)
#define HOST_E_TIMEOUT ((HRESULT)0x80131024L)
#define HOST_E_NOT_OWNER ((HRESULT)0x80131025L)
#define HOST_E_ABANDONED ((HRESULT)0x80131026L)
#endif

/* How badly the caller needs the memory; a host may refuse less critical requests first. */
typedef enum {
    eTaskCritical = 0,
    eAppDomainCritical = 1,
    eProcessCritical = 2
} EMemoryCriticalLevel;

/* dwMallocType of IHostMemoryManager::CreateMalloc. */
typedef enum { MALLOC_THREADSAFE = 0x1, MALLOC_EXECUTABLE = 0x2 } MALLOC_TYPE;

/* What ICLRMemoryNotificationCallback::OnMemoryNotification is told. */
typedef enum {
    eMemoryAvailableLow = 1,
    eMemoryAvailableNeutral = 2,
    eMemoryAvailableHigh = 3
} EMemoryAvailable;

typedef struct ICLRMemoryNotificationCallback ICLRMemoryNotificationCallback;
typedef struct IHostMAlloc IHostMAlloc;
typedef IHostMAlloc IHostMalloc; /* both spellings appear in the documentation */
typedef struct IHostMemoryManager IHostMemoryManager;

W3COMPAT_EXPORT extern const IID IID_ICLRMemoryNotificationCallback;
W3COMPAT_EXPORT extern const IID IID_IHostMAlloc;
W3COMPAT_EXPORT extern const IID IID_IHostMemoryManager;
#define IID_IHostMalloc IID_IHostMAlloc

#ifdef __cplusplus
}
#endif

#if defined(__cplusplus) && !defined(CINTERFACE)

struct ICLRMemoryNotificationCallback : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE OnMemoryNotification(EMemoryAvailable eMemoryAvailable) = 0;
};

struct IHostMAlloc : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE Alloc(SIZE_T cbSize, EMemoryCriticalLevel eCriticalLevel,
                                            void **ppMem) = 0;
    virtual HRESULT STDMETHODCALLTYPE DebugAlloc(SIZE_T cbSize, EMemoryCriticalLevel eCriticalLevel,
                                                 char *pszFileName, int iLineNo, void **ppMem) = 0;
    virtual HRESULT STDMETHODCALLTYPE Free(void *pMem) = 0;
};

struct IHostMemoryManager : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE CreateMalloc(DWORD dwMallocType, IHostMalloc **ppMalloc) = 0;
    virtual HRESULT STDMETHODCALLTYPE VirtualAlloc(void *pAddress, SIZE_T dwSize,
                                                   DWORD flAllocationType, DWORD flProtect,
                                                   EMemoryCriticalLevel eCriticalLevel,
                                                   void **ppMem) = 0;
    virtual HRESULT STDMETHODCALLTYPE VirtualFree(LPVOID lpAddress, SIZE_T dwSize,
                                                  DWORD dwFreeType) = 0;
    virtual HRESULT STDMETHODCALLTYPE VirtualQuery(void *lpAddress, void *lpBuffer, SIZE_T dwLength,
                                                   SIZE_T *pResult) = 0;
    virtual HRESULT STDMETHODCALLTYPE VirtualProtect(void *lpAddress, SIZE_T dwSize,
                                                     DWORD flNewProtect, DWORD *pflOldProtect) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMemoryLoad(DWORD *pMemoryLoad,
                                                    SIZE_T *pAvailableBytes) = 0;
    virtual HRESULT STDMETHODCALLTYPE
    RegisterMemoryNotificationCallback(ICLRMemoryNotificationCallback *pCallback) = 0;
    virtual HRESULT STDMETHODCALLTYPE NeedsVirtualAddressSpace(LPVOID startAddress,
                                                               SIZE_T size) = 0;
    virtual HRESULT STDMETHODCALLTYPE AcquiredVirtualAddressSpace(LPVOID startAddress,
                                                                  SIZE_T size) = 0;
    virtual HRESULT STDMETHODCALLTYPE ReleasedVirtualAddressSpace(LPVOID startAddress) = 0;
};

#else

typedef struct ICLRMemoryNotificationCallbackVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)
    (ICLRMemoryNotificationCallback *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(ICLRMemoryNotificationCallback *This);
    ULONG(STDMETHODCALLTYPE *Release)(ICLRMemoryNotificationCallback *This);
    HRESULT(STDMETHODCALLTYPE *OnMemoryNotification)
    (ICLRMemoryNotificationCallback *This, EMemoryAvailable eMemoryAvailable);
} ICLRMemoryNotificationCallbackVtbl;

struct ICLRMemoryNotificationCallback {
    const ICLRMemoryNotificationCallbackVtbl *lpVtbl;
};

typedef struct IHostMAllocVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IHostMAlloc *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IHostMAlloc *This);
    ULONG(STDMETHODCALLTYPE *Release)(IHostMAlloc *This);
    HRESULT(STDMETHODCALLTYPE *Alloc)
    (IHostMAlloc *This, SIZE_T cbSize, EMemoryCriticalLevel eCriticalLevel, void **ppMem);
    HRESULT(STDMETHODCALLTYPE *DebugAlloc)
    (IHostMAlloc *This, SIZE_T cbSize, EMemoryCriticalLevel eCriticalLevel, char *pszFileName,
     int iLineNo, void **ppMem);
    HRESULT(STDMETHODCALLTYPE *Free)(IHostMAlloc *This, void *pMem);
} IHostMAllocVtbl;

struct IHostMAlloc {
    const IHostMAllocVtbl *lpVtbl;
};

typedef struct IHostMemoryManagerVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)
    (IHostMemoryManager *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IHostMemoryManager *This);
    ULONG(STDMETHODCALLTYPE *Release)(IHostMemoryManager *This);
    HRESULT(STDMETHODCALLTYPE *CreateMalloc)
    (IHostMemoryManager *This, DWORD dwMallocType, IHostMalloc **ppMalloc);
    HRESULT(STDMETHODCALLTYPE *VirtualAlloc)
    (IHostMemoryManager *This, void *pAddress, SIZE_T dwSize, DWORD flAllocationType,
     DWORD flProtect, EMemoryCriticalLevel eCriticalLevel, void **ppMem);
    HRESULT(STDMETHODCALLTYPE *VirtualFree)
    (IHostMemoryManager *This, LPVOID lpAddress, SIZE_T dwSize, DWORD dwFreeType);
    HRESULT(STDMETHODCALLTYPE *VirtualQuery)
    (IHostMemoryManager *This, void *lpAddress, void *lpBuffer, SIZE_T dwLength, SIZE_T *pResult);
    HRESULT(STDMETHODCALLTYPE *VirtualProtect)
    (IHostMemoryManager *This, void *lpAddress, SIZE_T dwSize, DWORD flNewProtect,
     DWORD *pflOldProtect);
    HRESULT(STDMETHODCALLTYPE *GetMemoryLoad)
    (IHostMemoryManager *This, DWORD *pMemoryLoad, SIZE_T *pAvailableBytes);
    HRESULT(STDMETHODCALLTYPE *RegisterMemoryNotificationCallback)
    (IHostMemoryManager *This, ICLRMemoryNotificationCallback *pCallback);
    HRESULT(STDMETHODCALLTYPE *NeedsVirtualAddressSpace)
    (IHostMemoryManager *This, LPVOID startAddress, SIZE_T size);
    HRESULT(STDMETHODCALLTYPE *AcquiredVirtualAddressSpace)
    (IHostMemoryManager *This, LPVOID startAddress, SIZE_T size);
    HRESULT(STDMETHODCALLTYPE *ReleasedVirtualAddressSpace)
    (IHostMemoryManager *This, LPVOID startAddress);
} IHostMemoryManagerVtbl;

struct IHostMemoryManager {
    const IHostMemoryManagerVtbl *lpVtbl;
};

#define ICLRMemoryNotificationCallback_QueryInterface(This, riid, ppv)                             \
    ((This)->lpVtbl->QueryInterface(This, riid, ppv))
#define ICLRMemoryNotificationCallback_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define ICLRMemoryNotificationCallback_Release(This) ((This)->lpVtbl->Release(This))
#define ICLRMemoryNotificationCallback_OnMemoryNotification(This, e)                               \
    ((This)->lpVtbl->OnMemoryNotification(This, e))

#define IHostMAlloc_QueryInterface(This, riid, ppv)                                                \
    ((This)->lpVtbl->QueryInterface(This, riid, ppv))
#define IHostMAlloc_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IHostMAlloc_Release(This) ((This)->lpVtbl->Release(This))
#define IHostMAlloc_Alloc(This, cb, level, ppMem) ((This)->lpVtbl->Alloc(This, cb, level, ppMem))
#define IHostMAlloc_DebugAlloc(This, cb, level, file, line, ppMem)                                 \
    ((This)->lpVtbl->DebugAlloc(This, cb, level, file, line, ppMem))
#define IHostMAlloc_Free(This, pMem) ((This)->lpVtbl->Free(This, pMem))

#define IHostMemoryManager_QueryInterface(This, riid, ppv)                                         \
    ((This)->lpVtbl->QueryInterface(This, riid, ppv))
#define IHostMemoryManager_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IHostMemoryManager_Release(This) ((This)->lpVtbl->Release(This))
#define IHostMemoryManager_CreateMalloc(This, type, pp)                                            \
    ((This)->lpVtbl->CreateMalloc(This, type, pp))
#define IHostMemoryManager_VirtualAlloc(This, addr, cb, type, prot, level, pp)                     \
    ((This)->lpVtbl->VirtualAlloc(This, addr, cb, type, prot, level, pp))
#define IHostMemoryManager_VirtualFree(This, addr, cb, type)                                       \
    ((This)->lpVtbl->VirtualFree(This, addr, cb, type))
#define IHostMemoryManager_VirtualQuery(This, addr, buf, cb, pResult)                              \
    ((This)->lpVtbl->VirtualQuery(This, addr, buf, cb, pResult))
#define IHostMemoryManager_VirtualProtect(This, addr, cb, prot, pOld)                              \
    ((This)->lpVtbl->VirtualProtect(This, addr, cb, prot, pOld))
#define IHostMemoryManager_GetMemoryLoad(This, pLoad, pAvail)                                      \
    ((This)->lpVtbl->GetMemoryLoad(This, pLoad, pAvail))
#define IHostMemoryManager_RegisterMemoryNotificationCallback(This, cb)                            \
    ((This)->lpVtbl->RegisterMemoryNotificationCallback(This, cb))
#define IHostMemoryManager_NeedsVirtualAddressSpace(This, addr, cb)                                \
    ((This)->lpVtbl->NeedsVirtualAddressSpace(This, addr, cb))
#define IHostMemoryManager_AcquiredVirtualAddressSpace(This, addr, cb)                             \
    ((This)->lpVtbl->AcquiredVirtualAddressSpace(This, addr, cb))
#define IHostMemoryManager_ReleasedVirtualAddressSpace(This, addr)                                 \
    ((This)->lpVtbl->ReleasedVirtualAddressSpace(This, addr))

#endif

#ifdef __cplusplus
extern "C" {
#endif

/* w3compat's host memory manager, which the server uses unless an embedding
 * application supplies its own. VirtualAlloc and friends wrap the Win32 functions and
 * account the bytes committed through them (and through its IHostMAlloc heaps).
 *
 * cbLimit (0 = none) caps those bytes, by criticality (docs/memory.md):
 *   eTaskCritical       fails with E_OUTOFMEMORY once the limit would be passed;
 *   eAppDomainCritical  may go W3_HOSTMEM_HEADROOM_PERCENT of the limit above it;
 *   eProcessCritical    is always attempted.
 * GetMemoryLoad reports the load in percent of the limit and the bytes left under it
 * (without a limit: the machine's). Registered callbacks hear eMemoryAvailableLow when
 * the load reaches W3_HOSTMEM_LOW_PERCENT, eMemoryAvailableNeutral when it falls below
 * W3_HOSTMEM_NEUTRAL_PERCENT and eMemoryAvailableHigh below W3_HOSTMEM_HIGH_PERCENT. */
#define W3_HOSTMEM_HEADROOM_PERCENT 10
#define W3_HOSTMEM_LOW_PERCENT 90
#define W3_HOSTMEM_NEUTRAL_PERCENT 80
#define W3_HOSTMEM_HIGH_PERCENT 50

W3COMPAT_EXPORT HRESULT W3CreateHostMemoryManager(SIZE_T cbLimit, IHostMemoryManager **pp);

/* A block that an IHostMAlloc of W3CreateHostMemoryManager still holds. pszFileName
 * and iLineNo are those given to DebugAlloc (NULL and 0 after Alloc). */
typedef void (*W3_HOSTMALLOC_LEAK_CALLBACK)(void *context, const void *pMem, SIZE_T cbSize,
                                            const char *pszFileName, int iLineNo);

/* Reports every block still allocated from pMalloc (which must come from a manager
 * made by W3CreateHostMemoryManager) to callback, and their number in *pcBlocks.
 * Releasing the allocator's last reference also reports leaks, on the debug output. */
W3COMPAT_EXPORT HRESULT W3HostMAllocReportLeaks(IHostMAlloc *pMalloc,
                                                W3_HOSTMALLOC_LEAK_CALLBACK callback, void *context,
                                                SIZE_T *pcBlocks);

#ifdef __cplusplus
}
#endif

#endif
