#include "fuzz_ops.h"

#include <stddef.h>
#include <string.h>

static int hex(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Decodes the "~HH" escapes of s in place and ends it after the decoded bytes. */
static void unescape(char *s)
{
    size_t len = strlen(s), out = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '~' && i + 2 < len && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            s[out++] = (char)(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            s[out++] = s[i];
        }
    }
    s[out] = '\0';
}

struct fuzz_op fuzz_next_op(char **cursor)
{
    char *text = *cursor;
    struct fuzz_op op = {0, text, NULL};
    if (text == NULL || *text == '\0')
        return op;
    char *bar = strchr(text, '|');
    if (bar != NULL)
        *bar++ = '\0';
    *cursor = bar;
    op.code = text[0];
    op.arg1 = text + 1;
    char *caret = strchr(op.arg1, '^');
    if (caret != NULL) {
        *caret = '\0';
        op.arg2 = caret + 1;
        unescape(op.arg2);
    }
    unescape(op.arg1);
    return op;
}
