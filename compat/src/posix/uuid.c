/* UUIDs of the RPC runtime (rpcdce.h), on CoCreateGuid's random GUIDs. */
#include <windows.h>
#include <objbase.h>
#include <rpc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text_conv.h"

RPC_STATUS RPC_ENTRY UuidCreate(UUID *Uuid)
{
    return CoCreateGuid(Uuid) == S_OK ? RPC_S_OK : RPC_S_UUID_NO_ADDRESS;
}

RPC_STATUS RPC_ENTRY UuidCreateSequential(UUID *Uuid)
{
    return UuidCreate(Uuid);
}

RPC_STATUS RPC_ENTRY UuidCreateNil(UUID *NilUuid)
{
    memset(NilUuid, 0, sizeof *NilUuid);
    return RPC_S_OK;
}

static void uuid_text(const UUID *u, char out[37])
{
    snprintf(out, 37, "%08x-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x", u->Data1, u->Data2,
             u->Data3, u->Data4[0], u->Data4[1], u->Data4[2], u->Data4[3], u->Data4[4], u->Data4[5],
             u->Data4[6], u->Data4[7]);
}

RPC_STATUS RPC_ENTRY UuidToStringA(UUID *Uuid, RPC_CSTR *StringUuid)
{
    char *text = malloc(37);
    if (!text)
        return ERROR_OUTOFMEMORY;
    uuid_text(Uuid, text);
    *StringUuid = (RPC_CSTR)text;
    return RPC_S_OK;
}

RPC_STATUS RPC_ENTRY UuidToStringW(UUID *Uuid, RPC_WSTR *StringUuid)
{
    char text[37];
    WCHAR *wide = malloc(37 * sizeof(WCHAR));
    if (!wide)
        return ERROR_OUTOFMEMORY;
    uuid_text(Uuid, text);
    for (int i = 0; i < 37; i++)
        wide[i] = (WCHAR)text[i];
    *StringUuid = wide;
    return RPC_S_OK;
}

RPC_STATUS RPC_ENTRY UuidFromStringA(RPC_CSTR StringUuid, UUID *Uuid)
{
    WCHAR braced[39];
    const unsigned char *s = StringUuid;

    if (!s)
        return UuidCreateNil(Uuid);
    /* IIDFromString reads the braced form; give it one. */
    if (strlen((const char *)s) != 36)
        return RPC_S_INVALID_STRING_UUID;
    braced[0] = L'{';
    for (int i = 0; i < 36; i++)
        braced[i + 1] = (WCHAR)s[i];
    braced[37] = L'}';
    braced[38] = 0;
    return IIDFromString(braced, Uuid) == S_OK ? RPC_S_OK : RPC_S_INVALID_STRING_UUID;
}

RPC_STATUS RPC_ENTRY UuidFromStringW(RPC_WSTR StringUuid, UUID *Uuid)
{
    char *narrow;
    RPC_STATUS status;
    if (!StringUuid)
        return UuidCreateNil(Uuid);
    narrow = w3_wide_to_utf8(StringUuid);
    if (!narrow)
        return ERROR_OUTOFMEMORY;
    status = UuidFromStringA((RPC_CSTR)narrow, Uuid);
    free(narrow);
    return status;
}

RPC_STATUS RPC_ENTRY RpcStringFreeA(RPC_CSTR *String)
{
    free(*String);
    *String = NULL;
    return RPC_S_OK;
}

RPC_STATUS RPC_ENTRY RpcStringFreeW(RPC_WSTR *String)
{
    free(*String);
    *String = NULL;
    return RPC_S_OK;
}

signed int RPC_ENTRY UuidCompare(UUID *Uuid1, UUID *Uuid2, RPC_STATUS *Status)
{
    static const UUID nil;
    const UUID *a = Uuid1 ? Uuid1 : &nil, *b = Uuid2 ? Uuid2 : &nil;

    *Status = RPC_S_OK;
    if (a->Data1 != b->Data1)
        return a->Data1 < b->Data1 ? -1 : 1;
    if (a->Data2 != b->Data2)
        return a->Data2 < b->Data2 ? -1 : 1;
    if (a->Data3 != b->Data3)
        return a->Data3 < b->Data3 ? -1 : 1;
    for (int i = 0; i < 8; i++)
        if (a->Data4[i] != b->Data4[i])
            return a->Data4[i] < b->Data4[i] ? -1 : 1;
    return 0;
}

int RPC_ENTRY UuidEqual(UUID *Uuid1, UUID *Uuid2, RPC_STATUS *Status)
{
    return UuidCompare(Uuid1, Uuid2, Status) == 0;
}

int RPC_ENTRY UuidIsNil(UUID *Uuid, RPC_STATUS *Status)
{
    return UuidCompare(Uuid, NULL, Status) == 0;
}
