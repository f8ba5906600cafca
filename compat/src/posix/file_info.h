/* What Windows reports about a file, computed from its POSIX status. */
#ifndef W3COMPAT_POSIX_FILE_INFO_H
#define W3COMPAT_POSIX_FILE_INFO_H

#include <windows.h>

#include <sys/stat.h>
#include <time.h>

/* FILE_ATTRIBUTE_* for a file with this status. A regular file carries
 * FILE_ATTRIBUTE_ARCHIVE, as a newly written file does on Windows; one without the
 * owner's write permission is FILE_ATTRIBUTE_READONLY. */
DWORD w3_attributes_of_stat(const struct stat *st);

/* Attributes, times and size (0 for a directory, as Windows reports it). Windows has no
 * creation time on POSIX file systems: the last write time stands in for it. */
void w3_attribute_data_of_stat(const struct stat *st, WIN32_FILE_ATTRIBUTE_DATA *data);

/* A POSIX time as a FILETIME (100 ns units since 1601-01-01 UTC). */
FILETIME w3_filetime_of_timespec(struct timespec ts);

#endif
