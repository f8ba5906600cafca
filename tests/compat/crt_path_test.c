/* _splitpath/_makepath and their "_s" forms, as code that builds log and config file
 * names from its module path calls them. */
#include <windows.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "support/crt_handler.h"
#include "w3test.h"

W3_TEST(splitpath_s_finds_all_four_parts)
{
    char drive[_MAX_DRIVE], dir[_MAX_DIR], fname[_MAX_FNAME], ext[_MAX_EXT];
    W3_CHECK_EQ_I(_splitpath_s("C:\\inetpub\\filters\\rewrite.v2.dll", drive, sizeof drive, dir,
                               sizeof dir, fname, sizeof fname, ext, sizeof ext),
                  0);
    W3_CHECK_STR(drive, "C:");
    W3_CHECK_STR(dir, "\\inetpub\\filters\\");
    W3_CHECK_STR(fname, "rewrite.v2");
    W3_CHECK_STR(ext, ".dll");
}

W3_TEST(splitpath_handles_missing_parts_and_forward_slashes)
{
    char drive[_MAX_DRIVE], dir[_MAX_DIR], fname[_MAX_FNAME], ext[_MAX_EXT];
    _splitpath("/usr/lib/module", drive, dir, fname, ext);
    W3_CHECK_STR(drive, "");
    W3_CHECK_STR(dir, "/usr/lib/");
    W3_CHECK_STR(fname, "module");
    W3_CHECK_STR(ext, "");
    /* Parts not wanted are NULL with a zero size. */
    W3_CHECK_EQ_I(_splitpath_s("name.txt", NULL, 0, NULL, 0, fname, sizeof fname, NULL, 0), 0);
    W3_CHECK_STR(fname, "name");
}

W3_TEST(splitpath_s_short_part_empties_every_buffer)
{
    crt_install_handler();
    char drive[_MAX_DRIVE] = "x", dir[4] = "x", fname[_MAX_FNAME] = "x", ext[_MAX_EXT] = "x";
    errno = 0;
    W3_CHECK_EQ_I(_splitpath_s("C:\\long\\dir\\f.txt", drive, sizeof drive, dir, sizeof dir, fname,
                               sizeof fname, ext, sizeof ext),
                  ERANGE);
    W3_CHECK_EQ_I(errno, ERANGE);
    W3_CHECK_STR(drive, "");
    W3_CHECK_STR(dir, "");
    W3_CHECK_STR(fname, "");
    W3_CHECK_STR(ext, "");
    CRT_CHECK_HANDLER_CALLS(1);
}

W3_TEST(splitpath_s_bad_arguments_are_einval)
{
    crt_install_handler();
    char fname[8];
    W3_CHECK_EQ_I(_splitpath_s(NULL, NULL, 0, NULL, 0, fname, sizeof fname, NULL, 0), EINVAL);
    W3_CHECK_EQ_I(_splitpath_s("a", NULL, 3, NULL, 0, fname, sizeof fname, NULL, 0), EINVAL);
    W3_CHECK_EQ_I(_splitpath_s("a", NULL, 0, NULL, 0, fname, 0, NULL, 0), EINVAL);
    CRT_CHECK_HANDLER_CALLS(3);
}

W3_TEST(makepath_s_adds_colon_separator_and_dot)
{
    char path[_MAX_PATH];
    W3_CHECK_EQ_I(_makepath_s(path, sizeof path, "c", "\\logs\\", "w3svc", "log"), 0);
    W3_CHECK_STR(path, "c:\\logs\\w3svc.log");
    W3_CHECK_EQ_I(_makepath_s(path, sizeof path, NULL, "/var/log/", "app", ".txt"), 0);
    W3_CHECK_STR(path, "/var/log/app.txt");
    /* A directory without a trailing separator gets the platform's one. */
    W3_CHECK_EQ_I(_makepath_s(path, sizeof path, NULL, "dir", "f", NULL), 0);
    W3_CHECK(strcmp(path, "dir\\f") == 0 || strcmp(path, "dir/f") == 0);
    _makepath(path, NULL, NULL, "only", "ext");
    W3_CHECK_STR(path, "only.ext");
}

W3_TEST(makepath_s_short_buffer_is_erange_and_empties)
{
    crt_install_handler();
    char path[8] = "xxxxxxx";
    W3_CHECK_EQ_I(_makepath_s(path, sizeof path, "c", "\\dir\\", "name", "ext"), ERANGE);
    W3_CHECK_EQ(path[0], '\0');
    W3_CHECK_EQ_I(_makepath_s(NULL, 8, "c", NULL, "a", NULL), EINVAL);
    CRT_CHECK_HANDLER_CALLS(2);
}
