# SPDX-License-Identifier: GPL-3.0-or-later
# Each Debian package's /usr/share/doc/PACKAGE/copyright (machine-readable,
# DEP-5) and changelog.Debian.gz, as Debian policy asks of every package.
# Licence texts that Debian does not keep in /usr/share/common-licenses are
# written out in full: CC BY 4.0 from database/content/LICENSE, the Unicode
# licence as Debian's unicode-data states it.

# A licence text as the body of a DEP-5 License paragraph: every line
# indented by one space, empty lines written " .".
function(huanjiao_dep5_body out_var text)
    string(REGEX REPLACE "\n+$" "" text "${text}")
    string(REGEX REPLACE "\n" "\n " text " ${text}")
    string(REGEX REPLACE "\n \n" "\n .\n" text "${text}")
    string(REGEX REPLACE "\n \n" "\n .\n" text "${text}") # runs of empty lines overlap
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

set(content_licence ${CMAKE_SOURCE_DIR}/database/content/LICENSE)
set(unicode_licence ${CMAKE_CURRENT_SOURCE_DIR}/debian/unicode-data-licence.txt)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${content_licence} ${unicode_licence})

# The legal code is what follows the project's own words in the LICENSE file.
file(READ ${content_licence} text)
string(FIND "${text}" "Attribution 4.0 International\n\n====" start)
if(start LESS 0)
    message(FATAL_ERROR "${content_licence} lacks the CC BY 4.0 legal code")
endif()
string(SUBSTRING "${text}" ${start} -1 text)
huanjiao_dep5_body(HUANJIAO_DEP5_CC_BY_4_0 "${text}")
file(READ ${unicode_licence} text)
huanjiao_dep5_body(HUANJIAO_DEP5_UNICODE "${text}")

# The Unihan data the pinyin table is made from (database/CMakeLists.txt).
execute_process(COMMAND dpkg-query -W -f=\${Version} unicode-data
                OUTPUT_VARIABLE HUANJIAO_UNICODE_DATA_VERSION RESULT_VARIABLE status ERROR_QUIET)
if(NOT status EQUAL 0 OR HUANJIAO_UNICODE_DATA_VERSION STREQUAL "")
    set(HUANJIAO_UNICODE_DATA_VERSION "(version unknown)")
endif()
string(REGEX REPLACE "-.*" "" HUANJIAO_UNICODE_VERSION "${HUANJIAO_UNICODE_DATA_VERSION}")

set(debian_docs)
foreach(package huanjiao huanjiao-content-sample)
    set(dir ${CMAKE_CURRENT_BINARY_DIR}/debian/${package})
    configure_file(debian/${package}.copyright.in ${dir}/copyright @ONLY)
    configure_file(debian/changelog.in ${dir}/changelog.Debian @ONLY)
    # -n: no name or timestamp in the gzip header, so the packages build reproducibly.
    add_custom_command(
        OUTPUT ${dir}/changelog.Debian.gz
        COMMAND gzip -9nkf ${dir}/changelog.Debian
        DEPENDS ${dir}/changelog.Debian
        VERBATIM)
    list(APPEND debian_docs ${dir}/changelog.Debian.gz)
    install(FILES ${dir}/copyright ${dir}/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${package})
endforeach()
add_custom_target(debian_docs ALL DEPENDS ${debian_docs})
