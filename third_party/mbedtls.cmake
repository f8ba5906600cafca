# mbedTLS 3.6.7 (Debian mbedtls 3.6.7-3, sid), built as a static library for
# w3host's HTTPS where OpenSSL is not the backend: the Windows build (docs/tls.md). Its
# configuration is ours (mbedtls-config/w3_mbedtls_config.h); the upstream build is not
# used because it would add its install rules and programs to ours.
set(mbedtls_dir ${CMAKE_CURRENT_LIST_DIR}/mbedtls)
file(GLOB mbedtls_sources CONFIGURE_DEPENDS ${mbedtls_dir}/library/*.c)

add_library(mbedtls_a STATIC ${mbedtls_sources})
target_include_directories(mbedtls_a PUBLIC ${mbedtls_dir}/include
                                            ${CMAKE_CURRENT_LIST_DIR}/mbedtls-config
                                     PRIVATE ${mbedtls_dir}/library)
target_compile_definitions(mbedtls_a PUBLIC MBEDTLS_CONFIG_FILE="w3_mbedtls_config.h")
if(WIN32)
  target_link_libraries(mbedtls_a PUBLIC bcrypt) # entropy_poll.c: BCryptGenRandom
endif()
set_target_properties(mbedtls_a PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
# Third-party code: its warnings are not ours to fix, and must not fail our -Werror build.
target_compile_options(mbedtls_a PRIVATE -w)
