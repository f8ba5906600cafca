/* mswsock.h for POSIX: the Microsoft Winsock extensions' socket options, TransmitFile
 * flags and structures, and the types and GUIDs by which a program asks for the
 * extension functions (AcceptEx, ConnectEx, TransmitFile...). The functions themselves
 * are not provided (docs/winsock.md): code that only names these compiles, and code
 * that calls them should use the portable calls instead. Values are those of the
 * Windows SDK header. */
#ifndef W3COMPAT_MSWSOCK_H
#define W3COMPAT_MSWSOCK_H

#include "winsock2.h"
#include "guiddef.h"

W3COMPAT_BEGIN_C

/* Socket options of the extensions (SOL_SOCKET level). */
#define SO_CONNDATA 0x7000
#define SO_CONNOPT 0x7001
#define SO_DISCDATA 0x7002
#define SO_DISCOPT 0x7003
#define SO_CONNDATALEN 0x7004
#define SO_CONNOPTLEN 0x7005
#define SO_DISCDATALEN 0x7006
#define SO_DISCOPTLEN 0x7007
#define SO_OPENTYPE 0x7008
#define SO_SYNCHRONOUS_ALERT 0x10
#define SO_SYNCHRONOUS_NONALERT 0x20
#define SO_MAXDG 0x7009
#define SO_MAXPATHDG 0x700A
#define SO_UPDATE_ACCEPT_CONTEXT 0x700B
#define SO_CONNECT_TIME 0x700C
#define SO_UPDATE_CONNECT_CONTEXT 0x7010

/* TransmitFile's dwFlags. */
#define TF_DISCONNECT 0x01
#define TF_REUSE_SOCKET 0x02
#define TF_WRITE_BEHIND 0x04
#define TF_USE_DEFAULT_WORKER 0x00
#define TF_USE_SYSTEM_THREAD 0x10
#define TF_USE_KERNEL_APC 0x20

typedef struct _TRANSMIT_FILE_BUFFERS {
    LPVOID Head;
    DWORD HeadLength;
    LPVOID Tail;
    DWORD TailLength;
} TRANSMIT_FILE_BUFFERS, *PTRANSMIT_FILE_BUFFERS, *LPTRANSMIT_FILE_BUFFERS;

/* The extension functions, as WSAIoctl(SIO_GET_EXTENSION_FUNCTION_POINTER) hands them out
 * on Windows, and the GUIDs that name them. */
typedef BOOL(WINAPI *LPFN_TRANSMITFILE)(SOCKET hSocket, HANDLE hFile, DWORD nNumberOfBytesToWrite,
                                        DWORD nNumberOfBytesPerSend, LPOVERLAPPED lpOverlapped,
                                        LPTRANSMIT_FILE_BUFFERS lpTransmitBuffers,
                                        DWORD dwReserved);
#define WSAID_TRANSMITFILE                                                                         \
    {                                                                                              \
        0xb5367df0, 0xcbac, 0x11cf,                                                                \
        {                                                                                          \
            0x95, 0xca, 0x00, 0x80, 0x5f, 0x48, 0xa1, 0x92                                         \
        }                                                                                          \
    }
typedef BOOL(WINAPI *LPFN_ACCEPTEX)(SOCKET sListenSocket, SOCKET sAcceptSocket,
                                    PVOID lpOutputBuffer, DWORD dwReceiveDataLength,
                                    DWORD dwLocalAddressLength, DWORD dwRemoteAddressLength,
                                    LPDWORD lpdwBytesReceived, LPOVERLAPPED lpOverlapped);
#define WSAID_ACCEPTEX                                                                             \
    {                                                                                              \
        0xb5367df1, 0xcbac, 0x11cf,                                                                \
        {                                                                                          \
            0x95, 0xca, 0x00, 0x80, 0x5f, 0x48, 0xa1, 0x92                                         \
        }                                                                                          \
    }
typedef VOID(WINAPI *LPFN_GETACCEPTEXSOCKADDRS)(
    PVOID lpOutputBuffer, DWORD dwReceiveDataLength, DWORD dwLocalAddressLength,
    DWORD dwRemoteAddressLength, struct sockaddr **LocalSockaddr, LPINT LocalSockaddrLength,
    struct sockaddr **RemoteSockaddr, LPINT RemoteSockaddrLength);
#define WSAID_GETACCEPTEXSOCKADDRS                                                                 \
    {                                                                                              \
        0xb5367df2, 0xcbac, 0x11cf,                                                                \
        {                                                                                          \
            0x95, 0xca, 0x00, 0x80, 0x5f, 0x48, 0xa1, 0x92                                         \
        }                                                                                          \
    }
typedef BOOL(WINAPI *LPFN_CONNECTEX)(SOCKET s, const struct sockaddr *name, int namelen,
                                     PVOID lpSendBuffer, DWORD dwSendDataLength,
                                     LPDWORD lpdwBytesSent, LPOVERLAPPED lpOverlapped);
#define WSAID_CONNECTEX                                                                            \
    {                                                                                              \
        0x25a207b9, 0xddf3, 0x4660,                                                                \
        {                                                                                          \
            0x8e, 0xe9, 0x76, 0xe5, 0x8c, 0x74, 0x06, 0x3e                                         \
        }                                                                                          \
    }
typedef BOOL(WINAPI *LPFN_DISCONNECTEX)(SOCKET s, LPOVERLAPPED lpOverlapped, DWORD dwFlags,
                                        DWORD dwReserved);
#define WSAID_DISCONNECTEX                                                                         \
    {                                                                                              \
        0x7fda2e11, 0x8630, 0x436f,                                                                \
        {                                                                                          \
            0xa0, 0x31, 0xf5, 0x36, 0xa6, 0xee, 0xc1, 0x57                                         \
        }                                                                                          \
    }

W3COMPAT_END_C

#endif
