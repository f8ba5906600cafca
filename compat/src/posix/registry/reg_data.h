/* Value data and names as A and W callers see them (internal to libw3compat). */
#ifndef W3COMPAT_REG_DATA_H
#define W3COMPAT_REG_DATA_H

#include "reg_tree.h"

/* What a caller reads for stored data: string types as UTF-8 (A) or WCHARs (W), other
 * types unchanged. malloc'd (never NULL unless memory ran out), *out_size set. */
BYTE *w3_reg_data_out(DWORD type, const BYTE *data, DWORD size, BOOL wide, DWORD *out_size);
/* What is stored for a caller's data: string types to UTF-16LE, others unchanged. */
BYTE *w3_reg_data_in(DWORD type, const BYTE *data, DWORD size, BOOL wide, DWORD *stored);

/* Copies size bytes to buffer under the lpcbData rules: buffer NULL asks for the size
 * only; too small a buffer is ERROR_MORE_DATA. *cb gets the size either way. */
LSTATUS w3_reg_give_data(const BYTE *data, DWORD size, LPBYTE buffer, LPDWORD cb);
/* Copies a name to buffer (*cch characters, terminator included) and sets *cch to its
 * length without the terminator; ERROR_MORE_DATA, *cch unchanged, when it does not fit. */
LSTATUS w3_reg_give_name(const char *name, void *buffer, LPDWORD cch, BOOL wide);
/* A name's length in the caller's characters (bytes for A, WCHARs for W). */
DWORD w3_reg_name_length(const char *name, BOOL wide);

#endif
