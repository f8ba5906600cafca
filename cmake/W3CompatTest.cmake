# Tests of users' filters and modules on the installed harness (w3harness.h), natively
# and under Wine. Installed next to w3compat-config.cmake; find_package(w3compat) gives it.
#
# w3compat_add_test(NAME SOURCES src... [LIBRARIES lib...] [LOADS target...] [TIMEOUT s] [WINE])
#   Builds the test program NAME from SOURCES, linked with w3compat::harness and
#   LIBRARIES, and registers it as the CTest test NAME (timeout TIMEOUT, default 60 s).
#   LOADS names filter or module targets the test loads: they are built first and copied
#   beside the program, where w3h_extension_path("target") finds them.
#   - Native build: NAME runs natively.
#   - Configured with the installed MinGW toolchain file
#     (<prefix>/share/w3compat/toolchains/mingw-w64-x86_64.cmake): NAME is an .exe that
#     CTest runs under Wine (CMAKE_CROSSCOMPILING_EMULATOR), with libw3compat.dll,
#     libw3engine.dll and libw3harness.dll copied beside it, a private WINEPREFIX in the
#     build directory and a wineserver started before the first test and stopped after
#     the last (the fixture w3compat_wine).
#   - WINE, in a native build configured with -DW3COMPAT_MINGW_PREFIX=<MinGW install of
#     w3compat>: the same ctest also runs the test under Wine, as NAME.wine. The project
#     is configured and built a second time with that install's toolchain file, in
#     <build>/w3compat-mingw (the test w3compat.mingw_build), and NAME.wine runs NAME there.

set(W3COMPAT_MINGW_PREFIX "" CACHE PATH
    "A MinGW-w64 install of w3compat: tests marked WINE also run under Wine from a native build")

# The Wine fixture of a cross build, created once per project. Wine's helper processes
# must not be started by a test: they would inherit CTest's output pipe, and CTest would
# wait for them forever.
function(_w3compat_wine_fixture)
  get_property(done GLOBAL PROPERTY _W3COMPAT_WINE_FIXTURE)
  if(done)
    return()
  endif()
  set_property(GLOBAL PROPERTY _W3COMPAT_WINE_FIXTURE TRUE)
  list(GET CMAKE_CROSSCOMPILING_EMULATOR 0 wine)
  get_filename_component(wine_dir "${wine}" DIRECTORY)
  find_program(W3COMPAT_WINESERVER NAMES wineserver HINTS "${wine_dir}" REQUIRED)
  # mscoree/mshtml disabled: wineboot would otherwise try to install Mono and Gecko.
  set(env "WINEPREFIX=${CMAKE_BINARY_DIR}/w3compat-wineprefix" "WINEDEBUG=-all"
          "WINEDLLOVERRIDES=mscoree,mshtml=d")
  set_property(GLOBAL PROPERTY _W3COMPAT_WINE_ENV "${env}")
  add_test(NAME w3compat.wine_start
           COMMAND sh -c "'${W3COMPAT_WINESERVER}' -p </dev/null >/dev/null 2>&1; '${wine}' wineboot </dev/null >/dev/null 2>&1")
  add_test(NAME w3compat.wine_stop COMMAND "${W3COMPAT_WINESERVER}" -k)
  set_tests_properties(w3compat.wine_start PROPERTIES FIXTURES_SETUP w3compat_wine TIMEOUT 300
                                                      ENVIRONMENT "${env}")
  set_tests_properties(w3compat.wine_stop PROPERTIES FIXTURES_CLEANUP w3compat_wine TIMEOUT 60
                                                     ENVIRONMENT "${env}")
endfunction()

# The second, MinGW build of this project that NAME.wine tests run in, created once.
function(_w3compat_mingw_build)
  get_property(done GLOBAL PROPERTY _W3COMPAT_MINGW_BUILD)
  if(done)
    return()
  endif()
  set_property(GLOBAL PROPERTY _W3COMPAT_MINGW_BUILD TRUE)
  set(toolchain "${W3COMPAT_MINGW_PREFIX}/share/w3compat/toolchains/mingw-w64-x86_64.cmake")
  if(NOT EXISTS "${toolchain}")
    message(FATAL_ERROR "W3COMPAT_MINGW_PREFIX=${W3COMPAT_MINGW_PREFIX} is not a MinGW install "
                        "of w3compat: ${toolchain} is missing")
  endif()
  set(dir "${CMAKE_BINARY_DIR}/w3compat-mingw")
  add_test(NAME w3compat.mingw_build
           COMMAND sh -c "\"$0\" -S \"$1\" -B \"$2\" -DCMAKE_TOOLCHAIN_FILE=\"$3\" -DCMAKE_PREFIX_PATH=\"$4\" -DCMAKE_BUILD_TYPE=\"$5\" >\"$2.configure.log\" 2>&1 || { cat \"$2.configure.log\"; exit 1; }; \"$0\" --build \"$2\""
                   "${CMAKE_COMMAND}" "${PROJECT_SOURCE_DIR}" "${dir}" "${toolchain}"
                   "${W3COMPAT_MINGW_PREFIX}" "${CMAKE_BUILD_TYPE}")
  set_tests_properties(w3compat.mingw_build PROPERTIES FIXTURES_SETUP w3compat_mingw
                                                       TIMEOUT 900)
endfunction()

function(w3compat_add_test name)
  cmake_parse_arguments(ARG "WINE" "TIMEOUT" "SOURCES;LIBRARIES;LOADS" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "w3compat_add_test(${name}): no SOURCES")
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 60)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE w3compat::harness ${ARG_LIBRARIES})

  set(beside "")
  foreach(ext IN LISTS ARG_LOADS)
    add_dependencies(${name} ${ext})
    list(APPEND beside "$<TARGET_FILE:${ext}>")
  endforeach()
  if(WIN32)
    # Windows finds a program's DLLs beside it.
    list(APPEND beside "$<TARGET_FILE:w3compat::compat>" "$<TARGET_FILE:w3compat::engine>"
                       "$<TARGET_FILE:w3compat::harness>")
  endif()
  if(beside)
    add_custom_command(TARGET ${name} POST_BUILD
                       COMMAND ${CMAKE_COMMAND} -E copy_if_different ${beside}
                               "$<TARGET_FILE_DIR:${name}>"
                       VERBATIM)
  endif()

  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
  if(WIN32 AND CMAKE_CROSSCOMPILING)
    if(NOT CMAKE_CROSSCOMPILING_EMULATOR)
      message(FATAL_ERROR "w3compat_add_test(${name}): no wine found to run the tests "
                          "(CMAKE_CROSSCOMPILING_EMULATOR); install wine or set it")
    endif()
    _w3compat_wine_fixture()
    get_property(env GLOBAL PROPERTY _W3COMPAT_WINE_ENV)
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}"
                                            FIXTURES_REQUIRED w3compat_wine)
  elseif(ARG_WINE AND W3COMPAT_MINGW_PREFIX)
    _w3compat_mingw_build()
    # Each run starts and stops its own wineserver in the MinGW build's prefix: one at a
    # time, or one run's stop would end another's tests.
    add_test(NAME ${name}.wine
             COMMAND ${CMAKE_CTEST_COMMAND} --test-dir "${CMAKE_BINARY_DIR}/w3compat-mingw"
                     -R "^${name}$" --output-on-failure --no-tests=error)
    set_tests_properties(${name}.wine PROPERTIES FIXTURES_REQUIRED w3compat_mingw
                                                 RESOURCE_LOCK w3compat_wine
                                                 TIMEOUT 600)
  endif()
endfunction()
