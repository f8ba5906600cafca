# What the MinGW-w64 toolchain files share; they set W3_MINGW_ARCH and include this.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR ${W3_MINGW_ARCH})

set(W3_MINGW_PREFIX ${W3_MINGW_ARCH}-w64-mingw32)
set(CMAKE_C_COMPILER ${W3_MINGW_PREFIX}-gcc)
set(CMAKE_CXX_COMPILER ${W3_MINGW_PREFIX}-g++)
set(CMAKE_RC_COMPILER ${W3_MINGW_PREFIX}-windres)
set(CMAKE_FIND_ROOT_PATH /usr/${W3_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
# BOTH, so that -DCMAKE_PREFIX_PATH=<w3compat install prefix> finds the package.
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# The compiler's own runtime is linked in, so a built .exe or .dll needs no MinGW DLL
# beside it when Wine (or Windows) loads it.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static-libgcc -static-libstdc++")
set(CMAKE_MODULE_LINKER_FLAGS_INIT "-static-libgcc -static-libstdc++")

# Tests run under wine (the 32-bit lane needs the i386 wine32 package to run them).
find_program(W3_WINE NAMES wine)
if(W3_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${W3_WINE})
endif()
