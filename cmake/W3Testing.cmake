# Test suites are plain executables built on tests/harness. Every W3_TEST(name) in a
# suite's sources becomes its own CTest test, so a CTest count is a count of test
# cases. In a MinGW build CTest runs them through CMAKE_CROSSCOMPILING_EMULATOR (wine).

set(W3_TEST_TIMEOUT 60 CACHE STRING "Per-test-case timeout in seconds")

if(CMAKE_CROSSCOMPILING AND WIN32)
  set(W3_WINEPREFIX "${CMAKE_BINARY_DIR}/wineprefix")
  # mscoree/mshtml disabled: wineboot would otherwise try to install Mono and Gecko.
  set(W3_TEST_ENVIRONMENT "WINEPREFIX=${W3_WINEPREFIX}" "WINEDEBUG=-all"
                          "WINEDLLOVERRIDES=mscoree,mshtml=d")
  # Wine's helper processes must not be started by a test itself: they would inherit
  # CTest's output pipe and CTest would wait for them forever.
  add_test(NAME wine.start
           COMMAND sh -c "wineserver -p </dev/null >/dev/null 2>&1; wine wineboot </dev/null >/dev/null 2>&1")
  add_test(NAME wine.stop COMMAND wineserver -k)
  set_tests_properties(wine.start PROPERTIES FIXTURES_SETUP wine TIMEOUT 300
                                             ENVIRONMENT "${W3_TEST_ENVIRONMENT}")
  set_tests_properties(wine.stop PROPERTIES FIXTURES_CLEANUP wine TIMEOUT 60
                                            ENVIRONMENT "${W3_TEST_ENVIRONMENT}")
  set(W3_TEST_FIXTURE wine)
else()
  set(W3_TEST_ENVIRONMENT "")
  set(W3_TEST_FIXTURE "")
endif()

# w3_register_test_cases(TARGET PREFIX SOURCES...): one CTest test per W3_TEST(name).
function(w3_register_test_cases target prefix)
  set(cases "")
  foreach(src IN LISTS ARGN)
    get_filename_component(abs "${src}" ABSOLUTE)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${abs}")
    file(STRINGS "${abs}" lines REGEX "^W3_TEST\\([A-Za-z0-9_]+\\)")
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "^W3_TEST\\(([A-Za-z0-9_]+)\\).*" "\\1" case "${line}")
      list(APPEND cases "${case}")
    endforeach()
  endforeach()
  if(NOT cases)
    message(FATAL_ERROR "test suite ${target} has no W3_TEST cases")
  endif()
  foreach(case IN LISTS cases)
    add_test(NAME ${prefix}.${case} COMMAND ${target} ${case})
    set_tests_properties(${prefix}.${case} PROPERTIES TIMEOUT ${W3_TEST_TIMEOUT})
    if(W3_TEST_ENVIRONMENT)
      set_tests_properties(${prefix}.${case} PROPERTIES ENVIRONMENT "${W3_TEST_ENVIRONMENT}")
    endif()
    if(W3_TEST_FIXTURE)
      set_tests_properties(${prefix}.${case} PROPERTIES FIXTURES_REQUIRED ${W3_TEST_FIXTURE})
    endif()
  endforeach()
endfunction()

# w3_add_test_suite(NAME SOURCES... [LIBRARIES libs...]): an executable NAME_test whose
# cases are registered as NAME.<case>.
function(w3_add_test_suite name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
  add_executable(${name}_test ${ARG_SOURCES})
  target_link_libraries(${name}_test PRIVATE w3test ${ARG_LIBRARIES})
  w3_register_test_cases(${name}_test ${name} ${ARG_SOURCES})
endfunction()
