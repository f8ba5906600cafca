/* _wstat (a wide path, UTF-8 on disk) and _ftime. */
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/timeb.h>

#include "../crt_internal.h"
#include "../text_conv.h"

int __cdecl _wstat(const wchar_t *path, struct stat *buffer)
{
    if (!path || !buffer) {
        w3_crt_invalid_parameter(EINVAL, "_wstat");
        return -1;
    }
    char *narrow = w3_wide_to_utf8(path);
    if (!narrow) {
        errno = ENOMEM;
        return -1;
    }
    int r = stat(narrow, buffer);
    free(narrow);
    return r;
}

errno_t __cdecl _ftime_s(struct _timeb *now)
{
    if (!now)
        return w3_crt_invalid_parameter(EINVAL, "_ftime_s");
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm local;
    localtime_r(&ts.tv_sec, &local);
    now->time = ts.tv_sec;
    now->millitm = (unsigned short)(ts.tv_nsec / 1000000);
    /* Minutes west of UTC for standard time; dstflag says whether DST applies now. */
    now->timezone = (short)(timezone / 60);
    now->dstflag = (short)(local.tm_isdst > 0);
    return 0;
}

void __cdecl _ftime(struct _timeb *now)
{
    _ftime_s(now);
}
