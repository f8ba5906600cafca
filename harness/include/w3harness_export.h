/* How libw3harness's public functions are exported and imported. */
#ifndef W3HARNESS_EXPORT_H
#define W3HARNESS_EXPORT_H

#ifdef _WIN32
#ifdef W3HARNESS_BUILDING
#define W3HARNESS_EXPORT __declspec(dllexport)
#else
#define W3HARNESS_EXPORT __declspec(dllimport)
#endif
#else
#define W3HARNESS_EXPORT __attribute__((visibility("default")))
#endif

#endif
