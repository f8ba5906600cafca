/* A module on a connection the front end made secure (w3_conn_set_tls):
 * IHttpRequest::GetClientCertificate and the HTTPS server variables as it sees them. */
#include <windows.h>
#include <httpserv.h>

#include <string.h>

#include "engine_fixture.h"
#include "filter_bridge.h"
#include "module_bridge.h"
#include "w3test.h"

static const unsigned char client_der[] = {0x30, 0x06, 0x02, 0x01, 0x2a, 0x04, 0x01, 0x00};

static HRESULT cert_hr, null_args_hr;
static BOOL cert_negotiated;
static ULONG cert_size, cert_flags;
static unsigned char cert_first;
static char https[8];

static int hook(const char *, DWORD n, BOOL post, void *ctx, void *)
{
    if (post || ctx == NULL || n != RQ_BEGIN_REQUEST)
        return RQ_NOTIFICATION_CONTINUE;
    IHttpContext *context = static_cast<IHttpContext *>(ctx);
    HTTP_SSL_CLIENT_CERT_INFO *info = NULL;
    cert_negotiated = 2;
    cert_hr = context->GetRequest()->GetClientCertificate(&info, &cert_negotiated);
    cert_size = info != NULL ? info->CertEncodedSize : 0;
    cert_flags = info != NULL ? info->CertFlags : 0xFFFFFFFFu;
    cert_first = info != NULL && info->pCertEncoded != NULL ? info->pCertEncoded[0] : 0;
    null_args_hr = context->GetRequest()->GetClientCertificate(NULL, NULL);
    PCSTR value = NULL;
    DWORD cch = 0;
    https[0] = '\0';
    if (SUCCEEDED(context->GetServerVariable("HTTPS", &value, &cch)) && value != NULL)
        strncpy(https, value, sizeof https - 1);
    return RQ_NOTIFICATION_CONTINUE;
}

static void run(const w3_tls_info *tls)
{
    fx f;
    mb_reset();
    bridge_reset();
    mb_configure("m", NULL, RQ_BEGIN_REQUEST, 0, 0, S_OK);
    mb_set_hook("m", hook);
    fx_start_with_module(&f, NULL, "m", "record_module");
    if (tls != NULL)
        W3_REQUIRE(w3_conn_set_tls(f.conn, tls));
    fx_send(&f, "GET / HTTP/1.1\r\nHost: example.test\r\n\r\n");
    W3_CHECK(strstr(f.out, "200 OK") != NULL);
    fx_stop(&f);
}

W3_TEST(client_certificate_reaches_the_module)
{
    w3_tls_info tls;
    memset(&tls, 0, sizeof tls);
    tls.cipher_bits = 256;
    tls.client_cert = client_der;
    tls.client_cert_len = sizeof client_der;
    tls.client_untrusted = 1;
    run(&tls);
    W3_CHECK_EQ(cert_hr, S_OK);
    W3_CHECK(cert_negotiated == TRUE);
    W3_CHECK_EQ(cert_size, sizeof client_der);
    W3_CHECK_EQ(cert_first, 0x30);
    W3_CHECK_EQ(cert_flags, 0x20); /* CERT_TRUST_IS_UNTRUSTED_ROOT */
    W3_CHECK_EQ(null_args_hr, HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER));
    W3_CHECK_STR(https, "on");
}

W3_TEST(secure_connection_without_client_certificate)
{
    w3_tls_info tls;
    memset(&tls, 0, sizeof tls);
    tls.cipher_bits = 128;
    run(&tls);
    W3_CHECK_EQ(cert_hr, HRESULT_FROM_WIN32(ERROR_NOT_FOUND));
    W3_CHECK(cert_negotiated == FALSE);
    W3_CHECK_EQ(cert_size, 0);
    W3_CHECK_STR(https, "on");
}

W3_TEST(plain_connection_has_no_client_certificate)
{
    run(NULL);
    W3_CHECK_EQ(cert_hr, HRESULT_FROM_WIN32(ERROR_NOT_FOUND));
    W3_CHECK(cert_negotiated == FALSE);
    W3_CHECK_STR(https, "off");
}
