#include "file_info.h"

/* Seconds from 1601-01-01 to 1970-01-01. */
#define EPOCH_DIFFERENCE 11644473600ULL

DWORD w3_attributes_of_stat(const struct stat *st)
{
    DWORD attributes = S_ISDIR(st->st_mode) ? FILE_ATTRIBUTE_DIRECTORY : FILE_ATTRIBUTE_ARCHIVE;
    if (!(st->st_mode & S_IWUSR))
        attributes |= FILE_ATTRIBUTE_READONLY;
    return attributes;
}

FILETIME w3_filetime_of_timespec(struct timespec ts)
{
    ULONGLONG t =
        ((ULONGLONG)ts.tv_sec + EPOCH_DIFFERENCE) * 10000000ULL + (ULONGLONG)ts.tv_nsec / 100;
    FILETIME ft = {(DWORD)t, (DWORD)(t >> 32)};
    return ft;
}

void w3_attribute_data_of_stat(const struct stat *st, WIN32_FILE_ATTRIBUTE_DATA *data)
{
    ULONGLONG size = S_ISDIR(st->st_mode) ? 0 : (ULONGLONG)st->st_size;
    data->dwFileAttributes = w3_attributes_of_stat(st);
    data->ftCreationTime = w3_filetime_of_timespec(st->st_mtim);
    data->ftLastAccessTime = w3_filetime_of_timespec(st->st_atim);
    data->ftLastWriteTime = w3_filetime_of_timespec(st->st_mtim);
    data->nFileSizeHigh = (DWORD)(size >> 32);
    data->nFileSizeLow = (DWORD)size;
}
