/* Sample ISAPI filter: HTTP Basic authentication against a file of users.
 *
 * The file named by the environment variable W3_SAMPLE_USERS holds "user:password"
 * lines ('#' starts a comment); it is read once, when the filter loads. AUTHENTICATION
 * gets the credentials the server decoded from the Authorization header: a request
 * without them or with wrong ones is denied (SF_STATUS_REQ_ERROR with
 * ERROR_ACCESS_DENIED), and ACCESS_DENIED then sends the 401 with the challenge and a
 * page of our own. */
#include <windows.h>
#include <httpfilt.h>

#include <string.h>

#define MAX_USERS 64
#define MAX_FIELD 64

static struct {
    char user[MAX_FIELD];
    char password[MAX_FIELD];
} users[MAX_USERS];
static int user_count;

static const char denied_page[] = "<html><body><h1>Sign in required</h1></body></html>\r\n";

static BOOL load_users(const char *path)
{
    HANDLE file = CreateFileA(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE)
        return FALSE;
    static char text[8192];
    DWORD len = 0;
    BOOL ok = ReadFile(file, text, sizeof text - 1, &len, NULL);
    CloseHandle(file);
    if (!ok)
        return FALSE;
    text[len] = '\0';
    user_count = 0;
    for (char *line = text; *line != '\0' && user_count < MAX_USERS;) {
        char *end = line + strcspn(line, "\r\n");
        char *next = end + strspn(end, "\r\n");
        *end = '\0';
        char *colon = strchr(line, ':');
        if (line[0] != '#' && colon != NULL && colon - line < MAX_FIELD &&
            strlen(colon + 1) < MAX_FIELD) {
            *colon = '\0';
            strcpy(users[user_count].user, line);
            strcpy(users[user_count].password, colon + 1);
            user_count++;
        }
        line = next;
    }
    return TRUE;
}

BOOL WINAPI GetFilterVersion(HTTP_FILTER_VERSION *pVer)
{
    char path[MAX_PATH];
    DWORD n = GetEnvironmentVariableA("W3_SAMPLE_USERS", path, sizeof path);
    if (n == 0 || n >= sizeof path) {
        SetLastError(ERROR_FILE_NOT_FOUND);
        return FALSE;
    }
    if (!load_users(path))
        return FALSE; /* CreateFile's or ReadFile's error is reported by the server */
    pVer->dwFilterVersion = HTTP_FILTER_REVISION;
    strcpy(pVer->lpszFilterDesc, "Basic authentication from a users file (w3compat sample)");
    pVer->dwFlags = SF_NOTIFY_SECURE_PORT | SF_NOTIFY_NONSECURE_PORT | SF_NOTIFY_AUTHENTICATION |
                    SF_NOTIFY_ACCESS_DENIED | SF_NOTIFY_ORDER_HIGH;
    return TRUE;
}

static BOOL known(const char *user, const char *password)
{
    for (int i = 0; i < user_count; i++)
        if (strcmp(users[i].user, user) == 0 && strcmp(users[i].password, password) == 0)
            return TRUE;
    return FALSE;
}

DWORD WINAPI HttpFilterProc(HTTP_FILTER_CONTEXT *pfc, DWORD NotificationType, VOID *pvNotification)
{
    if (NotificationType == SF_NOTIFY_AUTHENTICATION) {
        HTTP_FILTER_AUTHENT *auth = pvNotification;
        if (auth->pszUser[0] != '\0' && known(auth->pszUser, auth->pszPassword))
            return SF_STATUS_REQ_NEXT_NOTIFICATION;
        SetLastError(ERROR_ACCESS_DENIED);
        return SF_STATUS_REQ_ERROR;
    }
    if (NotificationType == SF_NOTIFY_ACCESS_DENIED) {
        char headers[256];
        wsprintfA(headers,
                  "WWW-Authenticate: Basic realm=\"w3compat\"\r\nContent-Type: text/html\r\n"
                  "Content-Length: %u\r\n\r\n",
                  (unsigned)(sizeof denied_page - 1));
        if (!pfc->ServerSupportFunction(pfc, SF_REQ_SEND_RESPONSE_HEADER, "401 Unauthorized",
                                        (ULONG_PTR)headers, 0))
            return SF_STATUS_REQ_NEXT_NOTIFICATION;
        DWORD cb = sizeof denied_page - 1;
        pfc->WriteClient(pfc, (LPVOID)denied_page, &cb, 0);
        return SF_STATUS_REQ_FINISHED_KEEP_CONN;
    }
    return SF_STATUS_REQ_NEXT_NOTIFICATION;
}

BOOL WINAPI TerminateFilter(DWORD dwFlags)
{
    (void)dwFlags;
    user_count = 0;
    return TRUE;
}
