/* mswsock.h: the extensions' option values, TransmitFile's flags and buffer layout, and
 * the GUIDs that name the extension functions. Natively this checks our header; under
 * Wine the same numbers are checked against MinGW's. */
#include <winsock2.h>
#include <windows.h>
#include <mswsock.h>
#include <stddef.h>

#include "w3test.h"

W3_TEST(extension_options_and_flags)
{
    W3_CHECK_EQ(SO_UPDATE_ACCEPT_CONTEXT, 0x700B);
    W3_CHECK_EQ(SO_UPDATE_CONNECT_CONTEXT, 0x7010);
    W3_CHECK_EQ(SO_CONNECT_TIME, 0x700C);
    W3_CHECK_EQ(SO_OPENTYPE, 0x7008);
    W3_CHECK_EQ(TF_DISCONNECT | TF_REUSE_SOCKET | TF_WRITE_BEHIND, 0x07);
    W3_CHECK_EQ(TF_USE_SYSTEM_THREAD, 0x10);
    W3_CHECK_EQ(TF_USE_KERNEL_APC, 0x20);
}

W3_TEST(transmit_file_buffers_layout)
{
    int p64 = sizeof(void *) == 8;
    W3_CHECK_EQ(sizeof(TRANSMIT_FILE_BUFFERS), p64 ? 32 : 16);
    W3_CHECK_EQ(offsetof(TRANSMIT_FILE_BUFFERS, HeadLength), p64 ? 8 : 4);
    W3_CHECK_EQ(offsetof(TRANSMIT_FILE_BUFFERS, Tail), p64 ? 16 : 8);
    W3_CHECK_EQ(offsetof(TRANSMIT_FILE_BUFFERS, TailLength), p64 ? 24 : 12);
}

W3_TEST(extension_function_guids)
{
    GUID accept_ex = WSAID_ACCEPTEX, transmit_file = WSAID_TRANSMITFILE;
    GUID connect_ex = WSAID_CONNECTEX, sockaddrs = WSAID_GETACCEPTEXSOCKADDRS;
    GUID disconnect_ex = WSAID_DISCONNECTEX;
    W3_CHECK_EQ(accept_ex.Data1, 0xb5367df1);
    W3_CHECK_EQ(transmit_file.Data1, 0xb5367df0);
    W3_CHECK_EQ(sockaddrs.Data1, 0xb5367df2);
    W3_CHECK_EQ(accept_ex.Data2, 0xcbac);
    W3_CHECK_EQ(accept_ex.Data4[7], 0x92);
    W3_CHECK_EQ(connect_ex.Data1, 0x25a207b9);
    W3_CHECK_EQ(connect_ex.Data4[0], 0x8e);
    W3_CHECK_EQ(disconnect_ex.Data1, 0x7fda2e11);
    LPFN_ACCEPTEX accept_fn = NULL;
    LPFN_TRANSMITFILE transmit_fn = NULL;
    W3_CHECK(accept_fn == NULL && transmit_fn == NULL);
}
