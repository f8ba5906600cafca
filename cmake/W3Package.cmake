# Installation as a library users build against: a CMake package (find_package(w3compat
# CONFIG), target w3compat::compat) and a pkg-config file, both relocatable so that
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
        DESTINATION ${W3_CMAKE_INSTALL_DIR})

if(WIN32)
  set(W3_PC_RPATH "")
  # Winsock is the system's on Windows (libw3compat implements it elsewhere).
  set(W3_PC_SYSTEM_LIBS "-lws2_32")
else()
  # So that a program built with `pkg-config --libs w3compat` finds the library when it
  # runs, without LD_LIBRARY_PATH.
  set(W3_PC_RPATH "-Wl,-rpath,\${libdir}")
endif()
configure_file(cmake/w3compat.pc.in ${CMAKE_CURRENT_BINARY_DIR}/w3compat.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/w3compat.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
