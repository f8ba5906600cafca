/* <defaultDocument> and <directoryBrowse> as the static file handler obeys them at a
 * request's path (IIS's DefaultDocumentModule and DirectoryListingModule). */
#ifndef W3E_STATIC_FOLDER_H
#define W3E_STATIC_FOLDER_H

#include <stddef.h>

#include "w3engine.h"

typedef struct w3s_folder w3s_folder;

/* The sections at the request's configuration path; NULL without a configuration
 * system (the handler keeps the settings it was created with). */
const w3s_folder *w3s_folder_for(w3_request *req);

/* The default documents to try, in order. An enabled section whose <files> names none
 * keeps the handler's own list (`*documents`, `*count` on entry); a disabled one has
 * none. */
void w3s_folder_documents(const w3s_folder *folder, const char *const **documents, size_t *count);

/* Nonzero when directoryBrowse is enabled. */
int w3s_folder_browses(const w3s_folder *folder);

#endif
