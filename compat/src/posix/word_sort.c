/* Word sort, in three passes, each deciding only when the previous ones tie:
 *   1. primary weights: symbols, then digits, then letters alphabetically, with the
 *      hyphen and apostrophe skipped ("co-op" sorts next to "coop");
 *   2. case: lower case before upper case (skipped by lstrcmpi);
 *   3. the skipped hyphens and apostrophes: the string that has more of them, or has
 *      one earlier, sorts later; an apostrophe sorts before a hyphen.
 * The symbol order below is what Windows (and Wine) give for printable ASCII. Other
 * characters sort after the letters by code point. */
#include "word_sort.h"

static const char symbol_order[] = " !\"#$%&()*,./:;?@[\\]^_`{|}~+<=>0123456789";

struct weight {
    uint32_t primary;
    int upper;
    int skipped;
};

static struct weight weigh(uint32_t c)
{
    struct weight w = {0, 0, 0};
    if (c == '\'' || c == '-') {
        w.skipped = c == '-' ? 2 : 1;
        return w;
    }
    if (c < 0x80) {
        if (c >= 'a' && c <= 'z')
            c -= 'a' - 'A', w.upper = -1;
        if (c >= 'A' && c <= 'Z') {
            w.upper += 1;
            w.primary = 0x100 + (c - 'A');
            return w;
        }
        for (size_t i = 0; symbol_order[i]; i++) {
            if ((uint32_t)(unsigned char)symbol_order[i] == c) {
                w.primary = 0x20 + (uint32_t)i;
                return w;
            }
        }
        w.primary = c; /* control characters: before every symbol */
        return w;
    }
    w.primary = 0x200 + c;
    return w;
}

static int sign(long long v)
{
    return (v > 0) - (v < 0);
}

int w3_word_sort_compare(const uint32_t *a, size_t alen, const uint32_t *b, size_t blen,
                         int ignore_case)
{
    size_t i = 0, j = 0;
    int case_result = 0;
    /* Passes 1 and 2 together: the first case difference is kept for a primary tie. */
    for (;;) {
        while (i < alen && weigh(a[i]).skipped)
            i++;
        while (j < blen && weigh(b[j]).skipped)
            j++;
        if (i == alen || j == blen)
            break;
        struct weight wa = weigh(a[i]), wb = weigh(b[j]);
        if (wa.primary != wb.primary)
            return wa.primary < wb.primary ? -1 : 1;
        if (!case_result && !ignore_case)
            case_result = sign(wa.upper - wb.upper);
        i++, j++;
    }
    if (i < alen || j < blen)
        return i < alen ? 1 : -1;
    if (case_result)
        return case_result;
    /* Pass 3: the skipped characters, position by position. */
    i = 0, j = 0;
    for (;;) {
        while (i < alen && !weigh(a[i]).skipped)
            i++;
        while (j < blen && !weigh(b[j]).skipped)
            j++;
        if (i == alen || j == blen)
            return (i < alen) - (j < blen);
        if (i != j)
            return i < j ? 1 : -1;
        int d = weigh(a[i]).skipped - weigh(b[j]).skipped;
        if (d)
            return sign(d);
        i++, j++;
    }
}
