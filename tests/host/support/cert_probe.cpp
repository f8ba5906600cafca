/* A native module for w3host's TLS tests: on every request it asks
 * IHttpRequest::GetClientCertificate and answers in headers what it got:
 * X-Cert-Hr (the HRESULT in hex), X-Cert-Negotiated (0/1), X-Cert-Bytes (the size of
 * the encoded certificate, or "none") and X-Cert-Der-Tag (its first byte in hex: 30 for
 * a DER SEQUENCE). The request goes on to the static files. */
#include <windows.h>
#include <httpserv.h>
#include <stdio.h>
#include <string.h>

static void header(IHttpContext *context, PCSTR name, const char *value)
{
    context->GetResponse()->SetHeader(name, value, (USHORT)strlen(value), TRUE);
}

class CertProbe : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *context, IHttpEventProvider *) override
    {
        HTTP_SSL_CLIENT_CERT_INFO *info = NULL;
        BOOL negotiated = FALSE;
        HRESULT hr = context->GetRequest()->GetClientCertificate(&info, &negotiated);
        char text[32];
        snprintf(text, sizeof text, "%08lx", (unsigned long)(DWORD)hr);
        header(context, "X-Cert-Hr", text);
        header(context, "X-Cert-Negotiated", negotiated ? "1" : "0");
        if (info != NULL && info->pCertEncoded != NULL) {
            snprintf(text, sizeof text, "%lu", (unsigned long)info->CertEncodedSize);
            header(context, "X-Cert-Bytes", text);
            snprintf(text, sizeof text, "%02x", info->pCertEncoded[0]);
            header(context, "X-Cert-Der-Tag", text);
        } else {
            header(context, "X-Cert-Bytes", "none");
        }
        return RQ_NOTIFICATION_CONTINUE;
    }
};

class CertProbeFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *) override
    {
        *module = new CertProbe;
        return *module ? S_OK : E_OUTOFMEMORY;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *)
{
    return info->SetRequestNotifications(new CertProbeFactory, RQ_BEGIN_REQUEST, 0);
}
