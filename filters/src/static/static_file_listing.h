/* The directory listing of the static file handler (IIS's DirectoryListingModule). */
#ifndef W3E_STATIC_FILE_LISTING_H
#define W3E_STATIC_FILE_LISTING_H

#include "w3engine.h"

/* Writes an HTML page listing directory `dir`, whose URL is `url_path` (ending in
 * '/'). Returns nonzero on success. */
int w3s_write_listing(w3_response *resp, const char *dir, const char *url_path);

#endif
