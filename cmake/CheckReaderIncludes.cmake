# SPDX-FileCopyrightText: 2026 Oncoref developers
# SPDX-License-Identifier: MIT
#
# Fails when a file of the reading side includes a header of the publishing side.
#   cmake -DSIDES=sides.cmake [-DREADER_FILES=a.cpp;b.h] -P CheckReaderIncludes.cmake
# SIDES (written by tests/CMakeLists.txt from the two core targets) sets CORE_SRC, the reader's
# files (READER_FILES: sources, the private headers beside them, the public headers) and the
# publisher's headers (PUBLISHER_PRIVATE_HEADERS, PUBLISHER_PUBLIC_HEADERS). A READER_FILES given
# on the command line replaces the reader's, so that a test can show the check failing.
cmake_minimum_required(VERSION 3.25)

set(given_reader_files "${READER_FILES}")
include("${SIDES}")
if(given_reader_files)
    set(READER_FILES "${given_reader_files}")
endif()

set(violations "")
foreach(file IN LISTS READER_FILES)
    get_filename_component(dir "${file}" DIRECTORY)
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        if(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
            set(named "${CMAKE_MATCH_1}")
            foreach(candidate "${dir}/${named}" "${CORE_SRC}/${named}")
                get_filename_component(candidate "${candidate}" ABSOLUTE)
                if(candidate IN_LIST PUBLISHER_PRIVATE_HEADERS)
                    list(APPEND violations "${file}: ${line}")
                    break()
                endif()
            endforeach()
        elseif(line MATCHES "#[ \t]*include[ \t]*<oncoref/([^>]+)>" AND CMAKE_MATCH_1 IN_LIST PUBLISHER_PUBLIC_HEADERS)
            list(APPEND violations "${file}: ${line}")
        endif()
    endforeach()
endforeach()

list(LENGTH READER_FILES checked)
if(violations)
    list(JOIN violations "\n  " listed)
    message(FATAL_ERROR "the reading side includes the publishing side's headers:\n  ${listed}\n"
                        "Move what both sides need to a reader file, or the file to the publisher (core/CMakeLists.txt).")
endif()
message(STATUS "${checked} reader files include no publisher header")
