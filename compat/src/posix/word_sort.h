/* The order lstrcmp/lstrcmpi give strings: Windows' word sort, as the default user
 * locale applies it to ASCII. */
#ifndef W3COMPAT_WORD_SORT_H
#define W3COMPAT_WORD_SORT_H

#include <stddef.h>
#include <stdint.h>

/* Compares two strings of code points (lengths in units); returns <0, 0 or >0. */
int w3_word_sort_compare(const uint32_t *a, size_t alen, const uint32_t *b, size_t blen,
                         int ignore_case);

#endif
