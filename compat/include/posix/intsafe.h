/* intsafe.h for POSIX: integer conversions and arithmetic that report overflow instead
 * of wrapping. Each function returns S_OK and the exact result, or
 * INTSAFE_E_ARITHMETIC_OVERFLOW and the result type's error value (all bits set: -1 for
 * a signed type, the largest value for an unsigned one), as intsafe.h documents it.
 * Names follow the Windows SDK: <Type>Add/Sub/Mult(x, y, &r) and <From>To<To>(x, &r). */
#ifndef W3COMPAT_INTSAFE_H
#define W3COMPAT_INTSAFE_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include "windef.h"
#include "winerror.h"

W3COMPAT_BEGIN_C

#ifndef INTSAFE_E_ARITHMETIC_OVERFLOW
#define INTSAFE_E_ARITHMETIC_OVERFLOW ((HRESULT)0x80070216L)
#endif

/* The checks are the compiler's: its overflow builtins compute in infinite precision. */
#define W3_INTSAFE_CHECKED(op, x, y, result)                                                       \
    {                                                                                              \
        if (__builtin_##op##_overflow(x, y, result)) {                                             \
            *(result) = ~0;                                                                        \
            return INTSAFE_E_ARITHMETIC_OVERFLOW;                                                  \
        }                                                                                          \
        return S_OK;                                                                               \
    }

/* The SDK's type names, with the C type each stands for. */
#define W3_INTSAFE_TYPES(X)                                                                        \
    X(Int8, INT8)                                                                                  \
    X(UInt8, UINT8)                                                                                \
    X(Byte, BYTE)                                                                                  \
    X(Short, SHORT)                                                                                \
    X(UShort, USHORT)                                                                              \
    X(Word, WORD)                                                                                  \
    X(Int, INT)                                                                                    \
    X(UInt, UINT)                                                                                  \
    X(Long, LONG)                                                                                  \
    X(ULong, ULONG)                                                                                \
    X(DWord, DWORD)                                                                                \
    X(LongLong, LONGLONG)                                                                          \
    X(ULongLong, ULONGLONG)                                                                        \
    X(IntPtr, INT_PTR)                                                                             \
    X(UIntPtr, UINT_PTR)                                                                           \
    X(LongPtr, LONG_PTR)                                                                           \
    X(ULongPtr, ULONG_PTR)                                                                         \
    X(DWordPtr, DWORD_PTR)                                                                         \
    X(SizeT, SIZE_T)                                                                               \
    X(SSIZET, SSIZE_T)

#define W3_INTSAFE_OP(function, op, type)                                                          \
    static inline HRESULT function(type x, type y, type *result)                                   \
        W3_INTSAFE_CHECKED(op, x, y, result)
#define W3_INTSAFE_ADD(name, type) W3_INTSAFE_OP(name##Add, add, type)
#define W3_INTSAFE_SUB(name, type) W3_INTSAFE_OP(name##Sub, sub, type)
#define W3_INTSAFE_MULT(name, type) W3_INTSAFE_OP(name##Mult, mul, type)
W3_INTSAFE_TYPES(W3_INTSAFE_ADD)
W3_INTSAFE_TYPES(W3_INTSAFE_SUB)
W3_INTSAFE_TYPES(W3_INTSAFE_MULT)
#undef W3_INTSAFE_ADD
#undef W3_INTSAFE_SUB
#undef W3_INTSAFE_MULT
#undef W3_INTSAFE_OP

/* Every conversion between two of the types. */
#define W3_INTSAFE_TO(from_name, from_type, to_name, to_type)                                      \
    static inline HRESULT from_name##To##to_name(from_type x, to_type *result)                     \
        W3_INTSAFE_CHECKED(add, x, 0, result)
#define W3_INTSAFE_FROM(from_name, from_type)                                                      \
    W3_INTSAFE_TO(from_name, from_type, Int8, INT8)                                                \
    W3_INTSAFE_TO(from_name, from_type, UInt8, UINT8)                                              \
    W3_INTSAFE_TO(from_name, from_type, Byte, BYTE)                                                \
    W3_INTSAFE_TO(from_name, from_type, Short, SHORT)                                              \
    W3_INTSAFE_TO(from_name, from_type, UShort, USHORT)                                            \
    W3_INTSAFE_TO(from_name, from_type, Word, WORD)                                                \
    W3_INTSAFE_TO(from_name, from_type, Int, INT)                                                  \
    W3_INTSAFE_TO(from_name, from_type, UInt, UINT)                                                \
    W3_INTSAFE_TO(from_name, from_type, Long, LONG)                                                \
    W3_INTSAFE_TO(from_name, from_type, ULong, ULONG)                                              \
    W3_INTSAFE_TO(from_name, from_type, DWord, DWORD)                                              \
    W3_INTSAFE_TO(from_name, from_type, LongLong, LONGLONG)                                        \
    W3_INTSAFE_TO(from_name, from_type, ULongLong, ULONGLONG)                                      \
    W3_INTSAFE_TO(from_name, from_type, IntPtr, INT_PTR)                                           \
    W3_INTSAFE_TO(from_name, from_type, UIntPtr, UINT_PTR)                                         \
    W3_INTSAFE_TO(from_name, from_type, LongPtr, LONG_PTR)                                         \
    W3_INTSAFE_TO(from_name, from_type, ULongPtr, ULONG_PTR)                                       \
    W3_INTSAFE_TO(from_name, from_type, DWordPtr, DWORD_PTR)                                       \
    W3_INTSAFE_TO(from_name, from_type, SizeT, SIZE_T)                                             \
    W3_INTSAFE_TO(from_name, from_type, SSIZET, SSIZE_T)
W3_INTSAFE_TYPES(W3_INTSAFE_FROM)
#undef W3_INTSAFE_FROM
#undef W3_INTSAFE_TO

W3COMPAT_END_C

#endif
