/* MulDiv. */
#include <windows.h>

int WINAPI MulDiv(int nNumber, int nNumerator, int nDenominator)
{
    long long product = (long long)nNumber * nNumerator;
    long long divisor = nDenominator, quotient, remainder;

    if (divisor == 0)
        return -1;
    if (divisor < 0) {
        divisor = -divisor;
        product = -product;
    }
    quotient = product / divisor;
    remainder = product % divisor;
    /* Round half away from zero. */
    if (2 * (remainder < 0 ? -remainder : remainder) >= divisor)
        quotient += product < 0 ? -1 : 1;
    if (quotient > 2147483647LL || quotient < -2147483647LL)
        return -1;
    return (int)quotient;
}
