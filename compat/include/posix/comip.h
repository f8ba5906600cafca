/* comip.h for POSIX: _com_ptr_t, the smart pointer of the compiler COM support, which
 * holds one reference to an interface and QueryInterfaces on assignment from other
 * interfaces. The interface id comes from the first template argument: _com_IIID (an IID
 * address, as with MSVC) or w3compat_com_iid_getter (a function returning the IID, which
 * _COM_SMARTPTR_TYPEDEF uses because __uuidof is no constant expression here). NULL and 0
 * (and nullptr) convert to the interface pointer: p = NULL releases, p == NULL tests. */
#ifndef W3COMPAT_COMIP_H
#define W3COMPAT_COMIP_H

#include "comutil.h"

template <class _Interface, const IID *_IID> class _com_IIID
{
  public:
    typedef _Interface Interface;
    static const IID &GetIID() { return *_IID; }
};

template <class _Interface, const IID &(*iid_getter)()> class w3compat_com_iid_getter
{
  public:
    typedef _Interface Interface;
    static const IID &GetIID() { return iid_getter(); }
};

template <class _IIID> class _com_ptr_t
{
  public:
    typedef _IIID ThisIIID;
    typedef typename _IIID::Interface Interface;

    static const IID &GetIID() { return ThisIIID::GetIID(); }

    _com_ptr_t() : m_pInterface(NULL) {}
    _com_ptr_t(const _com_ptr_t &cp) : m_pInterface(cp.m_pInterface) { _AddRef(); }
    _com_ptr_t(Interface *pInterface) : m_pInterface(pInterface) { _AddRef(); }
    _com_ptr_t(Interface *pInterface, bool fAddRef) : m_pInterface(pInterface)
    {
        if (fAddRef)
            _AddRef();
    }
    /* A pointer to another interface: QueryInterface for this one (NULL if refused). */
    template <class _OtherIID> _com_ptr_t(const _com_ptr_t<_OtherIID> &p) : m_pInterface(NULL)
    {
        HRESULT hr = _QueryInterface(p.GetInterfacePtr());
        if (FAILED(hr) && hr != E_NOINTERFACE)
            _com_issue_error(hr);
    }
    _com_ptr_t(IUnknown *pUnknown, int) : m_pInterface(NULL) { query_or_throw(pUnknown); }
    explicit _com_ptr_t(const CLSID &clsid, IUnknown *pOuter = NULL,
                        DWORD dwClsContext = CLSCTX_ALL)
        : m_pInterface(NULL)
    {
        HRESULT hr = CreateInstance(clsid, pOuter, dwClsContext);
        if (FAILED(hr) && hr != E_NOINTERFACE)
            _com_issue_error(hr);
    }
    ~_com_ptr_t() { _Release(); }

    _com_ptr_t &operator=(Interface *pInterface)
    {
        if (m_pInterface != pInterface) {
            Interface *old = m_pInterface;
            m_pInterface = pInterface;
            _AddRef();
            if (old)
                old->Release();
        }
        return *this;
    }
    _com_ptr_t &operator=(const _com_ptr_t &cp) { return operator=(cp.m_pInterface); }
    template <class _OtherIID> _com_ptr_t &operator=(const _com_ptr_t<_OtherIID> &p)
    {
        HRESULT hr = _QueryInterface(p.GetInterfacePtr());
        if (FAILED(hr) && hr != E_NOINTERFACE)
            _com_issue_error(hr);
        return *this;
    }

    void Attach(Interface *pInterface)
    {
        _Release();
        m_pInterface = pInterface;
    }
    void Attach(Interface *pInterface, bool fAddRef)
    {
        _Release();
        m_pInterface = pInterface;
        if (fAddRef)
            _AddRef();
    }
    Interface *Detach()
    {
        Interface *held = m_pInterface;
        m_pInterface = NULL;
        return held;
    }
    /* Releases the interface (E_POINTER if there is none). */
    void Release()
    {
        if (!m_pInterface)
            _com_issue_error(E_POINTER);
        m_pInterface->Release();
        m_pInterface = NULL;
    }
    void AddRef()
    {
        if (!m_pInterface)
            _com_issue_error(E_POINTER);
        m_pInterface->AddRef();
    }
    Interface *GetInterfacePtr() const { return m_pInterface; }
    Interface *&GetInterfacePtr() { return m_pInterface; }

    operator Interface *() const { return m_pInterface; }
    Interface &operator*() const
    {
        if (!m_pInterface)
            _com_issue_error(E_POINTER);
        return *m_pInterface;
    }
    /* The address to receive a new interface; the current one is released. */
    Interface **operator&()
    {
        _Release();
        m_pInterface = NULL;
        return &m_pInterface;
    }
    Interface *operator->() const
    {
        if (!m_pInterface)
            _com_issue_error(E_POINTER);
        return m_pInterface;
    }
    operator bool() const { return m_pInterface != NULL; }
    bool operator!() const { return m_pInterface == NULL; }

    bool operator==(Interface *p) const { return m_pInterface == p; }
    bool operator!=(Interface *p) const { return m_pInterface != p; }
    bool operator==(const _com_ptr_t &p) const { return m_pInterface == p.m_pInterface; }
    bool operator!=(const _com_ptr_t &p) const { return m_pInterface != p.m_pInterface; }

    HRESULT CreateInstance(const CLSID &rclsid, IUnknown *pOuter = NULL,
                           DWORD dwClsContext = CLSCTX_ALL)
    {
        _Release();
        m_pInterface = NULL;
        return CoCreateInstance(rclsid, pOuter, dwClsContext, GetIID(),
                                reinterpret_cast<void **>(&m_pInterface));
    }
    template <class _InterfaceType> HRESULT QueryInterface(const IID &iid, _InterfaceType *&p)
    {
        if (!m_pInterface)
            return E_POINTER;
        return m_pInterface->QueryInterface(iid, reinterpret_cast<void **>(&p));
    }
    template <class _InterfaceType> HRESULT QueryInterface(const IID &iid, _InterfaceType **p)
    {
        if (!m_pInterface)
            return E_POINTER;
        return m_pInterface->QueryInterface(iid, reinterpret_cast<void **>(p));
    }

  private:
    void _AddRef()
    {
        if (m_pInterface)
            m_pInterface->AddRef();
    }
    void _Release()
    {
        if (m_pInterface)
            m_pInterface->Release();
    }
    template <class _InterfacePtr> HRESULT _QueryInterface(_InterfacePtr p)
    {
        Interface *found = NULL;
        HRESULT hr = p ? p->QueryInterface(GetIID(), reinterpret_cast<void **>(&found)) : E_POINTER;
        Attach(SUCCEEDED(hr) ? found : NULL);
        return hr;
    }
    void query_or_throw(IUnknown *p)
    {
        HRESULT hr = _QueryInterface(p);
        if (FAILED(hr) && hr != E_NOINTERFACE)
            _com_issue_error(hr);
    }

    Interface *m_pInterface;
};

#endif
