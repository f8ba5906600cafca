#include "host_log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

/* systemd sets JOURNAL_STREAM to "DEVICE:INODE" of the stream it connected; it counts
 * only while stderr is still that stream (not redirected by a wrapper script). */
static int stderr_is_journal(void)
{
    const char *stream = getenv("JOURNAL_STREAM");
    unsigned long long dev, ino;
    struct stat st;
    if (stream == NULL || sscanf(stream, "%llu:%llu", &dev, &ino) != 2 || fstat(2, &st) != 0)
        return 0;
    return (unsigned long long)st.st_dev == dev && (unsigned long long)st.st_ino == ino;
}

void host_log(int priority, const char *fmt, ...)
{
    static int journal = -1;
    if (journal < 0)
        journal = stderr_is_journal();
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (journal)
        fprintf(stderr, "<%d>%s\n", priority, line);
    else
        fprintf(stderr, "%s\n", line);
}
