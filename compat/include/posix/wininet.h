/* wininet.h for POSIX: the WinINet types and constants that server code uses to size
 * and take apart URLs (INTERNET_MAX_URL_LENGTH and its parts, the default ports, the
 * URL schemes) and to name HTTP status codes (HTTP_STATUS_*). The WinINet client functions
 * (InternetOpen, HttpSendRequest, ...) are not provided. Values are those of the Windows SDK
 * header. */
#ifndef W3COMPAT_WININET_H
#define W3COMPAT_WININET_H

#include "windef.h"
#include "w3compat_internet.h"

W3COMPAT_BEGIN_C

#define INTERNET_INVALID_PORT_NUMBER 0
#define INTERNET_DEFAULT_FTP_PORT 21
#define INTERNET_DEFAULT_GOPHER_PORT 70
#define INTERNET_DEFAULT_SOCKS_PORT 1080

/* The longest URL parts WinINet takes apart; a URL is a scheme, "://" and a path. */
#define INTERNET_MAX_HOST_NAME_LENGTH 256
#define INTERNET_MAX_USER_NAME_LENGTH 128
#define INTERNET_MAX_PASSWORD_LENGTH 128
#define INTERNET_MAX_PORT_NUMBER_LENGTH 5
#define INTERNET_MAX_PORT_NUMBER_VALUE 65535
#define INTERNET_MAX_PATH_LENGTH 2048
#define INTERNET_MAX_SCHEME_LENGTH 32
#define INTERNET_MAX_URL_LENGTH                                                                    \
    (INTERNET_MAX_SCHEME_LENGTH + sizeof("://") + INTERNET_MAX_PATH_LENGTH)

typedef enum {
    INTERNET_SCHEME_PARTIAL = -2,
    INTERNET_SCHEME_UNKNOWN = -1,
    INTERNET_SCHEME_DEFAULT = 0,
    INTERNET_SCHEME_FTP,
    INTERNET_SCHEME_GOPHER,
    INTERNET_SCHEME_HTTP,
    INTERNET_SCHEME_HTTPS,
    INTERNET_SCHEME_FILE,
    INTERNET_SCHEME_NEWS,
    INTERNET_SCHEME_MAILTO,
    INTERNET_SCHEME_SOCKS,
    INTERNET_SCHEME_JAVASCRIPT,
    INTERNET_SCHEME_VBSCRIPT,
    INTERNET_SCHEME_RES,
    INTERNET_SCHEME_FIRST = INTERNET_SCHEME_FTP,
    INTERNET_SCHEME_LAST = INTERNET_SCHEME_RES
} INTERNET_SCHEME,
    *LPINTERNET_SCHEME;

W3COMPAT_END_C

#endif
