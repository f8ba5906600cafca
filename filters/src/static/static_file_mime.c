/* File extension -> Content-Type: the common part of IIS's <staticContent> table. */
#include "static_file.h"

#include <string.h>

#include "base/text.h"

static const struct {
    const char *ext;
    const char *type;
} mime_table[] = {
    {"avif", "image/avif"},
    {"bmp", "image/bmp"},
    {"css", "text/css"},
    {"csv", "text/csv"},
    {"gif", "image/gif"},
    {"gz", "application/x-gzip"},
    {"htm", "text/html"},
    {"html", "text/html"},
    {"ico", "image/x-icon"},
    {"jpeg", "image/jpeg"},
    {"jpg", "image/jpeg"},
    {"js", "application/javascript"},
    {"json", "application/json"},
    {"map", "application/json"},
    {"mp3", "audio/mpeg"},
    {"mp4", "video/mp4"},
    {"pdf", "application/pdf"},
    {"png", "image/png"},
    {"svg", "image/svg+xml"},
    {"txt", "text/plain"},
    {"wasm", "application/wasm"},
    {"webm", "video/webm"},
    {"webp", "image/webp"},
    {"woff", "font/woff"},
    {"woff2", "font/woff2"},
    {"xml", "text/xml"},
    {"zip", "application/x-zip-compressed"},
};

const char *w3s_mime_type(const char *name)
{
    const char *slash = strrchr(name, '/');
    const char *dot = strrchr(slash != NULL ? slash : name, '.');
    if (dot == NULL)
        return NULL;
    for (size_t i = 0; i < sizeof mime_table / sizeof mime_table[0]; i++)
        if (w3e_ieq(dot + 1, mime_table[i].ext))
            return mime_table[i].type;
    return NULL;
}
