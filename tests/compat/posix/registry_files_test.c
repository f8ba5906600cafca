/* The registry's .reg files on POSIX (only built there): regedit exports read as they
 * are, malformed files reported by file and line, changes saved atomically, and
 * concurrent writers (threads and processes) losing nothing. */
#define _GNU_SOURCE /* mkdtemp */
#include <windows.h>

#include <dirent.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <w3compat.h>

#include "w3test.h"

static char directory[256];

static void use_new_directory(const char *name)
{
    snprintf(directory, sizeof directory, "%sregfiles-%s-XXXXXX", w3t_exe_dir(), name);
    W3_REQUIRE(mkdtemp(directory) != NULL);
    W3RegistrySetPath(directory);
}

static void remove_directory(void)
{
    DIR *dir = opendir(directory);
    struct dirent *entry;
    char path[512];
    while (dir && (entry = readdir(dir)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", directory, entry->d_name);
        unlink(path);
    }
    if (dir)
        closedir(dir);
    rmdir(directory);
    W3RegistrySetPath(NULL);
}

static void write_file(const char *name, const void *data, size_t n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", directory, name);
    FILE *f = fopen(path, "wb");
    W3_REQUIRE(f != NULL);
    W3_REQUIRE(fwrite(data, 1, n, f) == n);
    fclose(f);
}

/* Reads a file of the directory; malloc'd and NUL-terminated, NULL if absent. */
static char *read_file(const char *name, size_t *n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", directory, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *data = malloc(1 << 20);
    *n = fread(data, 1, (1 << 20) - 1, f);
    data[*n] = '\0';
    fclose(f);
    return data;
}

/* Writes ASCII text as regedit saves it: UTF-16LE with a BOM and CRLF line ends. */
static void write_utf16_file(const char *name, const char *text)
{
    size_t n = strlen(text);
    unsigned char *out = malloc(2 + n * 4), *p = out;
    *p++ = 0xFF;
    *p++ = 0xFE;
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '\n') {
            *p++ = '\r';
            *p++ = 0;
        }
        *p++ = (unsigned char)text[i];
        *p++ = 0;
    }
    write_file(name, out, (size_t)(p - out));
    free(out);
}

static const char export_body[] =
    "\n"
    "; exported from the production box\n"
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Filter]\n"
    "@=\"default text\"\n"
    "\"Path\"=\"C:\\\\inetpub\\\\filters\\\\\\\"quoted\\\"\"\n"
    "\"Port\"=dword:0000002a\n"
    "\"Blob\"=hex:de,ad,be,ef\n"
    "\"Expand\"=hex(2):25,00,54,00,45,00,4d,00,50,00,25,00,5c,00,78,00,00,00\n"
    "\"Multi\"=hex(7):61,00,00,00,62,00,63,00,00,00,00,00\n"
    "\"Big\"=hex(b):01,02,03,04,05,06,07,08\n"
    "\"Nothing\"=hex(0):\n"
    "\"Long\"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,\\\n"
    "  16,17,18,19,1a,1b,1c,1d,1e,1f\n"
    "\n"
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Filter\\Rules]\n"
    "\"Count\"=dword:00000003\n";

static const char v5_header[] = "Windows Registry Editor Version 5.00\n";

static char *with_header(const char *header, const char *body)
{
    char *text = malloc(strlen(header) + strlen(body) + 1);
    strcpy(text, header);
    strcat(text, body);
    return text;
}

/* Checks every value of export_body through the API. */
static void check_exported_values(void)
{
    HKEY key;
    W3_REQUIRE(RegOpenKeyExA(HKEY_LOCAL_MACHINE, "software\\vendor\\FILTER", 0, KEY_READ, &key) ==
               ERROR_SUCCESS);
    char text[64];
    BYTE data[64];
    DWORD type, cb = sizeof text;
    W3_CHECK_EQ(RegQueryValueExA(key, NULL, NULL, &type, (BYTE *)text, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_SZ);
    W3_CHECK_STR(text, "default text");
    cb = sizeof text;
    W3_CHECK_EQ(RegQueryValueExA(key, "Path", NULL, &type, (BYTE *)text, &cb), ERROR_SUCCESS);
    W3_CHECK_STR(text, "C:\\inetpub\\filters\\\"quoted\"");
    W3_CHECK_EQ(cb, strlen("C:\\inetpub\\filters\\\"quoted\"") + 1);
    DWORD port = 0;
    cb = sizeof port;
    W3_CHECK_EQ(RegGetValueA(key, NULL, "Port", RRF_RT_REG_DWORD, &type, &port, &cb),
                ERROR_SUCCESS);
    W3_CHECK_EQ(port, 42);
    cb = sizeof data;
    W3_CHECK_EQ(RegQueryValueExA(key, "Blob", NULL, &type, data, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_BINARY);
    W3_CHECK_EQ(cb, 4);
    W3_CHECK_MEM(data, "\xde\xad\xbe\xef", 4);
    cb = sizeof text;
    W3_CHECK_EQ(
        RegGetValueA(key, NULL, "Expand", RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND, &type, text, &cb),
        ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_EXPAND_SZ);
    W3_CHECK_STR(text, "%TEMP%\\x");
    cb = sizeof text;
    W3_CHECK_EQ(RegQueryValueExA(key, "Multi", NULL, &type, (BYTE *)text, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_MULTI_SZ);
    W3_CHECK_EQ(cb, 6);
    W3_CHECK_MEM(text, "a\0bc\0\0", 6);
    ULONGLONG big = 0;
    cb = sizeof big;
    W3_CHECK_EQ(RegGetValueA(key, NULL, "Big", RRF_RT_QWORD, &type, &big, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_QWORD);
    W3_CHECK_EQ(big, 0x0807060504030201ULL);
    cb = sizeof data;
    W3_CHECK_EQ(RegQueryValueExA(key, "Nothing", NULL, &type, data, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_NONE);
    W3_CHECK_EQ(cb, 0);
    cb = sizeof data;
    W3_CHECK_EQ(RegQueryValueExA(key, "Long", NULL, &type, data, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, 32);
    for (int i = 0; i < 32; i++)
        W3_CHECK_EQ(data[i], i);
    char name[16];
    DWORD cch = sizeof name;
    W3_CHECK_EQ(RegEnumKeyExA(key, 0, name, &cch, NULL, NULL, NULL, NULL), ERROR_SUCCESS);
    W3_CHECK_STR(name, "Rules");
    DWORD count = 0;
    cb = sizeof count;
    W3_CHECK_EQ(RegGetValueA(key, "Rules", "Count", RRF_RT_DWORD, NULL, &count, &cb),
                ERROR_SUCCESS);
    W3_CHECK_EQ(count, 3);
    RegCloseKey(key);
}

W3_TEST(reads_a_utf16_export_as_regedit_writes_it)
{
    use_new_directory("utf16");
    char *text = with_header(v5_header, export_body);
    write_utf16_file("filter.reg", text);
    free(text);
    check_exported_values();
    W3_CHECK_STR(W3GetRegistryMessage(), "");
    remove_directory();
}

W3_TEST(reads_a_utf8_export_with_or_without_bom)
{
    use_new_directory("utf8");
    char *text = with_header("\xEF\xBB\xBF"
                             "Windows Registry Editor Version 5.00\n",
                             export_body);
    write_file("filter.reg", text, strlen(text));
    free(text);
    check_exported_values();
    remove_directory();
    use_new_directory("utf8plain");
    text = with_header(v5_header, export_body);
    write_file("filter.REG", text, strlen(text));
    free(text);
    check_exported_values();
    remove_directory();
}

W3_TEST(reads_regedit4_files_with_ansi_strings)
{
    use_new_directory("regedit4");
    static const char text[] = "REGEDIT4\n\n[HKEY_CURRENT_USER\\Software\\Old]\n"
                               "\"Expand\"=hex(2):25,54,45,4d,50,25,00\n"
                               "\"Name\"=\"caf\xC3\xA9\"\n";
    write_file("old.reg", text, sizeof text - 1);
    WCHAR wide[16];
    DWORD type, cb = sizeof wide;
    W3_CHECK_EQ(RegGetValueW(HKEY_CURRENT_USER, L"Software\\Old", L"Expand",
                             RRF_RT_ANY | RRF_NOEXPAND, &type, wide, &cb),
                ERROR_SUCCESS);
    W3_CHECK_EQ(type, REG_EXPAND_SZ);
    W3_CHECK(wcscmp(wide, L"%TEMP%") == 0);
    cb = sizeof wide;
    W3_CHECK_EQ(
        RegGetValueW(HKEY_CURRENT_USER, L"Software\\Old", L"Name", RRF_RT_REG_SZ, &type, wide, &cb),
        ERROR_SUCCESS);
    W3_CHECK(wcscmp(wide, L"caf\u00e9") == 0);
    remove_directory();
}

W3_TEST(later_files_override_and_delete_what_earlier_ones_set)
{
    use_new_directory("layers");
    static const char first[] = "Windows Registry Editor Version 5.00\n"
                                "[HKEY_CURRENT_USER\\Software\\App]\n\"a\"=\"1\"\n\"b\"=\"1\"\n"
                                "[HKEY_CURRENT_USER\\Software\\App\\Gone\\Deep]\n\"x\"=\"1\"\n";
    static const char second[] = "Windows Registry Editor Version 5.00\n"
                                 "[HKCU\\Software\\App]\n\"a\"=\"2\"\n\"b\"=-\n"
                                 "[-HKEY_CURRENT_USER\\Software\\App\\Gone]\n"
                                 "\"ignored\"=\"under a deleted key\"\n";
    write_file("10-first.reg", first, sizeof first - 1);
    write_file("20-second.reg", second, sizeof second - 1);
    char text[8];
    DWORD cb = sizeof text;
    W3_CHECK_EQ(
        RegGetValueA(HKEY_CURRENT_USER, "Software\\App", "a", RRF_RT_REG_SZ, NULL, text, &cb),
        ERROR_SUCCESS);
    W3_CHECK_STR(text, "2");
    W3_CHECK_EQ(RegGetValueA(HKEY_CURRENT_USER, "Software\\App", "b", RRF_RT_ANY, NULL, NULL, &cb),
                ERROR_FILE_NOT_FOUND);
    HKEY key;
    W3_CHECK_EQ(RegOpenKeyExA(HKEY_CURRENT_USER, "Software\\App\\Gone", 0, KEY_READ, &key),
                ERROR_FILE_NOT_FOUND);
    remove_directory();
}

struct malformed {
    const char *text;
    unsigned line;
    const char *says;
};

static const struct malformed malformed_files[] = {
    {"REGEDIT5\n", 1, "expected \"Windows Registry Editor Version 5.00\""},
    {"", 0, "empty file"},
    {"Windows Registry Editor Version 5.00\n\n[HKEY_NOWHERE\\x]\n", 3, "unknown root key"},
    {"Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\n\"a\"=hex:0g\n", 3,
     "expected ',' after a hex byte"},
    {"Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\n\"a\"=hex:zz\n", 3,
     "expected a hex byte"},
    {"Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\n\"a\"=\"open\n", 3,
     "missing closing"},
    {"Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\n\"a\"=\"\\q\"\n", 3,
     "unknown escape"},
    {"Windows Registry Editor Version 5.00\n\"a\"=dword:1\n", 2, "before the first [KEY]"},
    {"Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\n\n\"a\"=dword:123456789\n", 4,
     "1 to 8 hex digits"},
    {"Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\n\"a\"=hex:01,\\\n", 3,
     "ends inside a continued value"},
    {"Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\ngarbage\n", 3,
     "expected [KEY]"},
    {"Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x\n", 2, "missing ']'"},
    {"Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\n\"a\" \"b\"\n", 3,
     "expected '='"},
    {"Windows Registry Editor Version 5.00\n[-HKEY_CURRENT_USER]\n", 2, "cannot be deleted"},
    {"Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\a\\\\b]\n", 2, "empty key name"},
};

W3_TEST(malformed_file_is_an_error_naming_file_and_line)
{
    for (size_t i = 0; i < sizeof malformed_files / sizeof malformed_files[0]; i++) {
        const struct malformed *m = &malformed_files[i];
        use_new_directory("malformed");
        write_file("bad.reg", m->text, strlen(m->text));
        HKEY key;
        W3_CHECK_EQ(RegOpenKeyExA(HKEY_CURRENT_USER, "x", 0, KEY_READ, &key), ERROR_BADDB);
        W3_CHECK_EQ(RegSetValueExA(HKEY_CURRENT_USER, "v", 0, REG_SZ, (const BYTE *)"x", 2),
                    ERROR_BADDB);
        char expected[512];
        if (m->line)
            snprintf(expected, sizeof expected, "%s/bad.reg:%u: ", directory, m->line);
        else
            snprintf(expected, sizeof expected, "%s/bad.reg: ", directory);
        const char *message = W3GetRegistryMessage();
        if (strncmp(message, expected, strlen(expected)) != 0 || !strstr(message, m->says))
            w3t_fail(__FILE__, __LINE__, "case %zu: message \"%s\", expected \"%s...%s\"", i,
                     message, expected, m->says);
        size_t n;
        char *changes = read_file("w3compat-changes.reg", &n);
        W3_CHECK(changes == NULL); /* nothing was written over a broken registry */
        free(changes);
        remove_directory();
    }
}

W3_TEST(a_repaired_file_is_picked_up_without_a_restart)
{
    use_new_directory("repaired");
    static const char bad[] = "Windows Registry Editor Version 5.00\n[HKCU\\x]\n\"a\"=dword:zz\n";
    static const char good[] = "Windows Registry Editor Version 5.00\n[HKCU\\x]\n\"a\"=dword:7\n";
    write_file("conf.reg", bad, sizeof bad - 1);
    DWORD value = 0, cb = sizeof value;
    W3_CHECK_EQ(RegGetValueA(HKEY_CURRENT_USER, "x", "a", RRF_RT_DWORD, NULL, &value, &cb),
                ERROR_BADDB);
    write_file("conf.reg", good, sizeof good - 1);
    cb = sizeof value;
    W3_CHECK_EQ(RegGetValueA(HKEY_CURRENT_USER, "x", "a", RRF_RT_DWORD, NULL, &value, &cb),
                ERROR_SUCCESS);
    W3_CHECK_EQ(value, 7);
    W3_CHECK_STR(W3GetRegistryMessage(), "");
    remove_directory();
}

W3_TEST(changes_are_saved_and_imported_files_left_alone)
{
    use_new_directory("saved");
    char *text = with_header(v5_header, export_body);
    write_file("filter.reg", text, strlen(text));
    HKEY key;
    W3_REQUIRE(RegOpenKeyExA(HKEY_LOCAL_MACHINE, "SOFTWARE\\Vendor\\Filter", 0, KEY_ALL_ACCESS,
                             &key) == ERROR_SUCCESS);
    DWORD port = 8080;
    W3_CHECK_EQ(RegSetValueExA(key, "Port", 0, REG_DWORD, (const BYTE *)&port, 4), ERROR_SUCCESS);
    W3_CHECK_EQ(RegDeleteValueA(key, "Blob"), ERROR_SUCCESS);
    W3_CHECK_EQ(RegDeleteKeyA(key, "Rules"), ERROR_SUCCESS);
    static const char odd[] = "line one\nsays \"hi\" \\ bye";
    W3_CHECK_EQ(RegSetValueExA(key, "Odd \"name\" \\", 0, REG_SZ, (const BYTE *)odd, sizeof odd),
                ERROR_SUCCESS);
    W3_CHECK_EQ(
        RegSetValueExW(key, L"Wide", 0, REG_SZ, (const BYTE *)L"\u00e9t\u00e9", 4 * sizeof(WCHAR)),
        ERROR_SUCCESS);
    RegCloseKey(key);
    size_t n;
    char *imported = read_file("filter.reg", &n);
    W3_CHECK_STR(imported, text);
    free(imported);
    char *changes = read_file("w3compat-changes.reg", &n);
    W3_REQUIRE(changes != NULL);
    W3_CHECK(strncmp(changes, v5_header, strlen(v5_header)) == 0);
    W3_CHECK(strstr(changes, "\"Port\"=dword:00001f90\n") != NULL);
    W3_CHECK(strstr(changes, "\"Blob\"=-\n") != NULL);
    W3_CHECK(strstr(changes, "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Filter\\Rules]\n") != NULL);
    W3_CHECK(strstr(changes, "\"Path\"") == NULL); /* unchanged values are not repeated */
    free(changes);
    free(text);
    /* A fresh load (as another process would do) sees the same registry. */
    W3RegistrySetPath(directory);
    DWORD type, cb = sizeof port;
    W3_CHECK_EQ(RegGetValueA(HKEY_LOCAL_MACHINE, "SOFTWARE\\Vendor\\Filter", "Port", RRF_RT_DWORD,
                             &type, &port, &cb),
                ERROR_SUCCESS);
    W3_CHECK_EQ(port, 8080);
    W3_CHECK_EQ(RegGetValueA(HKEY_LOCAL_MACHINE, "SOFTWARE\\Vendor\\Filter", "Blob", RRF_RT_ANY,
                             NULL, NULL, &cb),
                ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(
        RegOpenKeyExA(HKEY_LOCAL_MACHINE, "SOFTWARE\\Vendor\\Filter\\Rules", 0, KEY_READ, &key),
        ERROR_FILE_NOT_FOUND);
    char out[64];
    cb = sizeof out;
    W3_CHECK_EQ(RegGetValueA(HKEY_LOCAL_MACHINE, "SOFTWARE\\Vendor\\Filter", "odd \"NAME\" \\",
                             RRF_RT_REG_SZ, &type, out, &cb),
                ERROR_SUCCESS);
    W3_CHECK_EQ(cb, sizeof odd);
    W3_CHECK_STR(out, odd);
    WCHAR wide[8];
    cb = sizeof wide;
    W3_CHECK_EQ(RegGetValueW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Vendor\\Filter", L"Wide",
                             RRF_RT_REG_SZ, &type, wide, &cb),
                ERROR_SUCCESS);
    W3_CHECK(wcscmp(wide, L"\u00e9t\u00e9") == 0);
    remove_directory();
}

W3_TEST(every_value_type_survives_a_save_and_reload)
{
    use_new_directory("roundtrip");
    HKEY key;
    W3_REQUIRE(RegCreateKeyA(HKEY_USERS, "S-1\\With Space\\x", &key) == ERROR_SUCCESS);
    BYTE big[300];
    for (int i = 0; i < 300; i++)
        big[i] = (BYTE)i;
    static const struct {
        const char *name;
        DWORD type;
        const void *data;
        DWORD size;
    } values[] = {
        {"sz", REG_SZ, "text", 5},
        {"unterminated", REG_SZ, "abcq", 3}, /* no terminator follows the count */
        {"expand", REG_EXPAND_SZ, "%PATH%;x", 9},
        {"multi", REG_MULTI_SZ, "a\0b\0\0", 5},
        {"dword", REG_DWORD, "\x01\x02\x03\x04", 4},
        {"short-dword", REG_DWORD, "\x01\x02", 2},
        {"qword", REG_QWORD, "\1\2\3\4\5\6\7\x08", 8},
        {"none", REG_NONE, "", 0},
        {"custom", 0x12345, "\xff", 1},
        {"", REG_SZ, "default", 8},
        {"name with \"quotes\", \\ and a\nline break", REG_SZ, "x", 2},
    };
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        W3_CHECK_EQ(RegSetValueExA(key, values[i].name, 0, values[i].type,
                                   (const BYTE *)values[i].data, values[i].size),
                    ERROR_SUCCESS);
    W3_CHECK_EQ(RegSetValueExA(key, "big", 0, REG_BINARY, big, sizeof big), ERROR_SUCCESS);
    HKEY odd;
    W3_CHECK_EQ(RegCreateKeyA(key, "brackets] and ; and \"", &odd), ERROR_SUCCESS);
    RegCloseKey(odd);
    /* A key name cannot hold a line break: its section could not be written. */
    W3_CHECK_EQ(RegCreateKeyA(key, "line\nbreak", &odd), ERROR_INVALID_PARAMETER);
    RegCloseKey(key);
    W3RegistrySetPath(directory);
    W3_REQUIRE(RegOpenKeyExA(HKEY_USERS, "s-1\\with space\\X", 0, KEY_READ, &key) == ERROR_SUCCESS);
    BYTE out[512];
    DWORD type, cb;
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        cb = sizeof out;
        W3_CHECK_EQ(RegQueryValueExA(key, values[i].name, NULL, &type, out, &cb), ERROR_SUCCESS);
        W3_CHECK_EQ(type, values[i].type);
        W3_CHECK_EQ(cb, values[i].size);
        W3_CHECK_MEM(out, values[i].data, values[i].size);
    }
    W3_CHECK_EQ(RegOpenKeyExA(key, "brackets] and ; and \"", 0, KEY_READ, &odd), ERROR_SUCCESS);
    RegCloseKey(odd);
    cb = sizeof out;
    W3_CHECK_EQ(RegQueryValueExA(key, "big", NULL, &type, out, &cb), ERROR_SUCCESS);
    W3_CHECK_EQ(cb, sizeof big);
    W3_CHECK_MEM(out, big, sizeof big);
    RegCloseKey(key);
    remove_directory();
}

W3_TEST(a_leftover_temporary_file_from_a_crash_is_ignored)
{
    use_new_directory("crash");
    W3_REQUIRE(RegSetKeyValueA(HKEY_CURRENT_USER, "App", "v", REG_SZ, "saved", 6) == ERROR_SUCCESS);
    size_t n;
    char *tmp = read_file(".w3compat-changes.reg.tmp", &n);
    W3_CHECK(tmp == NULL); /* renamed into place */
    free(tmp);
    /* A writer that died before its rename leaves a half-written temporary file. */
    static const char torn[] =
        "Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\App]\n\"v";
    write_file(".w3compat-changes.reg.tmp", torn, sizeof torn - 1);
    W3RegistrySetPath(directory);
    char text[16];
    DWORD cb = sizeof text;
    W3_CHECK_EQ(RegGetValueA(HKEY_CURRENT_USER, "App", "v", RRF_RT_REG_SZ, NULL, text, &cb),
                ERROR_SUCCESS);
    W3_CHECK_STR(text, "saved");
    remove_directory();
}

/* Sets count values named "<prefix>-<i>" = i below HKCU\Shared, one call each. */
static void write_values(const char *prefix, int count)
{
    for (int i = 0; i < count; i++) {
        char name[32];
        snprintf(name, sizeof name, "%s-%d", prefix, i);
        DWORD v = (DWORD)i;
        if (RegSetKeyValueA(HKEY_CURRENT_USER, "Shared", name, REG_DWORD, &v, 4) != ERROR_SUCCESS)
            w3t_fail(__FILE__, __LINE__, "writing %s failed", name);
    }
}

static void check_values(const char *prefix, int count)
{
    for (int i = 0; i < count; i++) {
        char name[32];
        snprintf(name, sizeof name, "%s-%d", prefix, i);
        DWORD v = 0, cb = sizeof v;
        LSTATUS status =
            RegGetValueA(HKEY_CURRENT_USER, "Shared", name, RRF_RT_DWORD, NULL, &v, &cb);
        if (status != ERROR_SUCCESS || v != (DWORD)i)
            w3t_fail(__FILE__, __LINE__, "%s: status %ld, value %u", name, (long)status, v);
    }
}

#define WRITERS 4
#define WRITES 25

W3_TEST(concurrent_processes_lose_no_writes)
{
    use_new_directory("processes");
    pid_t children[WRITERS];
    for (int w = 0; w < WRITERS; w++) {
        children[w] = fork();
        W3_REQUIRE(children[w] >= 0);
        if (children[w] == 0) {
            char prefix[16];
            snprintf(prefix, sizeof prefix, "p%d", w);
            write_values(prefix, WRITES);
            _exit(0);
        }
    }
    for (int w = 0; w < WRITERS; w++) {
        int status = -1;
        W3_CHECK_EQ(waitpid(children[w], &status, 0), children[w]);
        W3_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    for (int w = 0; w < WRITERS; w++) {
        char prefix[16];
        snprintf(prefix, sizeof prefix, "p%d", w);
        check_values(prefix, WRITES);
    }
    DWORD values = 0;
    HKEY key;
    W3_REQUIRE(RegOpenKeyExA(HKEY_CURRENT_USER, "Shared", 0, KEY_READ, &key) == ERROR_SUCCESS);
    W3_CHECK_EQ(
        RegQueryInfoKeyA(key, NULL, NULL, NULL, NULL, NULL, NULL, &values, NULL, NULL, NULL, NULL),
        ERROR_SUCCESS);
    W3_CHECK_EQ(values, WRITERS * WRITES);
    RegCloseKey(key);
    remove_directory();
}

static void *thread_writer(void *arg)
{
    char prefix[16];
    snprintf(prefix, sizeof prefix, "t%d", (int)(intptr_t)arg);
    write_values(prefix, WRITES);
    return NULL;
}

W3_TEST(concurrent_threads_lose_no_writes)
{
    use_new_directory("threads");
    pthread_t threads[WRITERS];
    for (int w = 0; w < WRITERS; w++)
        W3_REQUIRE(pthread_create(&threads[w], NULL, thread_writer, (void *)(intptr_t)w) == 0);
    for (int w = 0; w < WRITERS; w++)
        pthread_join(threads[w], NULL);
    W3RegistrySetPath(directory); /* read back from the file, not from memory */
    for (int w = 0; w < WRITERS; w++) {
        char prefix[16];
        snprintf(prefix, sizeof prefix, "t%d", w);
        check_values(prefix, WRITES);
    }
    remove_directory();
}

W3_TEST(another_process_write_is_seen_at_the_next_call)
{
    use_new_directory("visible");
    HKEY key;
    W3_REQUIRE(RegCreateKeyA(HKEY_CURRENT_USER, "Live", &key) == ERROR_SUCCESS);
    W3_REQUIRE(RegSetValueExA(key, "v", 0, REG_SZ, (const BYTE *)"one", 4) == ERROR_SUCCESS);
    pid_t child = fork();
    W3_REQUIRE(child >= 0);
    if (child == 0) {
        LSTATUS status = RegSetKeyValueA(HKEY_CURRENT_USER, "Live", "v", REG_SZ, "two", 4);
        _exit(status == ERROR_SUCCESS ? 0 : 1);
    }
    int status = -1;
    waitpid(child, &status, 0);
    W3_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    char text[8];
    DWORD cb = sizeof text;
    W3_CHECK_EQ(RegQueryValueExA(key, "v", NULL, NULL, (BYTE *)text, &cb), ERROR_SUCCESS);
    W3_CHECK_STR(text, "two");
    RegCloseKey(key);
    remove_directory();
}

W3_TEST(a_writer_killed_at_any_moment_leaves_a_whole_file)
{
    use_new_directory("killed");
    for (int round = 0; round < 5; round++) {
        pid_t child = fork();
        W3_REQUIRE(child >= 0);
        if (child == 0) {
            write_values("k", 100000);
            _exit(0);
        }
        struct timespec pause = {0, 20000000L + round * 7000000L};
        nanosleep(&pause, NULL);
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
        W3RegistrySetPath(directory);
        HKEY key;
        LSTATUS status = RegOpenKeyExA(HKEY_CURRENT_USER, "Shared", 0, KEY_READ, &key);
        if (status == ERROR_FILE_NOT_FOUND)
            continue; /* killed before its first save */
        W3_CHECK_EQ(status, ERROR_SUCCESS);
        W3_CHECK_STR(W3GetRegistryMessage(), "");
        DWORD values = 0;
        RegQueryInfoKeyA(key, NULL, NULL, NULL, NULL, NULL, NULL, &values, NULL, NULL, NULL, NULL);
        RegCloseKey(key);
        char prefix[2] = "k";
        check_values(prefix, (int)values); /* values k-0 .. k-(n-1), each complete */
    }
    remove_directory();
}

W3_TEST(environment_variable_names_the_directory)
{
    use_new_directory("environment");
    static const char text[] = "Windows Registry Editor Version 5.00\n[HKCU\\FromEnv]\n@=\"yes\"\n";
    write_file("env.reg", text, sizeof text - 1);
    W3_REQUIRE(setenv("W3COMPAT_REGISTRY", directory, 1) == 0);
    W3RegistrySetPath(NULL);
    char out[8];
    DWORD cb = sizeof out;
    W3_CHECK_EQ(RegGetValueA(HKEY_CURRENT_USER, "FromEnv", NULL, RRF_RT_REG_SZ, NULL, out, &cb),
                ERROR_SUCCESS);
    W3_CHECK_STR(out, "yes");
    unsetenv("W3COMPAT_REGISTRY");
    remove_directory();
}

W3_TEST(an_unwritable_directory_fails_writes_with_cantwrite)
{
    use_new_directory("unwritable");
    write_file("plain-file", "x", 1);
    char inside[512];
    snprintf(inside, sizeof inside, "%s/plain-file/registry", directory);
    W3RegistrySetPath(inside);
    HKEY key;
    /* Reading an absent registry works: it is empty. */
    W3_CHECK_EQ(RegOpenKeyExA(HKEY_CURRENT_USER, "x", 0, KEY_READ, &key), ERROR_FILE_NOT_FOUND);
    W3_CHECK_EQ(RegSetValueExA(HKEY_CURRENT_USER, "v", 0, REG_SZ, (const BYTE *)"x", 2),
                ERROR_CANTWRITE);
    W3_CHECK(strstr(W3GetRegistryMessage(), "plain-file/registry") != NULL);
    W3_CHECK_EQ(RegCreateKeyA(HKEY_CURRENT_USER, "x", &key), ERROR_CANTWRITE);
    remove_directory();
}

W3_TEST(notify_sees_subkeys_and_other_processes)
{
    use_new_directory("notify");
    HKEY key;
    W3_REQUIRE(RegCreateKeyA(HKEY_LOCAL_MACHINE, "SOFTWARE\\Watched", &key) == ERROR_SUCCESS);
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL);
    W3_REQUIRE(event != NULL);
    /* A new subkey is a name change, not a value change. */
    W3_CHECK_EQ(RegNotifyChangeKeyValue(key, FALSE, REG_NOTIFY_CHANGE_NAME, event, TRUE),
                ERROR_SUCCESS);
    W3_CHECK_EQ(RegSetValueExA(key, "v", 0, REG_SZ, (const BYTE *)"x", 2), ERROR_SUCCESS);
    W3_CHECK_EQ(WaitForSingleObject(event, 400), WAIT_TIMEOUT);
    HKEY sub;
    W3_REQUIRE(RegCreateKeyA(key, "sub", &sub) == ERROR_SUCCESS);
    W3_CHECK_EQ(WaitForSingleObject(event, 5000), WAIT_OBJECT_0);
    ResetEvent(event);
    /* A value set by another process, below the key, with the subtree watched. */
    W3_CHECK_EQ(RegNotifyChangeKeyValue(key, TRUE, REG_NOTIFY_CHANGE_LAST_SET, event, TRUE),
                ERROR_SUCCESS);
    W3_CHECK_EQ(WaitForSingleObject(event, 300), WAIT_TIMEOUT);
    pid_t child = fork();
    W3_REQUIRE(child >= 0);
    if (child == 0)
        _exit(RegSetKeyValueA(HKEY_LOCAL_MACHINE, "SOFTWARE\\Watched\\sub", "w", REG_SZ, "y", 2) ==
                      ERROR_SUCCESS
                  ? 0
                  : 1);
    int status = -1;
    waitpid(child, &status, 0);
    W3_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    W3_CHECK_EQ(WaitForSingleObject(event, 5000), WAIT_OBJECT_0);
    RegCloseKey(sub);
    CloseHandle(event);
    RegCloseKey(key);
    remove_directory();
}

static void *set_value_later(void *arg)
{
    (void)arg;
    Sleep(200);
    RegSetKeyValueA(HKEY_CURRENT_USER, "Sync", "v", REG_SZ, "x", 2);
    return NULL;
}

W3_TEST(synchronous_notify_returns_after_the_change)
{
    use_new_directory("syncnotify");
    HKEY key;
    W3_REQUIRE(RegCreateKeyA(HKEY_CURRENT_USER, "Sync", &key) == ERROR_SUCCESS);
    pthread_t thread;
    W3_REQUIRE(pthread_create(&thread, NULL, set_value_later, NULL) == 0);
    W3_CHECK_EQ(RegNotifyChangeKeyValue(key, FALSE, REG_NOTIFY_CHANGE_LAST_SET, NULL, FALSE),
                ERROR_SUCCESS);
    DWORD cb = 0;
    W3_CHECK_EQ(RegQueryValueExA(key, "v", NULL, NULL, NULL, &cb), ERROR_SUCCESS);
    pthread_join(thread, NULL);
    RegCloseKey(key);
    remove_directory();
}
