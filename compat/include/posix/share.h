/* The Microsoft CRT's share.h: sharing modes for _fsopen and _sopen. POSIX has no
 * share modes; the values are accepted and every open shares everything. */
#ifndef W3COMPAT_SHARE_H
#define W3COMPAT_SHARE_H

#define _SH_DENYRW 0x10
#define _SH_DENYWR 0x20
#define _SH_DENYRD 0x30
#define _SH_DENYNO 0x40
#define _SH_SECURE 0x80
#define SH_DENYRW _SH_DENYRW
#define SH_DENYWR _SH_DENYWR
#define SH_DENYRD _SH_DENYRD
#define SH_DENYNO _SH_DENYNO

#endif
