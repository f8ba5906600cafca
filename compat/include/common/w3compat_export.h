/* How libw3compat's own functions are exported and imported. */
#ifndef W3COMPAT_EXPORT_H
#define W3COMPAT_EXPORT_H

#ifdef _WIN32
#ifdef W3COMPAT_BUILDING
#define W3COMPAT_EXPORT __declspec(dllexport)
#else
#define W3COMPAT_EXPORT __declspec(dllimport)
#endif
#else
#define W3COMPAT_EXPORT __attribute__((visibility("default")))
#endif

#endif
