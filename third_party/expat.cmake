# Expat 2.5.0 with Debian's bookworm security patches (expat 2.5.0-1+deb12u2), built as a
# static library for reading applicationHost.config.
set(expat_dir ${CMAKE_CURRENT_LIST_DIR}/expat)
add_library(expat_a STATIC ${expat_dir}/lib/xmlparse.c ${expat_dir}/lib/xmlrole.c
                           ${expat_dir}/lib/xmltok.c)
target_include_directories(expat_a PUBLIC ${expat_dir}/lib PRIVATE ${expat_dir})
target_compile_definitions(expat_a PUBLIC XML_STATIC PRIVATE HAVE_EXPAT_CONFIG_H)
if(NOT WIN32)
  target_compile_definitions(expat_a PRIVATE _GNU_SOURCE)
endif()
set_target_properties(expat_a PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_compile_options(expat_a PRIVATE -w)
