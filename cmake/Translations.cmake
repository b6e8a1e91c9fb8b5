# The app's translations (docs/translations.md).
#
# resources/translations/tollgate_zh_CN.ts holds every user-visible string of app/ and ui/ in
# Simplified Chinese; tollgate_en.ts holds only the English plural forms ("%n project(s)").
# Both are refreshed from the sources with
#     cmake --build build --target update_translations
# and compiled by lrelease into .qm files that are embedded in tollgate_core (":/i18n/…", so
# the app, tollgate-cli and the tests all find them) and installed to
# share/tollgate/translations for the package.
#
# Included from app/CMakeLists.txt, where tollgate_core is defined, because the embedded
# resource has to be added in the directory of its target.

set(TOLLGATE_TS_DIR ${PROJECT_SOURCE_DIR}/resources/translations)
set(TOLLGATE_TS_ZH ${TOLLGATE_TS_DIR}/tollgate_zh_CN.ts)
set(TOLLGATE_TS_EN ${TOLLGATE_TS_DIR}/tollgate_en.ts)

file(GLOB_RECURSE TOLLGATE_TRANSLATED_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
# No line numbers (the files would change with every edit elsewhere) and no obsolete entries:
# a string removed from the code leaves the .ts at the next update.
set(TOLLGATE_LUPDATE_OPTIONS -locations none -no-obsolete -silent)
set(TOLLGATE_LUPDATE_INCLUDES ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/ui)

qt_add_lupdate(tollgate_core
    TS_FILES ${TOLLGATE_TS_ZH}
    SOURCES ${TOLLGATE_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${TOLLGATE_LUPDATE_INCLUDES}
    OPTIONS ${TOLLGATE_LUPDATE_OPTIONS})
# The English file needs its own lupdate run (plural forms only), hence its own target name:
# update_translations runs both.
add_custom_target(tollgate_english_plurals)
qt_add_lupdate(tollgate_english_plurals
    TS_FILES ${TOLLGATE_TS_EN}
    SOURCES ${TOLLGATE_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${TOLLGATE_LUPDATE_INCLUDES}
    OPTIONS ${TOLLGATE_LUPDATE_OPTIONS} -pluralonly)

qt_add_lrelease(tollgate_core
    TS_FILES ${TOLLGATE_TS_ZH} ${TOLLGATE_TS_EN}
    QM_FILES_OUTPUT_VARIABLE tollgate_qm_files
    OPTIONS -silent)
qt_add_resources(tollgate_core tollgate_translations
    PREFIX "/i18n"
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${tollgate_qm_files})
# Installed beside the binaries too (cmake/Packaging.cmake reads this property).
set_property(GLOBAL APPEND PROPERTY TOLLGATE_QM_FILES ${tollgate_qm_files})
