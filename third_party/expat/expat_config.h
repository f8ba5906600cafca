/* Build configuration of the vendored Expat (what its CMake build would generate). */
#ifndef W3COMPAT_EXPAT_CONFIG_H
#define W3COMPAT_EXPAT_CONFIG_H

#define BYTEORDER 1234
#define XML_CONTEXT_BYTES 1024
#define XML_DTD 1
#define XML_NS 1
#define HAVE_MEMMOVE 1
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#ifdef _WIN32
/* Entropy for the hash salt comes from rand_s there. */
#else
#define HAVE_GETRANDOM 1
#define HAVE_SYSCALL_GETRANDOM 1
#define HAVE_UNISTD_H 1
#define HAVE_FCNTL_H 1
#define XML_DEV_URANDOM 1
#endif

#endif
