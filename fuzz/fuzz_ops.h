/* The operations a fuzz input hands a fuzzing filter or extension: a list separated by
 * '|', each a one-character code followed by up to two arguments separated by '^'.
 * "~HH" stands for the byte 0xHH, so that CR, LF and NUL reach the server's callbacks
 * (an argument with a decoded NUL ends there, as a C string does). */
#ifndef W3_FUZZ_OPS_H
#define W3_FUZZ_OPS_H

struct fuzz_op {
    char code; /* 0 at the end of the list */
    char *arg1;
    char *arg2; /* NULL when the operation has one argument */
};

/* The next operation of the list at *cursor, which is cut up in place. */
struct fuzz_op fuzz_next_op(char **cursor);

#endif
