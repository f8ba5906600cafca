/* What the applicationHost.config reader's suites share: a configuration file written
 * beside the test's working directory. */
#ifndef W3_TESTS_CONFIG_FILE_H
#define W3_TESTS_CONFIG_FILE_H

#include <stdio.h>

#include "w3test.h"

/* Writes `text` to the file `name` (the case fails if it cannot); returns `name`. */
static inline const char *write_file(const char *name, const char *text)
{
    FILE *f = fopen(name, "wb");
    W3_REQUIRE(f != NULL);
    fputs(text, f);
    fclose(f);
    return name;
}

#endif
