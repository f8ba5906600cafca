#!/bin/bash
# realworld-check.sh — compile real ISAPI filters and IIS modules, unchanged,
# against the installed w3compat package, and say why each translation unit fails.
#
#   scripts/realworld-check.sh [options] DIR
#
# DIR holds the fetched corpus (third-party code: never commit it), one folder per
# project as named in the table below. Each translation unit (TU) is compiled with
# -fsyntax-only, as a user would build it: the documented flags
# (`pkg-config --cflags w3compat`), the project's own include directories and
# defines (from its Visual Studio project or makefile), and the Debian packages of
# its own dependencies. Two lanes: native (gcc/g++) and mingw
# (x86_64-w64-mingw32-gcc/g++). The first error of each failing TU is classified:
#
#   w3compat        a Win32/CRT/IIS declaration w3compat should provide is missing or
#                   broken (with its family: sal.h, header spelling, CRT, windows.h,
#                   registry, winsock, security, threadpool/SLIST, GUID strings)
#   com, ahadmin, httpext
#                   the COM/OLE Automation, IIS configuration and ISAPI extension
#                   families (tracked separately)
#   own-dependency  a third-party header or declaration of the project's own
#                   dependencies is missing
#   msvc-only       code only MSVC accepts (__try, #import, ATL/MFC, UTF-16 source,
#                   includes that rely on a case-insensitive file system, ...)
#   unclassified    anything else; the compiler's message is shown
#
# Options:
#   --all-errors     also list, per project and lane, every distinct missing
#                    identifier and header over all errors, classified, with the
#                    number of TUs it appears in
#   --lane L         native, mingw or both (default both)
#   --project NAME   only this project (repeatable)
#   --keep DIR       keep the compiler logs and results.tsv in DIR
#   -j N             parallel compilations (default 2)
#
# Environment:
#   W3COMPAT_PREFIX        native install prefix (has lib/pkgconfig/w3compat.pc)
#   W3COMPAT_MINGW_PREFIX  MinGW install prefix
# A prefix not given is built from this repository and installed into a
# temporary directory (tests off).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")

# ---------------------------------------------------------------------------
# The projects. One line each, fields separated by '|':
#   name | folder under DIR | TU globs | include dirs (in the folder) |
#   defines | dependency include dirs (absolute) | dependency headers and folders
#   under /usr/include (made visible to the MinGW lane) | Debian packages
# Defines are the project's own (x64 Release configuration); _WIN32/_WIN64, which
# Windows compilers set themselves, are left to the compiler.
# ---------------------------------------------------------------------------
projects() {
    cat <<'EOF'
StripHeaders|StripHeaders|NativeCodeModule/*.cpp|NativeCodeModule|WIN32 NDEBUG _WINDOWS _USRDLL NATIVECODEMODULE_EXPORTS|||
HSTS-IIS-Module|HSTS-IIS-Module|module/*.cpp|module|WIN32 NDEBUG _WINDOWS _USRDLL NATIVECODEMODULE_EXPORTS|||
iislua|iislua|src/iislua/*.cpp|src/iislua|NDEBUG IISLUA_EXPORTS _WINDOWS _USRDLL|/usr/include/lua5.4||liblua5.4-dev
ModSecurity-iis|ModSecurity|iis/*.cpp|iis standalone apache2|_MBCS WIN32 WINNT inline=APR_INLINE AP_DECLARE_STATIC VERSION_IIS|/usr/include/apache2 /usr/include/apr-1.0 /usr/include/libxml2|pcre.h yajl|apache2-dev libapr1-dev libaprutil1-dev libpcre3-dev libxml2-dev libyajl-dev
isapi_extmap|isapi_extmap|isapi_extmap/*.cpp|isapi_extmap|NDEBUG _WINDOWS _USRDLL ISAPI_EXTMAP_EXPORTS _UNICODE UNICODE _CRT_SECURE_NO_WARNINGS|||
IIRF|IIRF/v2.x|Filter/*.c Filter/*.cpp|Filter 3rdParty/x64|NDEBUG PCRE_STATIC|||
tomcat-connectors-iis|tomcat-connectors/native|iis/jk_isapi_plugin.c common/jk_*.c|common|WIN32 _WINDOWS WINNT _WINNT _WIN32_WINNT=0x0600 WINVER=0x0600 _AMD64_=1 WIN64 NDEBUG _MT _MBCS MBCS _CRT_SECURE_NO_DEPRECATE _CRT_NONSTDC_NO_DEPRECATE JK_ISAPI ISAPI_EXPORTS PCRE2_STATIC PCRE2_CODE_UNIT_WIDTH=8 HAVE_PCRE2||pcre2.h|libpcre2-dev
cpp-sp-isapi_shib|cpp-sp|isapi_shib/*.cpp|. isapi_shib|NDEBUG WIN32 _WINDOWS WIN32_LEAN_AND_MEAN||xmltooling xercesc xsec log4shib saml boost|libxmltooling-dev libsaml-dev libxerces-c-dev libxml-security-c-dev liblog4shib-dev libboost-dev
cpp-sp-iis7_shib|cpp-sp|iis7_shib/*.cpp|. iis7_shib/headers|NDEBUG WIN32 _WINDOWS WIN32_LEAN_AND_MEAN||xmltooling xercesc xsec log4shib saml boost|libxmltooling-dev libsaml-dev libxerces-c-dev libxml-security-c-dev liblog4shib-dev libboost-dev
sdk1996|sdk1996|homefilt/*.c upcase/*.c newlog/*.c||||
iis-doc-samples|iis-doc-samples|*.cpp||||
EOF
}
# tomcat-connectors: HAVE_CONFIG_H is left out; the config.h it selects is generated
# by the bundled PCRE's Windows build, and Debian's libpcre2-dev provides pcre2.h.

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2; }

all_errors=0
lane_opt=both
jobs=2
keep=
only=()
while [ $# -gt 0 ]; do
    case $1 in
    --all-errors) all_errors=1 ;;
    --lane) lane_opt=$2; shift ;;
    --project) only+=("$2"); shift ;;
    --keep) keep=$2; shift ;;
    -j) jobs=$2; shift ;;
    -h | --help) usage ;;
    -*) echo "unknown option $1" >&2; usage ;;
    *) break ;;
    esac
    shift
done
[ $# -eq 1 ] || usage
corpus=$(cd "$1" && pwd)
case $lane_opt in
native) lanes=(native) ;;
mingw) lanes=(mingw) ;;
both) lanes=(native mingw) ;;
*) usage ;;
esac

work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
if [ -n "$keep" ]; then
    mkdir -p "$keep"
    keep=$(cd "$keep" && pwd)
fi

# Builds and installs this repository for a lane into a temporary prefix.
install_lane() { # LANE
    local b=$work/build-$1 p=$work/prefix-$1 tc=()
    [ "$1" = mingw ] && tc=(-DCMAKE_TOOLCHAIN_FILE="$repo/toolchains/mingw-w64-x86_64.cmake")
    echo "building w3compat ($1) into $p ..." >&2
    if ! { cmake -S "$repo" -B "$b" -DCMAKE_BUILD_TYPE=Release -DW3_BUILD_TESTS=OFF \
        -DCMAKE_INSTALL_PREFIX="$p" "${tc[@]}" > "$b.log" 2>&1 &&
        cmake --build "$b" -j"$jobs" >> "$b.log" 2>&1 &&
        cmake --install "$b" >> "$b.log" 2>&1; }; then
        cat "$b.log" >&2
        exit 1
    fi
    echo "$p"
}

declare -A prefix cc cxx
for lane in "${lanes[@]}"; do
    if [ "$lane" = native ]; then
        prefix[$lane]=${W3COMPAT_PREFIX:-$(install_lane native)}
        cc[$lane]=gcc
        cxx[$lane]='g++'
    else
        prefix[$lane]=${W3COMPAT_MINGW_PREFIX:-$(install_lane mingw)}
        cc[$lane]=x86_64-w64-mingw32-gcc
        cxx[$lane]=x86_64-w64-mingw32-g++
    fi
done

# The documented flags of each lane's installed package.
declare -A w3flags w3inc
for lane in "${lanes[@]}"; do
    w3flags[$lane]=$(PKG_CONFIG_PATH=${prefix[$lane]}/lib/pkgconfig PKG_CONFIG_LIBDIR='' \
        pkg-config --cflags w3compat)
    w3inc[$lane]=${prefix[$lane]}/include/w3compat
done

# Every identifier and header name the MinGW-w64 headers know: the Windows SDK
# surface, used to tell a Win32 name from a project's own or a dependency's.
mingw_inc=/usr/share/mingw-w64/include
[ -d "$mingw_inc" ] || mingw_inc=/usr/x86_64-w64-mingw32/include
sdk_names=$work/sdk-names
sdk_headers=$work/sdk-headers
find "$mingw_inc" -type f -name '*.h' -exec cat {} + 2>/dev/null |
    grep -ohE '\b[A-Za-z_][A-Za-z0-9_]*\b' | sort -u > "$sdk_names"
(cd "$mingw_inc" && find . -type f | sed 's|^\./||' | tr '[:upper:]' '[:lower:]' | sort -u) > "$sdk_headers"

in_sdk() { grep -qxF -- "$1" "$sdk_names"; }

# --------------------------------------------------------------------------
# Classification. Each function prints "class<TAB>family<TAB>name-or-message".
# --------------------------------------------------------------------------
ident_family() { # IDENT -> class<TAB>family
    local x=$1
    case $x in
    __try | __except | __finally | __leave | __uuidof | __declspec | __assume | __noop | \
        __super | __interface | __event | __hook | __unhook | __raise | gcnew | \
        _ReturnAddress | __debugbreak)
        printf 'msvc-only\tkeyword' ;;
    CComPtr | CComQIPtr | CComBSTR | CComVariant | CComModule | CComObject* | CAtl* | \
        ATL_* | ATLASSERT | CString | CStringA | CStringW | Afx* | CWinApp)
        printf 'msvc-only\tATL/MFC' ;;
    BSTR | LPBSTR | Sys*String* | VARIANT | VARIANTARG | LPVARIANT | Variant* | \
        _bstr_t | _variant_t | _com_error | _com_ptr_t | _com_issue_error* | \
        _COM_SMARTPTR_TYPEDEF | SAFEARRAY* | SafeArray* | IDispatch | CoCreateInstance | \
        CoInitialize* | CoUninitialize | CoTaskMem* | CLSCTX_* | VT_* | V_* | DISPID | \
        DISPPARAMS | EXCEPINFO | COINIT_* | OLECHAR | LPOLESTR | LPCOLESTR | \
        IErrorInfo | GetErrorInfo | SetErrorInfo | VARIANT_BOOL | VARIANT_TRUE | \
        VARIANT_FALSE | VARTYPE | DATE)
        printf 'com\tCOM/OLE Automation' ;;
    IAppHost* | CLSID_AppHost* | IID_IAppHost* | IMSAdminBase* | METADATA_* | MD_* | \
        INativeConfiguration* | CLSID_NativeConfiguration* | AppHostAdminManager)
        printf 'ahadmin\tIIS configuration' ;;
    IHttp* | IGlobal* | I*Provider | CHttpModule | CGlobalModule | IModuleAllocator | \
        REQUEST_NOTIFICATION_STATUS | GLOBAL_NOTIFICATION_STATUS | RQ_* | GL_* | \
        HTTP_MODULE_ID | PFN_REGISTERMODULE | GUID_IIS_* | HTTP_TRACE_* | IScriptMapInfo | \
        IMetadataInfo | IDispensedHttpModuleContextContainer | ICacheKey | IFileKey | IUriKey)
        printf 'w3compat\tIIS interfaces' ;;
    EXTENSION_CONTROL_BLOCK | LPEXTENSION_CONTROL_BLOCK | HSE_* | LPHSE_* | \
        PFN_HSE_* | GetExtensionVersion | HttpExtensionProc | TerminateExtension)
        printf 'httpext\tISAPI extensions' ;;
    _In_* | _Out_* | _Inout_* | _Ret_* | _Pre_* | _Post_* | _Deref_* | _Check_return_ | \
        _Success_ | _Field_* | _Printf_format_string_ | _Must_inspect_result_ | \
        _Use_decl_annotations_ | _Outptr_* | _COM_Outptr_* | _Reserved_ | _Null_terminated_ | \
        _Frees_ptr_* | _Notnull_ | _Maybenull_ | _When_ | _Analysis_* | __in | __in_* | \
        __out | __out_* | __inout | __inout_* | __reserved | __deref_* | __ecount* | \
        __bcount* | __callback | __checkReturn | __nullterminated | __opt)
        printf 'w3compat\tsal.h' ;;
    Reg[A-Z]* | HKEY* | PHKEY | REG_* | KEY_READ | KEY_WRITE | KEY_ALL_ACCESS | \
        KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_ENUMERATE_SUB_KEYS | KEY_WOW64_* | \
        KEY_CREATE_SUB_KEY | KEY_NOTIFY | KEY_EXECUTE | RRF_* | REGSAM | LSTATUS)
        printf 'w3compat\tregistry' ;;
    WSA* | LPWSA* | SOCKET | INVALID_SOCKET | in_addr | in6_addr | sockaddr* | hostent | \
        fd_set | timeval | SOCKET_ERROR | closesocket | ioctlsocket | \
        FIONBIO | FIONREAD | SOCKADDR* | PSOCKADDR* | LPSOCKADDR* | ADDRINFO* | PADDRINFO* | \
        GetAddrInfo* | FreeAddrInfo* | GetNameInfo* | InetPton* | InetNtop* | IN_ADDR | \
        IN6_ADDR | SD_SEND | SD_RECEIVE | SD_BOTH | TransmitFile | AcceptEx | \
        LPFN_* | SO_UPDATE_* | SO_EXCLUSIVEADDRUSE | SOCKET_ADDRESS* | \
        FD_READ | FD_WRITE | FD_ACCEPT | FD_CONNECT | FD_CLOSE | TIMEVAL | u_long | u_short)
        printf 'w3compat\twinsock' ;;
    *Token* | TOKEN_* | Impersonat* | RevertToSelf | *Sid | *Sid[A-Z]* | PSID* | SID* | \
        SECURITY_* | LogonUser* | LookupAccount* | LookupPrivilege* | *Privilege* | \
        ACL | PACL | ACE_* | *Dacl* | LUID* | SE_* | \
        InitializeSecurityDescriptor | SetSecurityDescriptor* | *SecurityDescriptor* | \
        CredHandle | AcquireCredentialsHandle* | WinBuiltin* | LOGON32_*)
        printf 'w3compat\tsecurity/tokens' ;;
    *SList* | SLIST* | PSLIST* | QueueUserWorkItem | *Threadpool* | TP_* | PTP_* | \
        WT_EXECUTE* | RegisterWaitForSingleObject | UnregisterWait*)
        printf 'w3compat\tthreadpool/SLIST' ;;
    StringFromGUID2 | StringFromCLSID | StringFromIID | CLSIDFromString | IIDFromString | \
        UuidCreate* | UuidToString* | UuidFromString* | RpcStringFree* | CoCreateGuid)
        printf 'w3compat\tGUID strings' ;;
    _[a-z]* | *_s | itoa | ltoa | ultoa | i64toa | stricmp | strnicmp | strcmpi | strlwr | \
        strupr | wcsicmp | wcsnicmp | strdup | wcsdup | _MAX_* | _A_* | _O_* | _S_I* | \
        _SH_* | _CRT* | _ASSERTE | _ASSERT | _ASSERT_EXPR | _TRUNCATE | errno_t | rsize_t | \
        _TCHAR | _TSCHAR | _T | _TEXT | _tcs* | _stprintf* | _sntprintf* | _vstprintf* | \
        _istspace | _totlower | _totupper | _countof | _HEAP_MAXREQ | _P_* | _onexit_t)
        printf 'w3compat\tCRT' ;;
    *)
        # Win32 names start with a capital or an underscore; a lower-case name the
        # SDK headers know is usually one of their parameter names.
        if [[ $x == [A-Z_]* ]] && in_sdk "$x"; then
            printf 'w3compat\twindows.h'
        else
            printf 'unclassified\tnot in the Windows SDK'
        fi
        ;;
    esac
}

header_family() { # HEADER PROJECTDIR -> class<TAB>family
    local h=$1 dir=$2 lower base
    case $h in
    *\\*) printf 'msvc-only\tbackslashes in an #include path'; return ;;
    esac
    lower=$(printf '%s' "$h" | tr '[:upper:]' '[:lower:]')
    base=${lower##*/}
    case $base in
    atl*.h | afx*.h | vcclr.h | msclr) printf 'msvc-only\tATL/MFC'; return ;;
    comdef.h | comutil.h | comip.h | comdefsp.h | oleauto.h | oaidl.h | ocidl.h | ole2.h | \
        olectl.h | comcat.h | objidl.h | propidl.h)
        printf 'com\tCOM/OLE Automation'; return ;;
    ahadmin.h | iadmw.h | iiscnfg.h | mddefw.h | admex.h) printf 'ahadmin\tIIS configuration'; return ;;
    httpext.h) printf 'httpext\tISAPI extensions'; return ;;
    esac
    # A file of the project itself, included under another case.
    if [ -n "$(find "$dir" -iname "$base" -print -quit 2>/dev/null)" ] &&
        [ -z "$(find "$dir" -name "${h##*/}" -print -quit 2>/dev/null)" ]; then
        printf 'msvc-only\tcase-insensitive include of a project file'
        return
    fi
    # One of ours (or, in the MinGW lane, of MinGW's) under another spelling.
    if [ "$lower" != "$h" ] && { [ -e "$cur_w3inc/$lower" ] ||
        { [ "$cur_lane" = mingw ] && grep -qxF -- "$lower" "$sdk_headers"; }; }; then
        printf 'w3compat\theader spelling'
        return
    fi
    if grep -qxF -- "$lower" "$sdk_headers"; then
        case $base in
        sal.h | specstrings.h) printf 'w3compat\tsal.h' ;;
        winreg.h) printf 'w3compat\tregistry' ;;
        winsock*.h | ws2*.h | mswsock.h | wsipv6ok.h | mstcpip.h) printf 'w3compat\twinsock' ;;
        process.h | io.h | malloc.h | crtdbg.h | share.h | direct.h | conio.h | mbstring.h | \
            mbctype.h | tchar.h | sys/timeb.h | search.h | minmax.h | new.h) printf 'w3compat\tCRT' ;;
        securitybaseapi.h | sddl.h | aclapi.h | lmcons.h | ntsecapi.h | security.h | sspi.h | \
            lm.h | userenv.h | wincrypt.h) printf 'w3compat\tsecurity/tokens' ;;
        rpc.h | rpcdce.h) printf 'w3compat\tGUID strings' ;;
        *) printf 'w3compat\twindows.h' ;;
        esac
        return
    fi
    printf 'own-dependency\theader'
}

# Reads one compiler log; prints one line per error:
#   class<TAB>family<TAB>name<TAB>file:line<TAB>message
classify_log() { # LOG PROJECTDIR
    local log=$1 dir=$2 loc msg file line src id
    grep -E '^[^ :][^:]*:[0-9]+(:[0-9]+)?: (fatal )?error: ' "$log" | while IFS= read -r l; do
        loc=$(printf '%s' "$l" | sed -E 's/^([^:]+:[0-9]+)(:[0-9]+)?: (fatal )?error: .*/\1/')
        msg=$(printf '%s' "$l" | sed -E 's/^[^:]+:[0-9]+(:[0-9]+)?: (fatal )?error: //')
        file=${loc%:*}
        line=${loc##*:}
        # UTF-16 source: GCC reads it as stray bytes.
        if [ -f "$file" ] && head -c2 "$file" | od -An -tx1 | grep -Eq 'ff fe|fe ff'; then
            printf 'msvc-only\tUTF-16 source\t%s\t%s\t%s\n' "${file#"$dir"/}" "$loc" "$msg"
            break # the rest is its fallout
        fi
        src=
        [ -f "$file" ] && src=$(sed -n "${line}p" "$file" 2>/dev/null | tr -d '\r')
        case $src in
        *'#import'*) printf 'msvc-only\t#import\t#import\t%s\t%s\n' "$loc" "$msg"; break ;;
        esac
        if [[ $msg =~ ^([^:]+):\ No\ such\ file\ or\ directory ]]; then
            id=${BASH_REMATCH[1]}
            printf '%s\t%s\t%s\t%s\n' "$(header_family "$id" "$dir")" "<$id>" "$loc" "$msg"
            continue
        fi
        # An error inside a header that is not the project's own.
        case $file in
        "$cur_w3inc"/*)
            printf 'w3compat\tour header\t%s\t%s\t%s\n' "${file#"$cur_w3inc"/}" "$loc" "$msg"
            continue ;;
        /usr/include/c++/* | /usr/lib/gcc/* | /usr/include/x86_64-linux-gnu/* | /usr/include/linux/* | \
            /usr/include/asm-generic/* | /usr/share/mingw-w64/* | /usr/x86_64-w64-mingw32/*)
            printf 'w3compat\tsystem header after ours (macro collision?)\t%s\t%s\t%s\n' \
                "${file##*/include/}" "$loc" "$msg"
            continue ;;
        /usr/include/*/* | "$work"/deps/*)
            printf 'own-dependency\tin its header\t%s\t%s\t%s\n' "${file##*/include/}" "$loc" "$msg"
            continue ;;
        /usr/include/*)
            printf 'w3compat\tsystem header after ours (macro collision?)\t%s\t%s\t%s\n' \
                "${file##*/include/}" "$loc" "$msg"
            continue ;;
        esac
        case $msg in
        *'ISO C++17 does not allow dynamic exception specifications'*)
            printf 'msvc-only\tkeyword\tthrow(T) specification (MSVC ignores it in C++17)\t%s\t%s\n' "$loc" "$msg"
            continue ;;
        *'std::exception::exception(const char'*)
            printf 'msvc-only\tlibrary extension\tstd::exception(const char*)\t%s\t%s\n' "$loc" "$msg"
            continue ;;
        esac
        if [[ $msg =~ ^invalid\ use\ of\ incomplete\ type\ .(struct\ |class\ )?([A-Za-z_][A-Za-z0-9_]*). ]]; then
            id=${BASH_REMATCH[2]}
            printf '%s\t%s\t%s\t%s\n' "$(ident_family "$id")" "$id (incomplete)" "$loc" "$msg"
            continue
        fi
        # An argument an IIS interface method does not accept: its declaration is
        # named by the compiler's next note.
        if [[ $msg =~ ^(cannot\ convert|invalid\ conversion) ]]; then
            local note
            note=$(grep -F -A10 -- "$l" "$log" | grep -m1 -oE "note: +initializing argument [0-9]+ of .[^(]*[A-Za-z_]+::[A-Za-z_]+\(" || true)
            if [[ $note =~ (I[A-Za-z]+|C[A-Za-z]*Module)::([A-Za-z_]+)\($ ]]; then
                printf 'w3compat\tIIS interfaces\t%s (argument type)\t%s\t%s\n' \
                    "${BASH_REMATCH[1]}::${BASH_REMATCH[2]}" "$loc" "$msg"
                continue
            fi
        fi
        # A member missing from a structure or interface: named after its type.
        if [[ $msg =~ ^.(struct\ |class\ |union\ )?([A-Za-z_][A-Za-z0-9_]*).\ has\ no\ member\ named\ .([A-Za-z_][A-Za-z0-9_]*). ]]; then
            local t=${BASH_REMATCH[2]} m=${BASH_REMATCH[3]} fam
            case $t in
            IHttp* | IGlobal* | IPre* | IRead* | ISend* | IMap* | ICache* | IAuthentication* | \
                IModule* | IScriptMap* | IMetadataInfo* | IDispensedHttpModuleContextContainer | \
                CHttpModule | CGlobalModule | HTTP_FILTER_* | *TRACE*)
                fam=$(printf 'w3compat\tIIS interfaces') ;;
            *) fam=$(ident_family "$t") ;;
            esac
            printf '%s\t%s\t%s\t%s\n' "$fam" "$t::$m" "$loc" "$msg"
            continue
        fi
        id=
        if [[ $msg =~ ^.(::)?([A-Za-z_][A-Za-z0-9_]*).\ (was\ not\ declared|has\ not\ been\ declared|does\ not\ name\ a\ type|undeclared|is\ not\ a\ namespace|is\ not\ a\ class,\ namespace) ]]; then
            id=${BASH_REMATCH[2]}
        elif [[ $msg =~ ^(unknown\ type\ name|implicit\ declaration\ of\ function|there\ are\ no\ arguments\ to)\ .([A-Za-z_][A-Za-z0-9_]*). ]]; then
            id=${BASH_REMATCH[2]}
        elif [[ $msg =~ ^.([A-Za-z_][A-Za-z0-9_]*).\ is\ not\ a\ member\ of\ .(::)?(std|ATL)?. ]] && [ -n "${BASH_REMATCH[3]}" ]; then
            id=${BASH_REMATCH[3]}::${BASH_REMATCH[1]}
        elif [[ $msg =~ ^.([A-Za-z_][A-Za-z0-9_]*).\ is\ not\ a\ member\ of ]]; then
            id=${BASH_REMATCH[1]}
        elif [[ $msg =~ ^.([A-Za-z_][A-Za-z0-9_]*).\ (was\ not\ declared|undeclared|not\ declared) ]]; then
            id=${BASH_REMATCH[1]}
        fi
        if [ -n "$id" ]; then
            case $id in
            std::* | ATL::*) printf 'unclassified\tC++ library\t%s\t%s\t%s\n' "$id" "$loc" "$msg" ;;
            *) printf '%s\t%s\t%s\t%s\n' "$(ident_family "$id")" "$id" "$loc" "$msg" ;;
            esac
            continue
        fi
        if [[ $msg =~ no\ matching\ function\ for\ call\ to\ .([A-Za-z_][A-Za-z0-9_]*)\( ]] && in_sdk "${BASH_REMATCH[1]}"; then
            id=${BASH_REMATCH[1]}
            printf 'w3compat\tsignature\t%s\t%s\t%s\n' "$id" "$loc" "$msg"
            continue
        fi
        # Code written for MSVC alone: with _MSC_VER or _M_X64 undefined it takes the
        # path meant for an old or unknown MSVC.
        if [ -f "$file" ] && grep -Eq '^[[:space:]]*#[[:space:]]*(el)?if.*(_MSC_VER|_M_IX86|_M_X64)' "$file"; then
            printf 'msvc-only\tcompiler checks\t_MSC_VER/_M_X64-dependent code\t%s\t%s\n' "$loc" "$msg"
            continue
        fi
        case $src in
        *__try* | *__except* | *__finally*) printf 'msvc-only\tkeyword\t__try\t%s\t%s\n' "$loc" "$msg"; continue ;;
        *'__declspec(uuid'* | *'__declspec( uuid'*) printf 'msvc-only\tkeyword\t__declspec(uuid)\t%s\t%s\n' "$loc" "$msg"; continue ;;
        *'__declspec(property'*) printf 'msvc-only\tkeyword\t__declspec(property)\t%s\t%s\n' "$loc" "$msg"; continue ;;
        *'for each'*) printf 'msvc-only\tkeyword\tfor each\t%s\t%s\n' "$loc" "$msg"; continue ;;
        esac
        printf 'unclassified\t-\t%s\t%s\t%s\n' "$msg" "$loc" "$msg"
    done
}

# --------------------------------------------------------------------------
# Compilation.
# --------------------------------------------------------------------------
# The MinGW lane cannot see /usr/include; a project's Debian headers are made
# visible to it one by one.
dep_farm() { # PROJECT ENTRIES...
    local d=$work/deps/$1 e
    shift
    mkdir -p "$d"
    for e in "$@"; do
        [ -e "/usr/include/$e" ] && ln -sfn "/usr/include/$e" "$d/$e"
    done
    printf '%s' "$d"
}

compile_tu() { # LANE LANGCOMPILER TU OUTLOG ARGS...
    local lane=$1 comp=$2 tu=$3 out=$4
    shift 4
    if "$comp" -fsyntax-only -w "$@" "$tu" > "$out" 2>&1; then
        echo ok > "$out.status"
    else
        echo failed > "$out.status"
    fi
}

results=$work/results.tsv
: > "$results"

run_project() { # LINE
    local name folder globs incs defs depdirs depents pkgs dir
    IFS='|' read -r name folder globs incs defs depdirs depents pkgs <<< "$1"
    dir=$corpus/$folder
    if [ ! -d "$dir" ]; then
        echo "$name: $dir missing, skipped" >&2
        return
    fi
    local p missing=
    for p in $pkgs; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
    done
    [ -z "$missing" ] || echo "$name: its own dependencies need (apt-get install)$missing" >&2
    local tus=() g f
    for g in $globs; do
        for f in "$dir"/$g; do [ -f "$f" ] && tus+=("$f"); done
    done
    local base=() i d
    for i in $incs; do base+=(-I"$dir/$i"); done
    for d in $defs; do base+=(-D"$d"); done
    local lane
    for lane in "${lanes[@]}"; do
        local flags=() comp n=0 running=0
        # shellcheck disable=SC2206 # pkg-config output is a list of flags
        flags=(${w3flags[$lane]} "${base[@]}")
        for d in $depdirs; do flags+=(-I"$d"); done
        if [ "$lane" = mingw ] && [ -n "$depents" ]; then
            # shellcheck disable=SC2086
            flags+=(-idirafter "$(dep_farm "$name" $depents)")
        fi
        mkdir -p "$work/logs/$name/$lane"
        for f in "${tus[@]}"; do
            n=$((n + 1))
            case $f in
            *.c) comp=${cc[$lane]}; set -- -Werror=implicit-function-declaration -Werror=implicit-int ;;
            *) comp=${cxx[$lane]}; set -- ;;
            esac
            compile_tu "$lane" "$comp" "$f" "$work/logs/$name/$lane/$n.log" "$@" "${flags[@]}" &
            echo "$f" > "$work/logs/$name/$lane/$n.tu"
            running=$((running + 1))
            if [ "$running" -ge "$jobs" ]; then
                wait -n || true
                running=$((running - 1))
            fi
        done
        wait
        for ((i = 1; i <= n; i++)); do
            local log=$work/logs/$name/$lane/$i.log tu status first
            tu=$(cat "${log%.log}.tu")
            status=$(cat "$log.status")
            first=
            if [ "$status" = failed ]; then
                cur_w3inc=${w3inc[$lane]}
                cur_lane=$lane
                classify_log "$log" "$dir" > "$log.classes"
                first=$(head -n1 "$log.classes")
                [ -n "$first" ] || first=$(printf 'unclassified\t-\t%s\t-\t%s' \
                    "$(grep -m1 -i error "$log" || echo 'no error line')" "-")
            fi
            printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$lane" "${tu#"$dir"/}" "$status" "$first" >> "$results"
        done
    done
}

while IFS= read -r line; do
    name=${line%%|*}
    if [ ${#only[@]} -gt 0 ]; then
        sel=0
        for o in "${only[@]}"; do [ "$o" = "$name" ] && sel=1; done
        [ $sel = 1 ] || continue
    fi
    run_project "$line"
done < <(projects)

# --------------------------------------------------------------------------
# Report.
# --------------------------------------------------------------------------
echo
printf '%-24s %-7s %5s %5s %7s\n' project lane TUs OK failed
printf '%-24s %-7s %5s %5s %7s\n' ------- ---- --- -- ------
awk -F'\t' '{ k = $1 "\t" $2; if (!(k in tot)) order[++n] = k; tot[k]++; if ($4 == "ok") ok[k]++ }
    END { for (i = 1; i <= n; i++) { k = order[i]; split(k, a, "\t")
          printf "%-24s %-7s %5d %5d %7d\n", a[1], a[2], tot[k], ok[k], tot[k] - ok[k] } }' "$results"

echo
echo "First error of each failing TU (class [family] name):"
awk -F'\t' '$4 == "failed" { printf "  %-22s %-6s %-44s %s [%s] %s\n", $1, $2, $3, $5, $6, $7 }' "$results"

echo
echo "Failing TUs by class of first error:"
awk -F'\t' '$4 == "failed" { c[$5]++ } END { for (k in c) printf "  %-16s %d\n", k, c[k] }' "$results" | sort

if [ "$all_errors" = 1 ]; then
    echo
    echo "All distinct missing names per project and lane (class [family] name: TUs):"
    for d in "$work"/logs/*/*; do
        [ -d "$d" ] || continue
        lane=${d##*/}
        proj=${d%/*}
        proj=${proj##*/}
        # shellcheck disable=SC2016
        for c in "$d"/*.classes; do
            [ -f "$c" ] || continue
            cut -f1-3 "$c" | sort -u
        done | sort | uniq -c | sort -k2,2 -k1,1nr |
            awk -v p="$proj" -v l="$lane" '{ n = $1; t = $0; sub(/^ *[0-9]+ /, "", t)
                split(t, f, "\t"); printf "  %-22s %-6s %-14s [%s] %s: %d\n", p, l, f[1], f[2], f[3], n }'
    done
fi

if [ -n "$keep" ]; then
    cp "$results" "$keep/results.tsv"
    rm -rf "$keep/logs"
    cp -r "$work/logs" "$keep/logs"
fi
