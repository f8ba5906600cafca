/* comsupp's _com_util string conversions, which MinGW-w64 declares in comutil.h but
 * does not implement; on POSIX, compat's comutil.h declares them. Text is CP_ACP. */
#include <windows.h>
#include <comutil.h>

#include "w3compat_export.h"

namespace _com_util
{

W3COMPAT_EXPORT BSTR WINAPI ConvertStringToBSTR(const char *pSrc)
{
    if (!pSrc)
        return NULL;
    int length = MultiByteToWideChar(CP_ACP, 0, pSrc, -1, NULL, 0);
    if (length <= 0)
        return NULL;
    BSTR text = SysAllocStringLen(NULL, (UINT)(length - 1));
    if (text)
        MultiByteToWideChar(CP_ACP, 0, pSrc, -1, text, length);
    return text;
}

W3COMPAT_EXPORT char *WINAPI ConvertBSTRToString(BSTR pSrc)
{
    if (!pSrc)
        return NULL;
    int wide_length = (int)SysStringLen(pSrc) + 1; /* the terminator too */
    int length = WideCharToMultiByte(CP_ACP, 0, pSrc, wide_length, NULL, 0, NULL, NULL);
    if (length <= 0)
        return NULL;
    char *text = new char[length];
    WideCharToMultiByte(CP_ACP, 0, pSrc, wide_length, text, length, NULL, NULL);
    return text;
}

} // namespace _com_util
