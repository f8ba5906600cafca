/* windows_then_std.c as C++. */
#include "windows_then_std.c"
