/* RPC UUIDs: creation, string forms, comparison and the documented string error. */
#include <windows.h>
#include <rpc.h>

#include <string.h>

#include "w3test.h"

W3_TEST(uuid_string_round_trip)
{
    UUID id, back;
    RPC_CSTR text = NULL;
    RPC_STATUS status;
    W3_CHECK_EQ_I(UuidCreate(&id), RPC_S_OK);
    W3_CHECK_EQ(id.Data3 >> 12, 4);
    W3_CHECK_EQ_I(UuidToStringA(&id, &text), RPC_S_OK);
    W3_REQUIRE(text != NULL);
    W3_CHECK_EQ(strlen((const char *)text), 36);
    W3_CHECK_EQ(text[8], '-');
    for (int i = 0; i < 36; i++)
        W3_CHECK(!(text[i] >= 'A' && text[i] <= 'F')); /* lower case */
    W3_CHECK_EQ_I(UuidFromStringA(text, &back), RPC_S_OK);
    W3_CHECK(UuidEqual(&id, &back, &status));
    W3_CHECK_EQ_I(RpcStringFreeA(&text), RPC_S_OK);
}

W3_TEST(uuid_known_value_and_upper_case_input)
{
    UUID id;
    RPC_CSTR text = NULL;
    W3_CHECK_EQ_I(UuidFromStringA((RPC_CSTR) "6B29FC40-CA47-1067-B31D-00DD010662DA", &id),
                  RPC_S_OK);
    W3_CHECK_EQ(id.Data1, 0x6B29FC40u);
    W3_CHECK_EQ(id.Data4[7], 0xDA);
    W3_CHECK_EQ_I(UuidToStringA(&id, &text), RPC_S_OK);
    W3_CHECK_STR((const char *)text, "6b29fc40-ca47-1067-b31d-00dd010662da");
    RpcStringFreeA(&text);
}

W3_TEST(uuid_nil_and_compare)
{
    UUID nil, a, b;
    RPC_STATUS status;
    W3_CHECK_EQ_I(UuidCreateNil(&nil), RPC_S_OK);
    W3_CHECK(UuidIsNil(&nil, &status));
    W3_CHECK_EQ_I(status, RPC_S_OK);
    W3_CHECK(UuidIsNil(NULL, &status));
    UuidFromStringA((RPC_CSTR) "00000001-0000-0000-0000-000000000000", &a);
    UuidFromStringA((RPC_CSTR) "00000002-0000-0000-0000-000000000000", &b);
    W3_CHECK_EQ_I(UuidCompare(&a, &b, &status), -1);
    W3_CHECK_EQ_I(UuidCompare(&b, &a, &status), 1);
    W3_CHECK_EQ_I(UuidCompare(&a, &a, &status), 0);
    W3_CHECK(!UuidIsNil(&a, &status));
}

W3_TEST(uuid_from_bad_string_is_invalid_string_uuid)
{
    UUID id;
    W3_CHECK_EQ_I(UuidFromStringA((RPC_CSTR) "not-a-uuid", &id), RPC_S_INVALID_STRING_UUID);
    W3_CHECK_EQ_I(UuidFromStringA((RPC_CSTR) "{6B29FC40-CA47-1067-B31D-00DD010662DA}", &id),
                  RPC_S_INVALID_STRING_UUID);
    W3_CHECK_EQ_I(UuidFromStringA((RPC_CSTR) "6B29FC40-CA47-1067-B31D-00DD010662DX", &id),
                  RPC_S_INVALID_STRING_UUID);
    W3_CHECK_EQ_I(UuidFromStringA(NULL, &id), RPC_S_OK); /* NULL is the nil UUID */
}
