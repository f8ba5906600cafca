/* _com_error and _com_issue_error for POSIX (comdef.h and comutil.h include this): the
 * exception the compiler COM support classes throw for a failing HRESULT, as comsupp
 * does with MSVC. Header-only. */
#ifndef W3COMPAT_COMERROR_H
#define W3COMPAT_COMERROR_H

#ifndef __cplusplus
#error the COM support classes are C++
#endif

#include <windows.h>
#include <oleauto.h>

class _bstr_t;

class _com_error
{
  public:
    _com_error(HRESULT hr, IErrorInfo *perrinfo = NULL, bool fAddRef = false)
        : m_hresult(hr), m_perrinfo(perrinfo), m_message(NULL)
    {
        if (m_perrinfo && fAddRef)
            m_perrinfo->AddRef();
    }
    _com_error(const _com_error &that)
        : m_hresult(that.m_hresult), m_perrinfo(that.m_perrinfo), m_message(NULL)
    {
        if (m_perrinfo)
            m_perrinfo->AddRef();
    }
    virtual ~_com_error()
    {
        if (m_perrinfo)
            m_perrinfo->Release();
        if (m_message)
            LocalFree((HLOCAL)m_message);
    }
    _com_error &operator=(const _com_error &that)
    {
        if (this != &that) {
            if (that.m_perrinfo)
                that.m_perrinfo->AddRef();
            if (m_perrinfo)
                m_perrinfo->Release();
            if (m_message)
                LocalFree((HLOCAL)m_message);
            m_hresult = that.m_hresult;
            m_perrinfo = that.m_perrinfo;
            m_message = NULL;
        }
        return *this;
    }

    HRESULT Error() const { return m_hresult; }
    WORD WCode() const { return HRESULTToWCode(m_hresult); }
    /* The error object, with a reference for the caller (or NULL). */
    IErrorInfo *ErrorInfo() const
    {
        if (m_perrinfo)
            m_perrinfo->AddRef();
        return m_perrinfo;
    }
    /* The error object's texts (empty without one); defined in comutil.h. */
    _bstr_t Description() const;
    _bstr_t Source() const;
    _bstr_t HelpFile() const;
    DWORD HelpContext() const
    {
        DWORD context = 0;
        if (m_perrinfo)
            m_perrinfo->GetHelpContext(&context);
        return context;
    }
    ::GUID GUID() const
    {
        ::GUID id = {0, 0, 0, {0, 0, 0, 0, 0, 0, 0, 0}};
        if (m_perrinfo)
            m_perrinfo->GetGUID(&id);
        return id;
    }

    /* The system's text for the HRESULT; for codes without one, "IDispatch error #n"
     * (WCode n) or "Unknown error 0x...". Owned by the object. */
    const TCHAR *ErrorMessage() const
    {
        if (!m_message) {
            DWORD n = FormatMessage(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                        FORMAT_MESSAGE_IGNORE_INSERTS,
                                    NULL, (DWORD)m_hresult, 0, (LPTSTR)&m_message, 0, NULL);
            if (n > 0) {
                while (n > 0 && (m_message[n - 1] == TEXT('\n') || m_message[n - 1] == TEXT('\r')))
                    m_message[--n] = 0;
            } else {
                m_message = (LPTSTR)LocalAlloc(0, 32 * sizeof(TCHAR));
                if (m_message) {
                    if (WCode())
                        wsprintf(m_message, TEXT("IDispatch error #%d"), (int)WCode());
                    else
                        wsprintf(m_message, TEXT("Unknown error 0x%0lX"), (unsigned long)m_hresult);
                }
            }
        }
        return m_message;
    }

    /* Codes of IDispatch errors, FACILITY_ITF from 0x200 on, are "wCode"s. */
    static HRESULT WCodeToHRESULT(WORD wCode)
    {
        return wCode >= 0xFE00 ? (HRESULT)0x8004FFFF : (HRESULT)(0x80040200u + wCode);
    }
    static WORD HRESULTToWCode(HRESULT hr)
    {
        return (hr >= (HRESULT)0x80040200 && hr <= (HRESULT)0x8004FFFF)
                   ? (WORD)(hr - (HRESULT)0x80040200)
                   : (WORD)0;
    }

  private:
    friend class _bstr_t;
    BSTR text_of(HRESULT (STDMETHODCALLTYPE IErrorInfo::*getter)(BSTR *)) const
    {
        BSTR text = NULL;
        if (m_perrinfo)
            (m_perrinfo->*getter)(&text);
        return text;
    }

    HRESULT m_hresult;
    IErrorInfo *m_perrinfo;
    mutable LPTSTR m_message;
};

/* Throws _com_error(hr): the default handler of _com_issue_error. */
inline void WINAPI _com_raise_error(HRESULT hr, IErrorInfo *perrinfo = NULL)
{
    throw _com_error(hr, perrinfo);
}

typedef void(WINAPI *w3compat_com_error_handler)(HRESULT hr, IErrorInfo *perrinfo);

inline w3compat_com_error_handler &w3compat_com_error_handler_slot()
{
    static w3compat_com_error_handler handler = _com_raise_error;
    return handler;
}

/* Replaces what _com_issue_error calls (by default, _com_raise_error). */
inline void WINAPI _set_com_error_handler(void(WINAPI *pHandler)(HRESULT hr, IErrorInfo *perrinfo))
{
    w3compat_com_error_handler_slot() = pHandler;
}

inline void WINAPI _com_issue_error(HRESULT hr)
{
    w3compat_com_error_handler_slot()(hr, NULL);
}

/* No object here offers ISupportErrorInfo, so only the HRESULT is reported. */
inline void WINAPI _com_issue_errorex(HRESULT hr, IUnknown *punk, REFIID riid)
{
    (void)punk;
    (void)riid;
    _com_issue_error(hr);
}

#endif
