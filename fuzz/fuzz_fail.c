/* A broken invariant ends the run as a crash, so libFuzzer keeps the input. */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz_target.h"

void fuzz_fail(const char *what)
{
    fprintf(stderr, "fuzz: invariant broken: %s\n", what);
    abort();
}
