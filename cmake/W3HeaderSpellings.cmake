# Header names as Windows code spells them (Windows.h, WinSock2.h, HttpFilt.h, ...):
# Windows ignores case in file names, Linux does not.
#
# w3_parse_header_spellings(LIST file OUT_SPELLINGS var OUT_TARGETS var)
#   Reads the list (one spelling per line, an optional second column naming the
#   target, which otherwise is the spelling in lower case; # starts a comment).
#
# w3_generate_header_spellings(LIST file OUTPUT_DIR dir SEARCH dir...)
#   Writes into OUTPUT_DIR, for every spelling whose target is in one of the SEARCH
#   directories and which differs from it (and is not itself there), a header of that
#   name that includes the target. Names whose target is absent are skipped, so the
#   list may name headers that a lane does not have (yet).

function(w3_parse_header_spellings)
  cmake_parse_arguments(ARG "" "LIST;OUT_SPELLINGS;OUT_TARGETS" "" ${ARGN})
  file(STRINGS "${ARG_LIST}" lines)
  set(spellings "")
  set(targets "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "#.*$" "" line "${line}")
    string(STRIP "${line}" line)
    if(line STREQUAL "")
      continue()
    endif()
    string(REGEX REPLACE "[ \t]+" ";" fields "${line}")
    list(GET fields 0 spelling)
    list(LENGTH fields count)
    if(count GREATER 1)
      list(GET fields 1 target)
    else()
      string(TOLOWER "${spelling}" target)
    endif()
    list(APPEND spellings "${spelling}")
    list(APPEND targets "${target}")
  endforeach()
  set(${ARG_OUT_SPELLINGS} "${spellings}" PARENT_SCOPE)
  set(${ARG_OUT_TARGETS} "${targets}" PARENT_SCOPE)
endfunction()

function(w3_generate_header_spellings)
  cmake_parse_arguments(ARG "" "LIST;OUTPUT_DIR" "SEARCH" ${ARGN})
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${ARG_LIST}")
  w3_parse_header_spellings(LIST "${ARG_LIST}" OUT_SPELLINGS spellings OUT_TARGETS targets)
  file(REMOVE_RECURSE "${ARG_OUTPUT_DIR}")
  file(MAKE_DIRECTORY "${ARG_OUTPUT_DIR}")
  list(LENGTH spellings count)
  if(count EQUAL 0)
    return()
  endif()
  math(EXPR last "${count} - 1")
  foreach(i RANGE ${last})
    list(GET spellings ${i} spelling)
    list(GET targets ${i} target)
    if(spelling STREQUAL target)
      continue()
    endif()
    set(target_found FALSE)
    set(spelling_found FALSE)
    foreach(dir IN LISTS ARG_SEARCH)
      if(EXISTS "${dir}/${target}")
        set(target_found TRUE)
      endif()
      if(EXISTS "${dir}/${spelling}")
        set(spelling_found TRUE)
      endif()
    endforeach()
    if(target_found AND NOT spelling_found)
      file(WRITE "${ARG_OUTPUT_DIR}/${spelling}"
           "/* ${spelling}: the name as Windows code spells it (compat/include/spellings.txt). */\n"
           "#include <${target}>\n")
    endif()
  endforeach()
endfunction()
