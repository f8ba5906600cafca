/* UUIDs from the RPC runtime (rpcdce.h): UuidCreate makes a random (version 4) UUID, as
 * does UuidCreateSequential here (no MAC-based sequence); the string forms are
 * "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" in lower case, without braces, allocated by
 * UuidToString and freed with RpcStringFree. RPC_WSTR strings are WCHAR strings. */
#ifndef W3COMPAT_RPCDCE_H
#define W3COMPAT_RPCDCE_H

#include "guiddef.h"

#define RPC_ENTRY
#define RPCRTAPI W3COMPAT_EXPORT
#define RPC_S_OK ERROR_SUCCESS
#define RPC_S_INVALID_STRING_UUID 1705L
#define RPC_S_UUID_LOCAL_ONLY 1824L
#define RPC_S_UUID_NO_ADDRESS 1739L

typedef long RPC_STATUS;
typedef unsigned char *RPC_CSTR;
typedef WCHAR *RPC_WSTR;
#ifndef UUID_DEFINED
#define UUID_DEFINED
typedef GUID UUID;
#endif

W3COMPAT_BEGIN_C

RPCRTAPI RPC_STATUS RPC_ENTRY UuidCreate(UUID *Uuid);
RPCRTAPI RPC_STATUS RPC_ENTRY UuidCreateSequential(UUID *Uuid);
RPCRTAPI RPC_STATUS RPC_ENTRY UuidCreateNil(UUID *NilUuid);
RPCRTAPI RPC_STATUS RPC_ENTRY UuidToStringA(UUID *Uuid, RPC_CSTR *StringUuid);
RPCRTAPI RPC_STATUS RPC_ENTRY UuidToStringW(UUID *Uuid, RPC_WSTR *StringUuid);
RPCRTAPI RPC_STATUS RPC_ENTRY UuidFromStringA(RPC_CSTR StringUuid, UUID *Uuid);
RPCRTAPI RPC_STATUS RPC_ENTRY UuidFromStringW(RPC_WSTR StringUuid, UUID *Uuid);
RPCRTAPI RPC_STATUS RPC_ENTRY RpcStringFreeA(RPC_CSTR *String);
RPCRTAPI RPC_STATUS RPC_ENTRY RpcStringFreeW(RPC_WSTR *String);
/* -1, 0 or 1, ordered field by field as RPC orders UUIDs; NULL is the nil UUID. */
RPCRTAPI signed int RPC_ENTRY UuidCompare(UUID *Uuid1, UUID *Uuid2, RPC_STATUS *Status);
RPCRTAPI int RPC_ENTRY UuidEqual(UUID *Uuid1, UUID *Uuid2, RPC_STATUS *Status);
RPCRTAPI int RPC_ENTRY UuidIsNil(UUID *Uuid, RPC_STATUS *Status);

W3COMPAT_END_C

#ifdef UNICODE
#define UuidToString UuidToStringW
#define UuidFromString UuidFromStringW
#define RpcStringFree RpcStringFreeW
#else
#define UuidToString UuidToStringA
#define UuidFromString UuidFromStringA
#define RpcStringFree RpcStringFreeA
#endif

#endif
