# Installation as a library users build against: a CMake package (find_package(w3compat
# CONFIG), targets w3compat::compat, ::engine, ::harness, the functions that build and
# test filters and modules, the MinGW toolchain files) and pkg-config files, relocatable so that
# `cmake --install BUILD --prefix P` works for any P.
include(CMakePackageConfigHelpers)

set(W3_CMAKE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/w3compat)

install(EXPORT w3compat-targets NAMESPACE w3compat:: DESTINATION ${W3_CMAKE_INSTALL_DIR})
configure_package_config_file(cmake/w3compat-config.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/w3compat-config.cmake
  INSTALL_DESTINATION ${W3_CMAKE_INSTALL_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/w3compat-config-version.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/w3compat-config.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/w3compat-config-version.cmake
              ${CMAKE_CURRENT_SOURCE_DIR}/cmake/W3CompatTargets.cmake
              ${CMAKE_CURRENT_SOURCE_DIR}/cmake/W3CompatTest.cmake
        DESTINATION ${W3_CMAKE_INSTALL_DIR})
# The MinGW-w64 toolchain files, for users' projects that cross-compile against a MinGW
# install of w3compat and run their tests under Wine.
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/toolchains/mingw-w64-common.cmake
              ${CMAKE_CURRENT_SOURCE_DIR}/toolchains/mingw-w64-x86_64.cmake
              ${CMAKE_CURRENT_SOURCE_DIR}/toolchains/mingw-w64-i686.cmake
        DESTINATION ${CMAKE_INSTALL_DATADIR}/w3compat/toolchains)

if(WIN32)
  set(W3_PC_RPATH "")
  # Winsock is the system's on Windows (libw3compat implements it elsewhere).
  set(W3_PC_SYSTEM_LIBS "-lws2_32")
else()
  # So that a program built with `pkg-config --libs w3compat` finds the library when it
  # runs, without LD_LIBRARY_PATH.
  set(W3_PC_RPATH "-Wl,-rpath,\${libdir}")
endif()
# w3compat: the Win32 layer; w3engine: the embedding API (w3engine.h), which needs it;
# w3compat-harness: the test harness (w3harness.h) over the engine.
foreach(pc w3compat w3engine w3compat-harness)
  configure_file(cmake/${pc}.pc.in ${CMAKE_CURRENT_BINARY_DIR}/${pc}.pc @ONLY)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${pc}.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
endforeach()
