/* std_then_windows.c as C++. */
#include "std_then_windows.c"
