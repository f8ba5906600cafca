#include "static_file_listing.h"

#include <stdio.h>
#include <string.h>

#include <windows.h>

static int write_str(w3_response *resp, const char *s)
{
    return w3_response_write(resp, s, strlen(s));
}

/* Text for HTML: element content and double-quoted attribute values. */
static int write_escaped(w3_response *resp, const char *s)
{
    int ok = 1;
    for (; *s != '\0' && ok; s++) {
        switch (*s) {
        case '<':
            ok = write_str(resp, "&lt;");
            break;
        case '>':
            ok = write_str(resp, "&gt;");
            break;
        case '&':
            ok = write_str(resp, "&amp;");
            break;
        case '"':
            ok = write_str(resp, "&quot;");
            break;
        default:
            ok = w3_response_write(resp, s, 1);
        }
    }
    return ok;
}

/* A name as a URL path segment: everything but unreserved characters escaped. */
static int write_url_segment(w3_response *resp, const char *s)
{
    int ok = 1;
    for (; *s != '\0' && ok; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~') {
            ok = w3_response_write(resp, s, 1);
        } else {
            char esc[4];
            snprintf(esc, sizeof esc, "%%%02X", c);
            ok = write_str(resp, esc);
        }
    }
    return ok;
}

int w3s_write_listing(w3_response *resp, const char *dir, const char *url_path)
{
    char pattern[4200];
    snprintf(pattern, sizeof pattern, "%s/*", dir);
    int ok = write_str(resp, "<html><head><title>") && write_escaped(resp, url_path) &&
             write_str(resp, "</title></head><body><h1>") && write_escaped(resp, url_path) &&
             write_str(resp, "</h1><hr><pre>");
    if (ok && strcmp(url_path, "/") != 0)
        ok = write_str(resp, "<a href=\"../\">[To Parent Directory]</a>\n");
    WIN32_FIND_DATAA fd;
    HANDLE h = FindFirstFileA(pattern, &fd);
    if (h != INVALID_HANDLE_VALUE) {
        do {
            if (strcmp(fd.cFileName, ".") == 0 || strcmp(fd.cFileName, "..") == 0)
                continue;
            int is_dir = (fd.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
            ok = write_str(resp, "<a href=\"") && write_url_segment(resp, fd.cFileName) &&
                 write_str(resp, is_dir ? "/\">" : "\">") && write_escaped(resp, fd.cFileName) &&
                 write_str(resp, is_dir ? "/</a>\n" : "</a>\n");
        } while (ok && FindNextFileA(h, &fd));
        FindClose(h);
    }
    return ok && write_str(resp, "</pre><hr></body></html>\n");
}
