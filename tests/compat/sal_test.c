/* SAL annotations as real code writes them: SAL 2 on declarations, definitions and
 * struct fields, SAL 1 (__in, __out_bcount, ...) in C, and headers included under the
 * names Windows spells them with. Every annotation must vanish, leaving the plain C. */
#include <Windows.h>
#include <WinError.h>
#include <TChar.h>
#include <StrSafe.h>
#include <sal.h>
#include <string.h>

#include "w3test.h"

/* In C the SAL 1 forms stay available (only C++ loses __in and __out, see w3sal.h). */
#if !defined(__in) || !defined(__out) || !defined(__inout_opt)
#error "SAL 1 annotations missing in C"
#endif
/* __reserved is a struct member name in the Linux headers: never a macro. */
#ifdef __reserved
#error "__reserved must not be a macro"
#endif

typedef struct annotated_buffer {
    _Field_range_(0, capacity) DWORD used;
    DWORD capacity;
    _Field_size_bytes_part_(capacity, used) BYTE *bytes;
} annotated_buffer;

_Check_return_ _Success_(return != FALSE) static BOOL
    append_bytes(_Inout_ annotated_buffer *buffer, _In_reads_bytes_(count) const void *data,
                 _In_ DWORD count, _Out_opt_ DWORD *written);

_Use_decl_annotations_ static BOOL append_bytes(annotated_buffer *buffer, const void *data,
                                                DWORD count, DWORD *written)
{
    _Analysis_assume_(buffer != NULL);
    if (count > buffer->capacity - buffer->used) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    memcpy(buffer->bytes + buffer->used, data, count);
    buffer->used += count;
    if (written)
        *written = count;
    return TRUE;
}

/* SAL 1, as in SDK-era code. */
static __checkReturn __success(return == S_OK) HRESULT
    legacy_copy(__out_ecount(cch) char *dst, __in DWORD cch, __in_z const char *src,
                __out_opt DWORD *copied, __deref_out_opt const char **end)
{
    HRESULT hr = StringCchCopyA(dst, cch, src);
    if (copied)
        *copied = (DWORD)strlen(dst);
    if (end)
        *end = dst + strlen(dst);
    return hr;
}

W3_TEST(legacy_annotations_compile_to_plain_c)
{
    char small[4];
    DWORD copied = 0;
    const char *end = NULL;
    W3_CHECK_EQ(legacy_copy(small, sizeof small, "abc", &copied, &end), S_OK);
    W3_CHECK_EQ(copied, 3);
    W3_CHECK(end == small + 3);
    W3_CHECK_EQ(legacy_copy(small, sizeof small, "abcdef", NULL, NULL),
                STRSAFE_E_INSUFFICIENT_BUFFER);
    W3_CHECK_STR(small, "abc");
}

W3_TEST(annotated_functions_compile_to_plain_c)
{
    BYTE storage[4];
    annotated_buffer buffer = {0, sizeof storage, storage};
    DWORD written = 0;
    W3_CHECK(append_bytes(&buffer, "abc", 3, &written));
    W3_CHECK_EQ(written, 3);
    W3_CHECK(!append_bytes(&buffer, "de", 2, NULL));
    W3_CHECK_EQ(GetLastError(), ERROR_INSUFFICIENT_BUFFER);
    W3_CHECK_EQ(buffer.used, 3);
    W3_CHECK_MEM(storage, "abc", 3);
}
