/* The reverse order of windows_then_std.c: the standard headers first, then
 * <windows.h>, whose declarations must not clash with what the library declared. */
#include "std_headers.h"

#include <windows.h>

_Check_return_ int w3_header_order_probe(_In_reads_bytes_(n) const void *p, _In_ size_t n,
                                         _Out_opt_ int *out);
