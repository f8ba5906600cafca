/* How libw3engine's public functions are exported and imported. */
#ifndef W3ENGINE_EXPORT_H
#define W3ENGINE_EXPORT_H

#ifdef _WIN32
#ifdef W3ENGINE_BUILDING
#define W3ENGINE_EXPORT __declspec(dllexport)
#else
#define W3ENGINE_EXPORT __declspec(dllimport)
#endif
#else
#define W3ENGINE_EXPORT __attribute__((visibility("default")))
#endif

#endif
