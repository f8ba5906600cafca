#include "w3compat.h"

const char *W3CompatVersion(void)
{
    return W3COMPAT_VERSION;
}
