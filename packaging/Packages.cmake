# SPDX-License-Identifier: GPL-3.0-or-later
# Debian packages, built with `cpack -G DEB` in the build directory:
#
#   huanjiao                 the browser, huanjiao-manager and huanjiao-content,
#                            desktop entries, metainfo, icons, man pages, kiosk example
#   huanjiao-content-sample  the bundled sample database in /usr/share/huanjiao
#
# The app needs some content database. The sample package provides the virtual
# package huanjiao-content; a clinic ships its own database the same way (a
# package that Provides, Conflicts and Replaces huanjiao-content, installing
# /usr/share/huanjiao/huanjiao.sqlite) and it replaces the sample.

set(HUANJIAO_PACKAGE_RELEASE 1 CACHE STRING "Debian revision of the packages")

# Every install rule must land in one of the two packages.
set(HUANJIAO_PACKAGE_COMPONENTS huanjiao huanjiao-content-sample)
get_cmake_property(install_components COMPONENTS)
foreach(component IN LISTS install_components)
    if(NOT component IN_LIST HUANJIAO_PACKAGE_COMPONENTS)
        message(FATAL_ERROR "Install component '${component}' is in no Debian package; "
                            "see packaging/Packages.cmake")
    endif()
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME huanjiao)
set(CPACK_PACKAGE_VENDOR "The Huanjiao developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's summary is the first line of its component description below.
# CPackDeb would put CPACK_PACKAGE_DESCRIPTION_SUMMARY above that unless it is
# CPack's own default, so it stays at that default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_CONTACT "${HUANJIAO_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL ${HUANJIAO_PACKAGE_COMPONENTS})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # NAME_VERSION-RELEASE_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE ${HUANJIAO_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the libraries the binaries link (Qt, SQLite, ...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(package_version "${PROJECT_VERSION}-${HUANJIAO_PACKAGE_RELEASE}")

# The app. Depends adds what dpkg-shlibdeps cannot see: Qt loads the SQLite
# driver and the platform plugins at run time, and the content is Chinese.
set(CPACK_DEBIAN_HUANJIAO_PACKAGE_NAME huanjiao)
set(CPACK_COMPONENT_HUANJIAO_DESCRIPTION
"offline patient-education browser
Huanjiao shows a database of health conditions with their causes, symptoms
and treatments, medical tests, drugs, articles, questions and answers,
departments, hospitals and doctors, in tabbed, cross-linked pages. It needs
no network. It suits clinic waiting-room kiosks, patients at home and clinic
staff.

This package holds the browser, the content manager in which clinic staff
keep their own doctors and topics, and huanjiao-content, which builds a content
database from plain text files. The content comes in a separate package:
huanjiao-content-sample, or a clinic's own.")
# adduser: the postinst makes the kiosk session's user.
set(CPACK_DEBIAN_HUANJIAO_PACKAGE_DEPENDS
    "adduser, libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-cjk, fonts-droid-fallback, fonts-dejavu-core, huanjiao-content-sample (= ${package_version}) | huanjiao-content")
# Read-aloud uses speech-dispatcher through this plugin; Qt's own strings
# (standard dialogs) are translated in qt6-translations-l10n.
# The kiosk session (huanjiao-kiosk.service) runs under cage, with Qt's Wayland platform.
set(CPACK_DEBIAN_HUANJIAO_PACKAGE_RECOMMENDS
    "qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng, qt6-translations-l10n, cage, xwayland, qt6-wayland")
# postinst also makes /var/lib/huanjiao for the clinic's layer (group
# huanjiao-staff) and publishes it; the trigger publishes again when content
# under /usr/share/huanjiao changes; postrm removes only the published database.
set(CPACK_DEBIAN_HUANJIAO_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian/maintscripts/postinst;${CMAKE_CURRENT_LIST_DIR}/debian/maintscripts/postrm;${CMAKE_CURRENT_LIST_DIR}/debian/maintscripts/triggers")

# The sample content: one architecture-independent database file.
set(CPACK_DEBIAN_HUANJIAO-CONTENT-SAMPLE_PACKAGE_NAME huanjiao-content-sample)
set(CPACK_DEBIAN_HUANJIAO-CONTENT-SAMPLE_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_HUANJIAO-CONTENT-SAMPLE_PACKAGE_SHLIBDEPS OFF)
set(CPACK_COMPONENT_HUANJIAO-CONTENT-SAMPLE_DESCRIPTION
"sample content for the Huanjiao patient-education browser
Sample conditions, tests, drugs, articles, questions and answers, departments,
hospitals and doctors in Simplified Chinese, for trying Huanjiao out. It was
written for demonstration and has not been reviewed for use with patients;
every page says so.

The content is licensed under Creative Commons Attribution 4.0 (CC BY 4.0):
a clinic may adapt it for its own patients if it credits the source, as
/usr/share/doc/huanjiao-content-sample/copyright says. A clinic replaces
this package with its own content package.")
set(CPACK_DEBIAN_HUANJIAO-CONTENT-SAMPLE_PACKAGE_PROVIDES huanjiao-content)
set(CPACK_DEBIAN_HUANJIAO-CONTENT-SAMPLE_PACKAGE_CONFLICTS huanjiao-content)
set(CPACK_DEBIAN_HUANJIAO-CONTENT-SAMPLE_PACKAGE_REPLACES huanjiao-content)
set(CPACK_DEBIAN_HUANJIAO-CONTENT-SAMPLE_PACKAGE_ENHANCES huanjiao)

include(CPack)
