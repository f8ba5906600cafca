/* Compiles only if <windows.h> leaves the standard headers that follow it intact (no
 * macro of ours may rename an identifier of the C or C++ library). Built as C, and as
 * C++ (windows_then_std.cpp) at several language levels. */
#include <windows.h>

#include "std_headers.h"

/* Annotations that stay usable in every language once the library is in. */
_Check_return_ int w3_header_order_probe(_In_reads_bytes_(n) const void *p, _In_ size_t n,
                                         _Out_opt_ int *out);
