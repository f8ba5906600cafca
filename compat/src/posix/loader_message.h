/* The loader's own description of its last failure on this thread (dlerror text),
 * returned by W3GetLastLoaderMessage. */
#ifndef W3COMPAT_POSIX_LOADER_MESSAGE_H
#define W3COMPAT_POSIX_LOADER_MESSAGE_H

/* Keeps a copy of message (truncated to a fixed size) for the calling thread. */
void w3_set_loader_message(const char *message);

#endif
