/* Open files kept per worker for the responses sent from the event loop's thread
 * (nginx's open_file_cache, IIS's file cache): a path's descriptor stays open between
 * requests and is checked against the path with one stat per second at most. POSIX. */
#ifndef W3HOST_OPEN_FILE_CACHE_H
#define W3HOST_OPEN_FILE_CACHE_H

/* At most this many files stay open; a new path closes the one whose place it takes. */
#define OPEN_FILE_CACHE_ENTRIES 256
/* A descriptor older than this is checked against its path (device, inode, size,
 * modification time) before it is used, and reopened when the path names another
 * file: a changed file is sent fresh at most this long after the change. */
#define OPEN_FILE_CACHE_VALID_MS 1000

/* A descriptor open on `path` (read-only), owned by the cache: valid until the next
 * call. -1 with errno when the file cannot be opened. now_ms: the loop's clock. */
int open_file_cache_get(const char *path, unsigned long long now_ms);

/* Closes every kept descriptor. */
void open_file_cache_clear(void);

#endif
