# Building users' IIS extensions against w3compat. Included by the project itself and,
# installed next to w3compat-config.cmake, by find_package(w3compat).
#
# w3compat_add_filter(NAME SOURCES... [DEF file.def])
#   Builds an ISAPI filter: NAME.so on Linux, NAME.dll with MinGW (no "lib" prefix),
#   exporting exactly GetFilterVersion, HttpFilterProc and TerminateFilter, or exactly
#   the names in the EXPORTS section of the .def file when one is given. The .def is
#   honoured on both platforms: MinGW links it as a module-definition file; on Linux its
#   names become a linker version script (other symbols stay local).

set(W3COMPAT_FILTER_EXPORTS GetFilterVersion HttpFilterProc TerminateFilter)

# Names of the EXPORTS section of a .def file ("name", "name @1", "name=internal", ...).
function(_w3compat_def_exports def out)
  file(STRINGS "${def}" lines)
  set(in_exports FALSE)
  set(names "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE ";.*$" "" line "${line}")
    string(STRIP "${line}" line)
    if(line STREQUAL "")
      continue()
    endif()
    if(line MATCHES "^(LIBRARY|NAME|DESCRIPTION|HEAPSIZE|STACKSIZE|SECTIONS|VERSION)([ \t]|$)")
      set(in_exports FALSE)
    elseif(line MATCHES "^EXPORTS([ \t]+(.*))?$")
      set(in_exports TRUE)
      set(line "${CMAKE_MATCH_2}")
    endif()
    if(in_exports AND NOT line STREQUAL "")
      string(REGEX MATCH "^[A-Za-z_?@$][A-Za-z0-9_?@$]*" name "${line}")
      if(name)
        list(APPEND names ${name})
      endif()
    endif()
  endforeach()
  set(${out} ${names} PARENT_SCOPE)
endfunction()

function(_w3compat_add_extension name kind)
  cmake_parse_arguments(ARG "" "DEF" "" ${ARGN})
  if(NOT ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "w3compat_add_${kind}(${name}): no sources")
  endif()
  add_library(${name} MODULE ${ARG_UNPARSED_ARGUMENTS})
  set_target_properties(${name} PROPERTIES PREFIX "")
  target_link_libraries(${name} PRIVATE w3compat::compat)

  if(ARG_DEF)
    get_filename_component(def "${ARG_DEF}" ABSOLUTE)
    _w3compat_def_exports("${def}" exports)
  else()
    string(TOUPPER "${kind}" KIND)
    set(exports ${W3COMPAT_${KIND}_EXPORTS})
  endif()

  if(WIN32)
    if(NOT ARG_DEF)
      set(def "${CMAKE_CURRENT_BINARY_DIR}/${name}.def")
      list(JOIN exports "\n  " lines)
      file(GENERATE OUTPUT "${def}" CONTENT "EXPORTS\n  ${lines}\n")
    endif()
    target_sources(${name} PRIVATE "${def}")
    if(CMAKE_SIZEOF_VOID_P EQUAL 4)
      # 32-bit WINAPI names are decorated (_Name@n); IIS looks them up undecorated.
      target_link_options(${name} PRIVATE "LINKER:--kill-at" "LINKER:--enable-stdcall-fixup")
    endif()
  else()
    set(script "${CMAKE_CURRENT_BINARY_DIR}/${name}.exports.map")
    list(JOIN exports ";\n    " lines)
    file(GENERATE OUTPUT "${script}" CONTENT "{\n  global:\n    ${lines};\n  local:\n    *;\n};\n")
    target_link_options(${name} PRIVATE "LINKER:--version-script=${script}")
    set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS "${script}")
  endif()
endfunction()

function(w3compat_add_filter name)
  _w3compat_add_extension(${name} filter ${ARGN})
endfunction()

# w3compat_add_module(NAME SOURCES... [DEF file.def])
#   Builds an IIS native module: NAME.so on Linux, NAME.dll with MinGW, exporting exactly
#   RegisterModule (or the names of the .def file's EXPORTS section), as
#   w3compat_add_filter does for filters.
set(W3COMPAT_MODULE_EXPORTS RegisterModule)

function(w3compat_add_module name)
  _w3compat_add_extension(${name} module ${ARGN})
endfunction()

# w3compat_add_isapi_extension(NAME SOURCES... [DEF file.def])
#   Builds an ISAPI extension (httpext.h): NAME.so on Linux, NAME.dll with MinGW,
#   exporting exactly GetExtensionVersion, HttpExtensionProc and TerminateExtension (or
#   the .def file's EXPORTS), as w3compat_add_filter does for filters. A DLL that is
#   both filter and extension names all six in a .def file.
set(W3COMPAT_ISAPI_EXTENSION_EXPORTS GetExtensionVersion HttpExtensionProc TerminateExtension)

function(w3compat_add_isapi_extension name)
  _w3compat_add_extension(${name} isapi_extension ${ARGN})
endfunction()
