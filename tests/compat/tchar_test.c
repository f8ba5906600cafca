/* tchar.h generic-text mappings, ANSI build (no UNICODE/_UNICODE). */
#include <windows.h>
#include <tchar.h>
#include <string.h>

#include "w3test.h"

W3_TEST(tchar_maps_to_the_ansi_functions)
{
    /* This suite is built without UNICODE/_UNICODE: TCHAR is char. */
    _TCHAR buf[16];
    W3_CHECK_EQ(sizeof(_TCHAR), 1);
    _tcscpy(buf, _T("Hello"));
    _tcscat(buf, _TEXT("!"));
    W3_CHECK_EQ(_tcslen(buf), 6);
    W3_CHECK_EQ_I(_tcsicmp(buf, _T("HELLO!")), 0);
    W3_CHECK_EQ_I(_ttoi(_T("42")), 42);
    W3_CHECK_EQ_I(_stprintf(buf, _T("%d"), 7), 1);
    W3_CHECK_STR(buf, "7");
    W3_CHECK(_tcschr(buf, _T('7')) == buf);
}
