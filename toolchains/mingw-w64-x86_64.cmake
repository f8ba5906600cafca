# Cross-compile for x86_64 Windows with MinGW-w64; tests run under Wine.
#   cmake -S . -B build-win -DCMAKE_TOOLCHAIN_FILE=toolchains/mingw-w64-x86_64.cmake
set(W3_MINGW_ARCH x86_64)
include(${CMAKE_CURRENT_LIST_DIR}/mingw-w64-common.cmake)
