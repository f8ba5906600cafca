# Cross-compile for i686 Windows with MinGW-w64; tests run under Wine.
#   cmake -S . -B build-win -DCMAKE_TOOLCHAIN_FILE=toolchains/mingw-w64-i686.cmake
set(W3_MINGW_ARCH i686)
include(${CMAKE_CURRENT_LIST_DIR}/mingw-w64-common.cmake)
