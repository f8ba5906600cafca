#include "w3engine_export.h"

/* The engine's version, "MAJOR.MINOR.PATCH". */
W3ENGINE_EXPORT const char *W3EngineVersion(void);

const char *W3EngineVersion(void)
{
    return W3ENGINE_VERSION;
}
