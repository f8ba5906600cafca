/* intsafe.h: exact results, and overflow reported with INTSAFE_E_ARITHMETIC_OVERFLOW and
 * the result type's error value. The same source runs against MinGW's header under Wine. */
#include <windows.h>
#include <intsafe.h>

#include "w3test.h"

W3_TEST(additions_and_their_overflow)
{
    UINT u = 0;
    W3_CHECK_EQ(UIntAdd(1, 2, &u), S_OK);
    W3_CHECK_EQ(u, 3);
    W3_CHECK_EQ(UIntAdd(0xffffffffu, 1, &u), INTSAFE_E_ARITHMETIC_OVERFLOW);
    W3_CHECK_EQ(u, 0xffffffffu); /* UINT_ERROR */
    INT i = 0;
    W3_CHECK_EQ(IntAdd(INT_MAX, 1, &i), INTSAFE_E_ARITHMETIC_OVERFLOW);
    W3_CHECK_EQ_I(i, -1); /* INT_ERROR */
    W3_CHECK_EQ(IntAdd(-5, 3, &i), S_OK);
    W3_CHECK_EQ_I(i, -2);
    size_t s = 0; /* SizeTAdd is size_t's (SIZETAdd is SIZE_T's) */
    W3_CHECK_EQ(SizeTAdd((SIZE_T)-2, 1, &s), S_OK);
    W3_CHECK_EQ(SizeTAdd((SIZE_T)-2, 2, &s), INTSAFE_E_ARITHMETIC_OVERFLOW);
    DWORD d = 0;
    W3_CHECK_EQ(DWordAdd(0xfffffff0u, 0x10u, &d), INTSAFE_E_ARITHMETIC_OVERFLOW);
    W3_CHECK_EQ(d, 0xffffffffu);
}

W3_TEST(subtractions_and_multiplications)
{
    ULONG ul = 7;
    W3_CHECK_EQ(ULongSub(3, 4, &ul), INTSAFE_E_ARITHMETIC_OVERFLOW);
    W3_CHECK_EQ(ul, 0xffffffffu);
    W3_CHECK_EQ(ULongSub(4, 3, &ul), S_OK);
    W3_CHECK_EQ(ul, 1);
    DWORD d = 0;
    W3_CHECK_EQ(DWordMult(0x10000u, 0x10000u, &d), INTSAFE_E_ARITHMETIC_OVERFLOW);
    W3_CHECK_EQ(DWordMult(0x10000u, 0xffffu, &d), S_OK);
    W3_CHECK_EQ(d, 0xffff0000u);
    LONGLONG ll = 0;
    W3_CHECK_EQ(LongLongMult(-3, 4, &ll), S_OK);
    W3_CHECK_EQ_I(ll, -12);
    USHORT us = 0;
    W3_CHECK_EQ(UShortMult(256, 256, &us), INTSAFE_E_ARITHMETIC_OVERFLOW);
    W3_CHECK_EQ(us, 0xffff);
}

W3_TEST(conversions_keep_the_value_or_report_it_does_not_fit)
{
    ULONG ul = 0;
    W3_CHECK_EQ(ULongLongToULong(0xffffffffull, &ul), S_OK);
    W3_CHECK_EQ(ul, 0xffffffffu);
    W3_CHECK_EQ(ULongLongToULong(0x100000000ull, &ul), INTSAFE_E_ARITHMETIC_OVERFLOW);
    W3_CHECK_EQ(ul, 0xffffffffu);
    UINT u = 5;
    W3_CHECK_EQ(IntToUInt(-1, &u), INTSAFE_E_ARITHMETIC_OVERFLOW);
    W3_CHECK_EQ(u, 0xffffffffu);
    INT i = 0;
    W3_CHECK_EQ(UIntToInt(0x80000000u, &i), INTSAFE_E_ARITHMETIC_OVERFLOW);
    W3_CHECK_EQ_I(i, -1);
    DWORD d = 0;
    W3_CHECK_EQ(SizeTToDWord(1234, &d), S_OK);
    W3_CHECK_EQ(d, 1234);
    LONG l = 0;
    W3_CHECK_EQ(LongLongToLong(-2147483648LL, &l), S_OK);
    W3_CHECK_EQ_I(l, -2147483647L - 1);
    W3_CHECK_EQ(LongLongToLong(-2147483649LL, &l), INTSAFE_E_ARITHMETIC_OVERFLOW);
    SHORT sh = 0;
    W3_CHECK_EQ(IntToShort(40000, &sh), INTSAFE_E_ARITHMETIC_OVERFLOW);
    W3_CHECK_EQ_I(sh, -1);
}
