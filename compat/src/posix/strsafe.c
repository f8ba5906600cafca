/* strsafe.h's functions. Every destination that is written is terminated; a result
 * that does not fit is truncated and reported as STRSAFE_E_INSUFFICIENT_BUFFER. */
#include <windows.h>
#include <strsafe.h>

#define DEFINE_STRSAFE(S, CH, VSNPRINTF)                                                           \
    HRESULT WINAPI StringCchCopyN##S(CH *pszDest, size_t cchDest, const CH *pszSrc,                \
                                     size_t cchToCopy)                                             \
    {                                                                                              \
        if (cchDest == 0 || cchDest > STRSAFE_MAX_CCH || cchToCopy > STRSAFE_MAX_CCH)              \
            return STRSAFE_E_INVALID_PARAMETER;                                                    \
        size_t i = 0;                                                                              \
        for (; i < cchToCopy && pszSrc[i]; i++) {                                                  \
            if (i == cchDest - 1) {                                                                \
                pszDest[i] = 0;                                                                    \
                return STRSAFE_E_INSUFFICIENT_BUFFER;                                              \
            }                                                                                      \
            pszDest[i] = pszSrc[i];                                                                \
        }                                                                                          \
        pszDest[i] = 0;                                                                            \
        return S_OK;                                                                               \
    }                                                                                              \
                                                                                                   \
    HRESULT WINAPI StringCchCopy##S(CH *pszDest, size_t cchDest, const CH *pszSrc)                 \
    {                                                                                              \
        if (cchDest == 0 || cchDest > STRSAFE_MAX_CCH)                                             \
            return STRSAFE_E_INVALID_PARAMETER;                                                    \
        return StringCchCopyN##S(pszDest, cchDest, pszSrc, STRSAFE_MAX_CCH);                       \
    }                                                                                              \
                                                                                                   \
    HRESULT WINAPI StringCchLength##S(const CH *psz, size_t cchMax, size_t *pcchLength)            \
    {                                                                                              \
        size_t n = 0;                                                                              \
        if (psz && cchMax <= STRSAFE_MAX_CCH)                                                      \
            while (n < cchMax && psz[n])                                                           \
                n++;                                                                               \
        int ok = psz && cchMax <= STRSAFE_MAX_CCH && n < cchMax;                                   \
        if (pcchLength)                                                                            \
            *pcchLength = ok ? n : 0;                                                              \
        return ok ? S_OK : STRSAFE_E_INVALID_PARAMETER;                                            \
    }                                                                                              \
                                                                                                   \
    HRESULT WINAPI StringCchCat##S(CH *pszDest, size_t cchDest, const CH *pszSrc)                  \
    {                                                                                              \
        size_t used;                                                                               \
        if (!SUCCEEDED(StringCchLength##S(pszDest, cchDest, &used)))                               \
            return STRSAFE_E_INVALID_PARAMETER;                                                    \
        return StringCchCopyN##S(pszDest + used, cchDest - used, pszSrc, STRSAFE_MAX_CCH);         \
    }                                                                                              \
                                                                                                   \
    HRESULT WINAPI StringCchVPrintf##S(CH *pszDest, size_t cchDest, const CH *pszFormat,           \
                                       va_list argList)                                            \
    {                                                                                              \
        if (cchDest == 0 || cchDest > STRSAFE_MAX_CCH)                                             \
            return STRSAFE_E_INVALID_PARAMETER;                                                    \
        va_list ap;                                                                                \
        va_copy(ap, argList);                                                                      \
        int n = VSNPRINTF(pszDest, cchDest - 1, pszFormat, ap);                                    \
        va_end(ap);                                                                                \
        pszDest[cchDest - 1] = 0;                                                                  \
        return (n < 0 || (size_t)n > cchDest - 1) ? STRSAFE_E_INSUFFICIENT_BUFFER : S_OK;          \
    }                                                                                              \
                                                                                                   \
    HRESULT WINAPIV StringCchPrintf##S(CH *pszDest, size_t cchDest, const CH *pszFormat, ...)      \
    {                                                                                              \
        va_list ap;                                                                                \
        va_start(ap, pszFormat);                                                                   \
        HRESULT hr = StringCchVPrintf##S(pszDest, cchDest, pszFormat, ap);                         \
        va_end(ap);                                                                                \
        return hr;                                                                                 \
    }                                                                                              \
                                                                                                   \
    HRESULT WINAPI StringCbCopy##S(CH *pszDest, size_t cbDest, const CH *pszSrc)                   \
    {                                                                                              \
        return StringCchCopy##S(pszDest, cbDest / sizeof(CH), pszSrc);                             \
    }                                                                                              \
                                                                                                   \
    HRESULT WINAPI StringCbCat##S(CH *pszDest, size_t cbDest, const CH *pszSrc)                    \
    {                                                                                              \
        return StringCchCat##S(pszDest, cbDest / sizeof(CH), pszSrc);                              \
    }                                                                                              \
                                                                                                   \
    HRESULT WINAPI StringCbLength##S(const CH *psz, size_t cbMax, size_t *pcbLength)               \
    {                                                                                              \
        size_t cch = 0;                                                                            \
        HRESULT hr = StringCchLength##S(psz, cbMax / sizeof(CH), &cch);                            \
        if (pcbLength)                                                                             \
            *pcbLength = cch * sizeof(CH);                                                         \
        return hr;                                                                                 \
    }                                                                                              \
                                                                                                   \
    HRESULT WINAPI StringCbVPrintf##S(CH *pszDest, size_t cbDest, const CH *pszFormat,             \
                                      va_list argList)                                             \
    {                                                                                              \
        return StringCchVPrintf##S(pszDest, cbDest / sizeof(CH), pszFormat, argList);              \
    }                                                                                              \
                                                                                                   \
    HRESULT WINAPIV StringCbPrintf##S(CH *pszDest, size_t cbDest, const CH *pszFormat, ...)        \
    {                                                                                              \
        va_list ap;                                                                                \
        va_start(ap, pszFormat);                                                                   \
        HRESULT hr = StringCbVPrintf##S(pszDest, cbDest, pszFormat, ap);                           \
        va_end(ap);                                                                                \
        return hr;                                                                                 \
    }

DEFINE_STRSAFE(A, char, _vsnprintf)
DEFINE_STRSAFE(W, WCHAR, _vsnwprintf)
