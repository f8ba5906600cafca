/* The everyday macros and small types of windows.h: memory macros, boolean, inline and
 * declspec spellings, array and field helpers, word packing, min/max, limits. */
#include <windows.h>

#include <stddef.h>

#include "w3test.h"

W3_TEST(memory_macros_fill_copy_move_and_zero)
{
    unsigned char a[8], b[8];
    FillMemory(a, sizeof a, 0xAB); /* destination, length, fill byte */
    for (size_t i = 0; i < sizeof a; i++)
        W3_CHECK_EQ(a[i], 0xAB);
    ZeroMemory(a, 4);
    W3_CHECK_EQ(a[3], 0);
    W3_CHECK_EQ(a[4], 0xAB);
    CopyMemory(b, "abcdefgh", 8);
    W3_CHECK_MEM(b, "abcdefgh", 8);
    MoveMemory(b + 2, b, 6); /* overlapping */
    W3_CHECK_MEM(b, "ababcdef", 8);
    RtlFillMemory(a, 8, 'x');
    RtlCopyMemory(b, a, 8);
    W3_CHECK_MEM(b, "xxxxxxxx", 8);
    RtlMoveMemory(b, "12345678", 3);
    W3_CHECK_MEM(b, "123xxxxx", 8);
    RtlZeroMemory(b, 8);
    W3_CHECK_MEM(b, "\0\0\0\0\0\0\0\0", 8);
}

W3_TEST(secure_zero_memory_clears_and_returns_the_buffer)
{
    char secret[32];
    for (size_t i = 0; i < sizeof secret; i++)
        secret[i] = (char)(i + 1);
    W3_CHECK(SecureZeroMemory(secret, sizeof secret) == secret);
    for (size_t i = 0; i < sizeof secret; i++)
        W3_CHECK_EQ(secret[i], 0);
    secret[0] = 5;
    W3_CHECK(RtlSecureZeroMemory(secret, 1) == secret);
    W3_CHECK_EQ(secret[0], 0);
}

FORCEINLINE int twice(int x)
{
    return 2 * x;
}

static DECLSPEC_NOINLINE int thrice(int x)
{
    return 3 * x;
}

W3_TEST(boolean_and_inline_spellings)
{
    boolean flag = TRUE;
    BOOLEAN other = FALSE;
    W3_CHECK_EQ(sizeof(boolean), 1);
    W3_CHECK_EQ(sizeof flag, sizeof other);
    W3_CHECK_EQ(twice(21), 42);
    W3_CHECK_EQ(thrice(5), 15);
}

static int unused_parameters(int a, int b, int c)
{
    int local = 0;
    UNREFERENCED_PARAMETER(a);
    DBG_UNREFERENCED_PARAMETER(b);
    DBG_UNREFERENCED_LOCAL_VARIABLE(local);
    return c;
}

struct record {
    int id;
    char name[12];
    LIST_ENTRY link;
};

C_ASSERT(sizeof(DWORD) == 4);
C_ASSERT(FIELD_OFFSET(struct record, name) == 4);

W3_TEST(array_and_field_helpers)
{
    int numbers[7];
    WCHAR wide[13];
    struct record r;
    C_ASSERT(ARRAYSIZE(numbers) == 7);
    W3_CHECK_EQ(ARRAYSIZE(numbers), 7);
    W3_CHECK_EQ(_countof(wide), 13);
    W3_CHECK_EQ(RTL_NUMBER_OF(wide), 13);
    W3_CHECK_EQ_I(FIELD_OFFSET(struct record, link), offsetof(struct record, link));
    W3_CHECK_EQ(RTL_FIELD_SIZE(struct record, name), 12);
    W3_CHECK(CONTAINING_RECORD(&r.link, struct record, link) == &r);
    W3_CHECK(CONTAINING_RECORD(&r.name[0], struct record, name) == &r);
    W3_CHECK_EQ(unused_parameters(1, 2, 3), 3);
}

W3_TEST(word_and_byte_packing)
{
    W3_CHECK_EQ(MAKEWORD(0x34, 0x12), 0x1234);
    W3_CHECK_EQ((DWORD)MAKELONG(0x5678, 0x1234), 0x12345678u);
    W3_CHECK_EQ(LOWORD(0x12345678u), 0x5678);
    W3_CHECK_EQ(HIWORD(0x12345678u), 0x1234);
    W3_CHECK_EQ(LOBYTE(0x1234), 0x34);
    W3_CHECK_EQ(HIBYTE(0x1234), 0x12);
    W3_CHECK_EQ(MAKEWORD(0x1FF, 0x2FF), 0xFFFF); /* only the low bytes count */
    W3_CHECK_EQ(LOWORD(0xFFFFFFFFFFFF0001ull), 1);
}

W3_TEST(min_max_and_limits)
{
#if defined(min) && defined(max)
    W3_CHECK_EQ_I(min(3, -4), -4);
    W3_CHECK_EQ_I(max(3, -4), 3);
    W3_CHECK_EQ(min(2u, 9u), 2u);
#else
    W3_CHECK(!"windows.h defines min and max in C unless NOMINMAX");
#endif
    W3_CHECK_EQ(INFINITE, 0xFFFFFFFFu);
    W3_CHECK_EQ(MAXDWORD, 0xFFFFFFFFu);
    W3_CHECK_EQ(MAXLONG, 0x7FFFFFFF);
    W3_CHECK_EQ(MAXWORD, 0xFFFF);
    W3_CHECK_EQ(MAXBYTE, 0xFF);
    W3_CHECK_EQ(MAXSHORT, 0x7FFF);
    W3_CHECK_EQ(MEMORY_ALLOCATION_ALIGNMENT, 2 * sizeof(void *));
}
