/* comutil.h for POSIX: _bstr_t and _variant_t, the compiler COM support classes, and the
 * _com_util string conversions. Failures are reported with _com_issue_error (which throws
 * _com_error), as with MSVC's comsupp.
 *
 * Strings: a BSTR holds WCHARs, and WCHAR is wchar_t (docs/wchar.md), so _bstr_t converts
 * to const wchar_t * as on Windows; its const char * conversion is CP_ACP text (UTF-8 on
 * POSIX), made on first use and kept with the string.
 *
 * Integer constructors of _variant_t: LONG is int and DWORD unsigned int on POSIX, so int
 * gives VT_I4 and unsigned int VT_UI4 here (Windows: VT_INT and VT_UINT), and long and
 * unsigned long give VT_I4 and VT_UI4 as on Windows. Code written for Windows' LONG and DWORD
 * therefore gets the VARTYPEs it gets there. */
#ifndef W3COMPAT_COMUTIL_H
#define W3COMPAT_COMUTIL_H

#include <string.h>

#include "w3compat_comerror.h"

namespace _com_util
{
/* New BSTR from CP_ACP text (NULL for NULL); free with SysFreeString. */
W3COMPAT_EXPORT BSTR WINAPI ConvertStringToBSTR(const char *pSrc);
/* New CP_ACP text from a BSTR (NULL for NULL); free with delete[]. */
W3COMPAT_EXPORT char *WINAPI ConvertBSTRToString(BSTR pSrc);

inline void CheckError(HRESULT hr)
{
    if (FAILED(hr))
        _com_issue_error(hr);
}
} // namespace _com_util

class _variant_t;

/* A BSTR shared between copies: copies share one reference-counted Data_t. */
class _bstr_t
{
  public:
    _bstr_t() : m_data(NULL) {}
    _bstr_t(const _bstr_t &s) : m_data(s.m_data)
    {
        if (m_data)
            m_data->AddRef();
    }
    _bstr_t(const char *s) : m_data(new Data_t(s)) {}
    _bstr_t(const wchar_t *s) : m_data(new Data_t(s)) {}
    _bstr_t(const _variant_t &var);
    _bstr_t(BSTR bstr, bool fCopy) : m_data(new Data_t(bstr, fCopy)) {}
    ~_bstr_t() { release(); }

    _bstr_t &operator=(const _bstr_t &s)
    {
        if (s.m_data)
            s.m_data->AddRef();
        release();
        m_data = s.m_data;
        return *this;
    }
    _bstr_t &operator=(const char *s)
    {
        *this = _bstr_t(s);
        return *this;
    }
    _bstr_t &operator=(const wchar_t *s)
    {
        *this = _bstr_t(s);
        return *this;
    }
    _bstr_t &operator=(const _variant_t &var);

    _bstr_t &operator+=(const _bstr_t &s)
    {
        Data_t *joined = new Data_t(*this, s);
        release();
        m_data = joined;
        return *this;
    }
    _bstr_t operator+(const _bstr_t &s) const
    {
        _bstr_t result(*this);
        result += s;
        return result;
    }
    friend _bstr_t operator+(const char *s1, const _bstr_t &s2) { return _bstr_t(s1) + s2; }
    friend _bstr_t operator+(const wchar_t *s1, const _bstr_t &s2) { return _bstr_t(s1) + s2; }

    operator const wchar_t *() const { return m_data ? m_data->GetWString() : NULL; }
    operator wchar_t *() const { return m_data ? m_data->GetWString() : NULL; }
    operator const char *() const { return m_data ? m_data->GetString() : NULL; }
    operator char *() const { return m_data ? m_data->GetString() : NULL; }

    bool operator!() const { return !m_data || !m_data->GetWString(); }
    bool operator==(const _bstr_t &s) const { return compare(s) == 0; }
    bool operator!=(const _bstr_t &s) const { return compare(s) != 0; }
    bool operator<(const _bstr_t &s) const { return compare(s) < 0; }
    bool operator>(const _bstr_t &s) const { return compare(s) > 0; }
    bool operator<=(const _bstr_t &s) const { return compare(s) <= 0; }
    bool operator>=(const _bstr_t &s) const { return compare(s) >= 0; }

    /* A new BSTR for the caller (fCopy), or the shared one. */
    BSTR copy(bool fCopy = true) const
    {
        if (!m_data)
            return NULL;
        return fCopy ? m_data->Copy() : m_data->GetWString();
    }
    unsigned int length() const { return m_data ? m_data->Length() : 0; }
    /* Takes ownership of s. */
    void Assign(BSTR s) { *this = _bstr_t(s, true); }
    void Attach(BSTR s)
    {
        release();
        m_data = new Data_t(s, false);
    }
    /* Gives up the BSTR to the caller; this string becomes empty. */
    BSTR Detach()
    {
        if (!m_data)
            return NULL;
        if (m_data->RefCount() != 1)
            _com_issue_error(E_POINTER);
        BSTR detached = m_data->Release_BSTR();
        release();
        return detached;
    }
    BSTR &GetBSTR()
    {
        if (!m_data)
            m_data = new Data_t((BSTR)NULL, false);
        return m_data->GetBSTRRef();
    }
    /* Frees the current string and gives the address to receive a new one. */
    BSTR *GetAddress()
    {
        Attach(NULL);
        return &m_data->GetBSTRRef();
    }

  private:
    class Data_t
    {
      public:
        Data_t(const char *s) : m_wstr(_com_util::ConvertStringToBSTR(s)), m_str(NULL), m_refs(1)
        {
            if (s && !m_wstr)
                _com_issue_error(E_OUTOFMEMORY);
        }
        Data_t(const wchar_t *s) : m_wstr(SysAllocString(s)), m_str(NULL), m_refs(1)
        {
            if (s && !m_wstr)
                _com_issue_error(E_OUTOFMEMORY);
        }
        Data_t(BSTR bstr, bool fCopy) : m_wstr(bstr), m_str(NULL), m_refs(1)
        {
            if (fCopy && bstr) {
                m_wstr = SysAllocStringByteLen((const char *)bstr, SysStringByteLen(bstr));
                if (!m_wstr)
                    _com_issue_error(E_OUTOFMEMORY);
            }
        }
        Data_t(const _bstr_t &s1, const _bstr_t &s2) : m_wstr(NULL), m_str(NULL), m_refs(1)
        {
            UINT n1 = s1.length(), n2 = s2.length();
            m_wstr = SysAllocStringLen(NULL, n1 + n2);
            if (!m_wstr)
                _com_issue_error(E_OUTOFMEMORY);
            if (n1)
                memcpy(m_wstr, (const wchar_t *)s1, n1 * sizeof(WCHAR));
            if (n2)
                memcpy(m_wstr + n1, (const wchar_t *)s2, n2 * sizeof(WCHAR));
        }
        ~Data_t()
        {
            SysFreeString(m_wstr);
            delete[] m_str;
        }
        unsigned long AddRef() { return ++m_refs; }
        unsigned long Release()
        {
            unsigned long refs = --m_refs;
            if (refs == 0)
                delete this;
            return refs;
        }
        unsigned long RefCount() const { return m_refs; }
        wchar_t *GetWString() const { return m_wstr; }
        char *GetString() const
        {
            if (!m_str && m_wstr)
                m_str = _com_util::ConvertBSTRToString(m_wstr);
            return m_str;
        }
        BSTR Copy() const
        {
            if (!m_wstr)
                return NULL;
            BSTR copy = SysAllocStringByteLen((const char *)m_wstr, SysStringByteLen(m_wstr));
            if (!copy)
                _com_issue_error(E_OUTOFMEMORY);
            return copy;
        }
        unsigned int Length() const { return SysStringLen(m_wstr); }
        BSTR &GetBSTRRef()
        {
            delete[] m_str;
            m_str = NULL;
            return m_wstr;
        }
        BSTR Release_BSTR()
        {
            BSTR s = m_wstr;
            m_wstr = NULL;
            return s;
        }

      private:
        Data_t(const Data_t &);
        Data_t &operator=(const Data_t &);
        BSTR m_wstr;
        mutable char *m_str;
        unsigned long m_refs;
    };

    void release()
    {
        if (m_data)
            m_data->Release();
        m_data = NULL;
    }
    /* NULL sorts before any string; strings compare by their WCHARs, then length. */
    int compare(const _bstr_t &s) const
    {
        const wchar_t *a = *this, *b = s;
        if (!a || !b)
            return (a != NULL) - (b != NULL);
        UINT na = length(), nb = s.length();
        UINT n = na < nb ? na : nb;
        for (UINT i = 0; i < n; i++)
            if (a[i] != b[i])
                return a[i] < b[i] ? -1 : 1;
        return (na > nb) - (na < nb);
    }

    Data_t *m_data;
};

/* A VARIANT that clears itself; conversions go through VariantChangeType. */
class _variant_t : public tagVARIANT
{
  public:
    _variant_t() { ::VariantInit(this); }
    _variant_t(const VARIANT &varSrc)
    {
        ::VariantInit(this);
        _com_util::CheckError(::VariantCopy(this, &varSrc));
    }
    _variant_t(const VARIANT *pSrc)
    {
        ::VariantInit(this);
        if (!pSrc)
            _com_issue_error(E_POINTER);
        _com_util::CheckError(::VariantCopy(this, pSrc));
    }
    _variant_t(const _variant_t &varSrc) : tagVARIANT()
    {
        ::VariantInit(this);
        _com_util::CheckError(::VariantCopy(this, &varSrc));
    }
    /* Takes varSrc's value (leaving it VT_EMPTY) unless fCopy. */
    _variant_t(VARIANT &varSrc, bool fCopy)
    {
        ::VariantInit(this);
        if (fCopy) {
            _com_util::CheckError(::VariantCopy(this, &varSrc));
        } else {
            *static_cast<VARIANT *>(this) = varSrc;
            V_VT(&varSrc) = VT_EMPTY;
        }
    }
    _variant_t(short sSrc, VARTYPE vtSrc = VT_I2)
    {
        if (vtSrc != VT_I2 && vtSrc != VT_BOOL)
            _com_issue_error(E_INVALIDARG);
        V_VT(this) = vtSrc;
        if (vtSrc == VT_BOOL)
            V_BOOL(this) = sSrc ? VARIANT_TRUE : VARIANT_FALSE;
        else
            V_I2(this) = sSrc;
    }
    _variant_t(long lSrc, VARTYPE vtSrc = VT_I4) { set_long(lSrc, vtSrc); }
    _variant_t(int iSrc) { set_long(iSrc, VT_I4); }
    _variant_t(unsigned int uiSrc) { set_value(VT_UI4, &V_UI4(this), (ULONG)uiSrc); }
    _variant_t(unsigned long ulSrc) { set_value(VT_UI4, &V_UI4(this), (ULONG)ulSrc); }
    _variant_t(float fltSrc) { set_value(VT_R4, &V_R4(this), fltSrc); }
    _variant_t(double dblSrc, VARTYPE vtSrc = VT_R8)
    {
        if (vtSrc != VT_R8 && vtSrc != VT_DATE)
            _com_issue_error(E_INVALIDARG);
        V_VT(this) = vtSrc;
        V_R8(this) = dblSrc;
    }
    _variant_t(const CY &cySrc) { set_value(VT_CY, &V_CY(this), cySrc); }
    _variant_t(const _bstr_t &bstrSrc)
    {
        V_VT(this) = VT_BSTR;
        V_BSTR(this) = bstrSrc.copy();
    }
    _variant_t(const wchar_t *pSrc)
    {
        V_VT(this) = VT_BSTR;
        V_BSTR(this) = ::SysAllocString(pSrc);
        if (pSrc && !V_BSTR(this))
            _com_issue_error(E_OUTOFMEMORY);
    }
    _variant_t(const char *pSrc)
    {
        V_VT(this) = VT_BSTR;
        V_BSTR(this) = _com_util::ConvertStringToBSTR(pSrc);
        if (pSrc && !V_BSTR(this))
            _com_issue_error(E_OUTOFMEMORY);
    }
    _variant_t(IDispatch *pSrc, bool fAddRef = true)
    {
        V_VT(this) = VT_DISPATCH;
        V_DISPATCH(this) = pSrc;
        if (pSrc && fAddRef)
            pSrc->AddRef();
    }
    _variant_t(bool boolSrc)
    {
        set_value(VT_BOOL, &V_BOOL(this), boolSrc ? VARIANT_TRUE : VARIANT_FALSE);
    }
    _variant_t(IUnknown *pSrc, bool fAddRef = true)
    {
        V_VT(this) = VT_UNKNOWN;
        V_UNKNOWN(this) = pSrc;
        if (pSrc && fAddRef)
            pSrc->AddRef();
    }
    _variant_t(const DECIMAL &decSrc)
    {
        V_DECIMAL(this) = decSrc;
        V_VT(this) = VT_DECIMAL;
    }
    _variant_t(BYTE bSrc) { set_value(VT_UI1, &V_UI1(this), bSrc); }
    _variant_t(char cSrc) { set_value(VT_I1, &V_I1(this), cSrc); }
    _variant_t(unsigned short usSrc) { set_value(VT_UI2, &V_UI2(this), usSrc); }
    _variant_t(long long i8Src) { set_value(VT_I8, &V_I8(this), i8Src); }
    _variant_t(unsigned long long ui8Src) { set_value(VT_UI8, &V_UI8(this), ui8Src); }
    ~_variant_t() { ::VariantClear(this); }

    /* Extractors: the value converted to the operator's type (throws _com_error). */
    operator short() const { return converted(VT_I2).iVal; }
    operator long() const { return converted(VT_I4).lVal; }
    operator int() const { return converted(VT_I4).lVal; }
    operator unsigned int() const { return converted(VT_UI4).ulVal; }
    operator unsigned long() const { return converted(VT_UI4).ulVal; }
    operator float() const { return converted(VT_R4).fltVal; }
    operator double() const { return converted(VT_R8).dblVal; }
    operator CY() const { return converted(VT_CY).cyVal; }
    operator bool() const { return converted(VT_BOOL).boolVal != VARIANT_FALSE; }
    operator BYTE() const { return converted(VT_UI1).bVal; }
    operator char() const { return converted(VT_I1).cVal; }
    operator unsigned short() const { return converted(VT_UI2).uiVal; }
    operator long long() const { return converted(VT_I8).llVal; }
    operator unsigned long long() const { return converted(VT_UI8).ullVal; }
    operator _bstr_t() const
    {
        if (V_VT(this) == VT_BSTR)
            return _bstr_t(V_BSTR(this), true);
        _variant_t text(converted(VT_BSTR));
        return _bstr_t(text.Detach().bstrVal, false);
    }
    operator IDispatch *() const
    {
        _variant_t value(converted(VT_DISPATCH));
        if (V_DISPATCH(&value))
            V_DISPATCH(&value)->AddRef();
        return V_DISPATCH(&value);
    }
    operator IUnknown *() const
    {
        _variant_t value(converted(VT_UNKNOWN));
        if (V_UNKNOWN(&value))
            V_UNKNOWN(&value)->AddRef();
        return V_UNKNOWN(&value);
    }
    operator DECIMAL() const
    {
        _variant_t value(converted(VT_DECIMAL));
        return V_DECIMAL(&value);
    }

    _variant_t &operator=(const VARIANT &varSrc)
    {
        _com_util::CheckError(::VariantCopy(this, &varSrc));
        return *this;
    }
    _variant_t &operator=(const VARIANT *pSrc)
    {
        if (!pSrc)
            _com_issue_error(E_POINTER);
        _com_util::CheckError(::VariantCopy(this, pSrc));
        return *this;
    }
    _variant_t &operator=(const _variant_t &varSrc)
    {
        _com_util::CheckError(::VariantCopy(this, &varSrc));
        return *this;
    }
    template <class T> _variant_t &operator=(const T &value)
    {
        _variant_t fresh(value);
        Clear();
        *static_cast<VARIANT *>(this) = fresh.Detach();
        return *this;
    }

    bool operator==(const VARIANT &varSrc) const { return equals(varSrc); }
    bool operator==(const VARIANT *pSrc) const { return pSrc && equals(*pSrc); }
    bool operator!=(const VARIANT &varSrc) const { return !equals(varSrc); }
    bool operator!=(const VARIANT *pSrc) const { return !pSrc || !equals(*pSrc); }

    void Clear() { _com_util::CheckError(::VariantClear(this)); }
    /* Takes varSrc's value; varSrc becomes VT_EMPTY. */
    void Attach(VARIANT &varSrc)
    {
        Clear();
        *static_cast<VARIANT *>(this) = varSrc;
        V_VT(&varSrc) = VT_EMPTY;
    }
    /* Gives up the value to the caller; this variant becomes VT_EMPTY. */
    VARIANT Detach()
    {
        VARIANT value = *this;
        V_VT(this) = VT_EMPTY;
        return value;
    }
    VARIANT &GetVARIANT() { return *this; }
    VARIANT *GetAddress()
    {
        Clear();
        return this;
    }
    /* Converts in place, or assigns the conversion of pSrc. */
    void ChangeType(VARTYPE vartype, const _variant_t *pSrc = NULL)
    {
        const VARIANT *from = pSrc ? pSrc : this;
        if (V_VT(from) != vartype || from != this)
            _com_util::CheckError(::VariantChangeType(this, from, 0, vartype));
    }
    void SetString(const char *pSrc) { *this = _variant_t(pSrc); }

  private:
    template <class Field, class Value> void set_value(VARTYPE type, Field *field, Value value)
    {
        V_VT(this) = type;
        *field = (Field)value;
    }
    void set_long(long value, VARTYPE type)
    {
        if (type == VT_I4)
            set_value(VT_I4, &V_I4(this), value);
        else if (type == VT_ERROR)
            set_value(VT_ERROR, &V_ERROR(this), value);
        else if (type == VT_BOOL)
            set_value(VT_BOOL, &V_BOOL(this), value ? VARIANT_TRUE : VARIANT_FALSE);
        else
            _com_issue_error(E_INVALIDARG);
    }
    _variant_t converted(VARTYPE type) const
    {
        if (V_VT(this) == type)
            return *this;
        _variant_t result;
        _com_util::CheckError(::VariantChangeType(&result, this, 0, type));
        return result;
    }
    /* Same type and same value (strings by content). */
    bool equals(const VARIANT &other) const
    {
        if (V_VT(this) != V_VT(&other))
            return false;
        switch (V_VT(this)) {
        case VT_EMPTY:
        case VT_NULL:
            return true;
        case VT_BSTR:
            return SysStringByteLen(V_BSTR(this)) == SysStringByteLen(V_BSTR(&other)) &&
                   (SysStringByteLen(V_BSTR(this)) == 0 ||
                    memcmp(V_BSTR(this), V_BSTR(&other), SysStringByteLen(V_BSTR(this))) == 0);
        case VT_I1:
        case VT_UI1:
            return V_UI1(this) == V_UI1(&other);
        case VT_I2:
        case VT_UI2:
        case VT_BOOL:
            return V_UI2(this) == V_UI2(&other);
        case VT_R4:
            return V_R4(this) == V_R4(&other);
        case VT_R8:
        case VT_DATE:
            return V_R8(this) == V_R8(&other);
        case VT_I4:
        case VT_UI4:
        case VT_INT:
        case VT_UINT:
        case VT_ERROR:
            return V_UI4(this) == V_UI4(&other);
        case VT_DECIMAL:
            return memcmp(&V_DECIMAL(this), &V_DECIMAL(&other), sizeof(DECIMAL)) == 0;
        default:
            return V_UI8(this) == V_UI8(&other);
        }
    }
};

inline _bstr_t _com_error::Description() const
{
    return _bstr_t(text_of(&IErrorInfo::GetDescription), false);
}
inline _bstr_t _com_error::Source() const
{
    return _bstr_t(text_of(&IErrorInfo::GetSource), false);
}
inline _bstr_t _com_error::HelpFile() const
{
    return _bstr_t(text_of(&IErrorInfo::GetHelpFile), false);
}

inline _bstr_t::_bstr_t(const _variant_t &var) : m_data(NULL)
{
    *this = var.operator _bstr_t();
}

inline _bstr_t &_bstr_t::operator=(const _variant_t &var)
{
    *this = var.operator _bstr_t();
    return *this;
}

#endif
