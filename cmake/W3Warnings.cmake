# Compiler flags shared by every target of the project: warnings (errors in CI) and the
# optional sanitizer lane.
add_compile_options(-Wall -Wextra -Wshadow -Wpointer-arith -Wformat=2)
if(W3_WERROR)
  add_compile_options(-Werror)
endif()
if(W3_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(W3_FUZZ)
  # Coverage for libFuzzer in every library the targets load, not only in the targets.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
if(MINGW)
  # C99 printf formats (%zu, %lld) in the project's own code, as on Linux.
  add_compile_definitions(__USE_MINGW_ANSI_STDIO=1)
endif()
