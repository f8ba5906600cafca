/* IHttpFileInfo over the Win32 file API: attributes, size and times from
 * FindFirstFileW, the ETag and Last-Modified the static file handler sends for the same
 * file, an open read handle and, for files up to W3B_FILE_BUFFER_MAX bytes, the content
 * in memory. Each object lives in an arena of its own, freed at the last
 * DereferenceCacheData. */
#include "bridge_server.h"

#include <wchar.h>

extern "C" {
#include "base/http_date.h"
}

namespace w3b
{

/* Larger files have no buffer (GetFileBuffer returns NULL): read them by handle. */
enum { W3B_FILE_BUFFER_MAX = 256 * 1024 };

namespace
{

unsigned long long ticks(const FILETIME &t)
{
    return (static_cast<unsigned long long>(t.dwHighDateTime) << 32) | t.dwLowDateTime;
}

/* FindFirstFileW's facts about one file (no wildcards: the name is taken literally). */
DWORD find_file(PCWSTR path, WIN32_FIND_DATAW *data)
{
    if (path == NULL || path[0] == L'\0')
        return ERROR_INVALID_PARAMETER;
    if (wcspbrk(path, L"*?") != NULL)
        return ERROR_INVALID_NAME;
    HANDLE find = FindFirstFileW(path, data);
    if (find == INVALID_HANDLE_VALUE)
        return GetLastError();
    FindClose(find);
    return ERROR_SUCCESS;
}

class FileInfo : public IHttpFileInfo
{
  public:
    FileInfo(w3_server *server, w3e_arena *arena) : arena_(arena), container_(server, arena) {}

    DWORD load(PCWSTR path, PCWSTR vr_path, HANDLE vr_token)
    {
        path_ = copy_wide(arena_, path);
        vr_path_ = copy_wide(arena_, vr_path);
        vr_token_ = vr_token;
        if (path_ == NULL || (vr_path != NULL && vr_path_ == NULL))
            return ERROR_NOT_ENOUGH_MEMORY;
        DWORD error = find_file(path_, &data_);
        if (error != ERROR_SUCCESS)
            return error;
        long long mtime = w3e_filetime_to_unix(ticks(data_.ftLastWriteTime));
        etag_len_ = static_cast<USHORT>(w3e_format_etag(mtime, size(), etag_, sizeof etag_));
        w3e_format_http_date(mtime, modified_, sizeof modified_);
        if (data_.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
            return ERROR_SUCCESS; /* a directory has no handle and no content */
        handle_ = CreateFileW(path_, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
        if (handle_ == INVALID_HANDLE_VALUE) {
            handle_ = NULL;
            return GetLastError();
        }
        if (size() <= W3B_FILE_BUFFER_MAX)
            return read_content();
        return ERROR_SUCCESS;
    }

    /* Closes the handle, cleans the stored contexts and frees the arena (this object). */
    void destroy()
    {
        container_.Cleanup();
        if (handle_ != NULL)
            CloseHandle(handle_);
        w3e_arena *arena = arena_;
        this->~FileInfo();
        w3e_arena_destroy(arena);
    }

    /* IHttpCacheSpecificData: the object is not in any cache (no key, no TTL). */
    IHttpCacheKey *GetCacheKey() const override { return NULL; }
    VOID ReferenceCacheData() override { InterlockedIncrement(&refs_); }
    VOID DereferenceCacheData() override
    {
        if (InterlockedDecrement(&refs_) == 0)
            destroy();
    }
    VOID ResetTTL() override {}
    VOID DecrementTTL(BOOL *expired) override
    {
        if (expired != NULL)
            *expired = FALSE;
    }
    VOID SetFlushed() override { InterlockedExchange(&flushed_, 1); }
    BOOL GetFlushed() const override { return flushed_ != 0; }

    DWORD GetAttributes() const override { return data_.dwFileAttributes; }
    VOID GetSize(ULARGE_INTEGER *out) const override
    {
        if (out != NULL)
            out->QuadPart = size();
    }
    const BYTE *GetFileBuffer() const override { return buffer_; }
    HANDLE GetFileHandle() const override { return handle_; }
    PCWSTR GetFilePath() const override { return path_; }
    PCSTR GetETag(USHORT *cch) const override
    {
        if (cch != NULL)
            *cch = etag_len_;
        return etag_;
    }
    VOID GetLastModifiedTime(FILETIME *out) const override
    {
        if (out != NULL)
            *out = data_.ftLastWriteTime;
    }
    PCSTR GetLastModifiedString() const override { return modified_; }
    /* There is no kernel response cache to put the file in. */
    BOOL GetHttpCacheAllowed(DWORD *seconds) const override
    {
        if (seconds != NULL)
            *seconds = 0;
        return FALSE;
    }
    /* Files are opened as the server's user; no per-user access list is evaluated. */
    HRESULT AccessCheck(HANDLE, PSID) override { return S_OK; }
    HANDLE GetVrToken() const override { return vr_token_; }
    PCWSTR GetVrPath() const override { return vr_path_; }
    IHttpModuleContextContainer *GetModuleContextContainer() override { return &container_; }
    /* TRUE when the file's size, last-write time or attributes differ from when this
     * object was made, or the file is gone. */
    BOOL CheckIfFileHasChanged(HANDLE) override
    {
        WIN32_FIND_DATAW now;
        if (find_file(path_, &now) != ERROR_SUCCESS)
            return TRUE;
        return now.dwFileAttributes != data_.dwFileAttributes ||
               ticks(now.ftLastWriteTime) != ticks(data_.ftLastWriteTime) ||
               now.nFileSizeHigh != data_.nFileSizeHigh || now.nFileSizeLow != data_.nFileSizeLow;
    }

  private:
    unsigned long long size() const
    {
        return (static_cast<unsigned long long>(data_.nFileSizeHigh) << 32) | data_.nFileSizeLow;
    }

    DWORD read_content()
    {
        DWORD want = static_cast<DWORD>(size());
        BYTE *buffer = static_cast<BYTE *>(w3e_arena_alloc(arena_, want + 1));
        if (buffer == NULL)
            return ERROR_NOT_ENOUGH_MEMORY;
        DWORD got = 0;
        while (got < want) {
            DWORD n = 0;
            if (!ReadFile(handle_, buffer + got, want - got, &n, NULL))
                return GetLastError();
            if (n == 0)
                break; /* the file shrank since FindFirstFileW */
            got += n;
        }
        buffer_ = buffer;
        /* Later reads through GetFileHandle start at the beginning. */
        LARGE_INTEGER zero;
        zero.QuadPart = 0;
        SetFilePointerEx(handle_, zero, NULL, FILE_BEGIN);
        return ERROR_SUCCESS;
    }

    w3e_arena *arena_;
    ContextContainer container_;
    volatile LONG refs_ = 1;
    volatile LONG flushed_ = 0;
    PCWSTR path_ = NULL, vr_path_ = NULL;
    HANDLE vr_token_ = NULL;
    WIN32_FIND_DATAW data_ = {};
    char etag_[48] = "";
    USHORT etag_len_ = 0;
    char modified_[40] = "";
    HANDLE handle_ = NULL;
    const BYTE *buffer_ = NULL;
};

} // namespace

HRESULT open_file_info(w3_server *server, PCWSTR path, PCWSTR vr_path, HANDLE vr_token,
                       IHttpFileInfo **info)
{
    if (info == NULL)
        return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
    *info = NULL;
    w3e_arena *arena = w3e_arena_create(&server->mem, W3E_SERVER_LIFETIME);
    void *p = arena != NULL ? w3e_arena_alloc(arena, sizeof(FileInfo)) : NULL;
    if (p == NULL) {
        if (arena != NULL)
            w3e_arena_destroy(arena);
        return E_OUTOFMEMORY;
    }
    FileInfo *file = new (p) FileInfo(server, arena);
    DWORD error = file->load(path, vr_path, vr_token);
    if (error != ERROR_SUCCESS) {
        file->destroy();
        return HRESULT_FROM_WIN32(error);
    }
    *info = file;
    return S_OK;
}

} // namespace w3b
