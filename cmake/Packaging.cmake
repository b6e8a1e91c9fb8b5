# Installation and the Debian package.
#
# `cmake --install build --prefix /usr` lays Tollgate out the freedesktop way: the two programs
# in bin/, the icon in every hicolor size, the launcher entry, the AppStream metainfo, the MIME
# type of *.tollgate files and, once the app has them, the translations. `cpack` (in the build
# folder) turns the same tree into tollgate_<version>_<arch>.deb. docs/packaging.md explains the
# choices; tests/packaging checks the result.

include(GNUInstallDirs)

# The reverse-DNS id names the desktop entry, the metainfo, the MIME package and the icon, so
# launchers, software centres and Wayland shells connect them.
set(TOLLGATE_APP_ID io.tollgate.Tollgate)
set(TOLLGATE_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging/linux)
set(TOLLGATE_ICON_SOURCE_DIR ${PROJECT_SOURCE_DIR}/resources/icons)
# Folder the app's .qm files are installed to (see tollgate_install_translations below).
set(TOLLGATE_TRANSLATIONS_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/tollgate/translations)

# tollgate-cli brings its own install rule (app/cli/CMakeLists.txt, to bin/ as well).
install(TARGETS tollgate RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# --- Icons ------------------------------------------------------------------------------------
# The PNG sizes are rendered from the SVG at build time by a small Qt tool (Qt SVG is already a
# build dependency, so nothing new is needed), which keeps the SVG the only artwork to edit.
# 16 px has its own pixel-aligned drawing; every other size comes from the main SVG.
add_executable(tollgate-render-icon ${PROJECT_SOURCE_DIR}/packaging/tools/RenderIcon.cpp)
target_link_libraries(tollgate-render-icon PRIVATE Qt6::Gui Qt6::Svg tollgate_warnings)

set(TOLLGATE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(tollgate_icon_pngs)
foreach(size IN LISTS TOLLGATE_ICON_SIZES)
    if(size EQUAL 16)
        set(svg ${TOLLGATE_ICON_SOURCE_DIR}/tollgate-16.svg)
    else()
        set(svg ${TOLLGATE_ICON_SOURCE_DIR}/tollgate.svg)
    endif()
    set(dir ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps)
    set(png ${dir}/${TOLLGATE_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        COMMAND tollgate-render-icon ${svg} ${size} ${png}
        DEPENDS tollgate-render-icon ${svg}
        COMMENT "Rendering the ${size}x${size} icon"
        VERBATIM)
    list(APPEND tollgate_icon_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(tollgate_icons ALL DEPENDS ${tollgate_icon_pngs})
install(FILES ${TOLLGATE_ICON_SOURCE_DIR}/tollgate.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${TOLLGATE_APP_ID}.svg)

# --- Desktop integration ----------------------------------------------------------------------
install(FILES ${TOLLGATE_PACKAGING_DIR}/${TOLLGATE_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${TOLLGATE_PACKAGING_DIR}/${TOLLGATE_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${TOLLGATE_PACKAGING_DIR}/${TOLLGATE_APP_ID}.mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME ${TOLLGATE_APP_ID}.xml)
# The analyst's guide and the scoring rules, readable without the source tree.
# share/doc/tollgate, named after the package (GNUInstallDirs would use the project name).
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md ${PROJECT_SOURCE_DIR}/docs/scoring.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tollgate)

# --- Translations -----------------------------------------------------------------------------
# Whoever builds the app's .qm files appends them to the global property TOLLGATE_QM_FILES
#   set_property(GLOBAL APPEND PROPERTY TOLLGATE_QM_FILES ${qm_files})
# and they are installed to share/tollgate/translations. The property is read once the whole
# project is configured, so it does not matter which folder sets it or when. The list is also
# written to packaging/translations.txt for the package test.
function(tollgate_install_translations)
    get_property(qm_files GLOBAL PROPERTY TOLLGATE_QM_FILES)
    set(names)
    foreach(qm IN LISTS qm_files)
        get_filename_component(name ${qm} NAME)
        list(APPEND names ${name})
    endforeach()
    if(qm_files)
        install(FILES ${qm_files} DESTINATION ${TOLLGATE_TRANSLATIONS_INSTALL_DIR})
    endif()
    list(JOIN names "\n" content)
    file(GENERATE OUTPUT ${PROJECT_BINARY_DIR}/packaging/translations.txt CONTENT "${content}\n")
endfunction()
cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL tollgate_install_translations)

# --- The Debian package -----------------------------------------------------------------------
set(TOLLGATE_PACKAGE_MAINTAINER "Tollgate maintainers <maintainers@tollgate.invalid>"
    CACHE STRING "Maintainer field of the Debian package (Name <email>)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tollgate)
set(CPACK_PACKAGE_VENDOR Tollgate)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${TOLLGATE_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "due diligence for a semiconductor fund: market space and path to profitable cost")
# The long description; CPack puts the summary above it and indents each line as dpkg expects.
string(JOIN "\n" CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Tollgate keeps a fund's pipeline of candidate chip companies in a local SQLite"
    "database and screens each one with two questions - is the market big enough, and"
    "can cost come down to a profitable level within a visible time - as a scored form"
    "with a cost model, verdicts and red flags. It adds charts per segment, a printable"
    "investment memo, portfolio review meetings, CSV and JSON exchange, and"
    "tollgate-cli for automation.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# xz for the package that ships; the package test asks for gzip to stay fast.
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Libraries the binaries link come from dpkg-shlibdeps. What Qt loads at run time as plugins or
# finds through fontconfig is invisible to it, so it is declared:
# - libqt6sql6-sqlite: the SQLite driver plugin; without it no database opens;
# - libqt6svg6: the SVG icon engine that draws the window icon;
# - fonts-wqy-microhei: a CJK font; without it Chinese shows as boxes on screen and vanishes
#   from memo PDFs.
# The X11 (xcb) platform plugin ships in libqt6gui6 on Debian 12, which shlibdeps brings in, as
# it brings in libxlsxwriter4 for the Excel export; that one is named as well so the package
# states it even when built without shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-wqy-microhei, libxlsxwriter4")
# Native Wayland windows and Qt's own dialogs in Chinese: better with them, fine without.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

include(CPack)
