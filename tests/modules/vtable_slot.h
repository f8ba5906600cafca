/* Reading a virtual method's vtable slot from a pointer to member function.
 *
 * Under the Itanium C++ ABI, which GCC uses on Linux and also for MinGW-w64 targets, a
 * pointer to a virtual member function holds 1 + the byte offset of its vtable slot in
 * its first word (a non-virtual one holds the function's address, which is even on
 * x86_64). The slot_reading test case checks this on a class of known layout. */
#ifndef W3_VTABLE_SLOT_H
#define W3_VTABLE_SLOT_H

#include <stddef.h>
#include <string.h>

/* The slot index of virtual method pmf, or -1 if pmf is not virtual. */
template <class Pmf> long w3_vtable_slot(Pmf pmf)
{
    static_assert(sizeof(Pmf) == 2 * sizeof(ptrdiff_t), "Itanium pointer to member function");
    ptrdiff_t words[2];
    memcpy(words, &pmf, sizeof words);
    if ((words[0] & 1) == 0)
        return -1;
    return (long)((words[0] - 1) / (ptrdiff_t)sizeof(void *));
}

/* A class that adds one virtual method to T: that method takes the first slot after
 * T's, so its slot index is the number of slots in T's vtable. */
template <class T> struct w3_vtable_probe : T {
    virtual void w3_probe_slot() {}
};

template <class T> long w3_vtable_size()
{
    return w3_vtable_slot(&w3_vtable_probe<T>::w3_probe_slot);
}

#endif
