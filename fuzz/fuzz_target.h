/* The contract every fuzz target implements, libFuzzer's: LLVMFuzzerTestOneInput runs
 * one input. Built with clang's -fsanitize=fuzzer it is driven by libFuzzer; otherwise
 * replay_main.c drives it over corpus files, so the same targets run under MinGW/Wine
 * and with gcc. */
#ifndef W3_FUZZ_TARGET_H
#define W3_FUZZ_TARGET_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Called once before the first input: a target sets up what every input shares here,
 * so that libFuzzer's leak check of each input does not see it. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run with a message: an invariant of the target does not hold. */
void fuzz_fail(const char *what);

#ifdef __cplusplus
}
#endif

#endif
