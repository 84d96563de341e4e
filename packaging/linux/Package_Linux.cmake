# CPack settings for a Debian package. Included by packaging/CMakeLists.txt before include(CPack),
# so that they land in the scope CPack reads.

set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME oncoref)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Oncoref developers <dev@oncoref.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(ONCOREF_BUILD_VIEWER)
    # dpkg-shlibdeps sees the Qt libraries the viewer links, not the platform plugins
    # (xcb, wayland) that Qt loads at run time; without them the viewer cannot start.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS qt6-qpa-plugins)
    # The SVG icon plugin: without it the window icon falls back to the 128 px PNG.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS libqt6svg6)
endif()

# The programs look for the installed library under the configured prefix
# (ONCOREF_INSTALLED_BUNDLE), so the package must install there too.
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    message(STATUS "Packages will install under ${CMAKE_INSTALL_PREFIX}: "
                   "configure with -DCMAKE_INSTALL_PREFIX=/usr for a Debian package")
endif()
